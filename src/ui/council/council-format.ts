import type { MeasureData } from '../../contracts/council-dashboard';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';

/** BCP 47 tags for Intl (Swedish dates and numbers as the region writes them). */
export function intlLocale(locale: Locale): string {
  return locale === 'sv' ? 'sv-SE' : 'en-GB';
}

/**
 * A share as the annual report writes it (src/reports/i18n/report-text.ts), so that the tab and the
 * Word document show the same figure: one decimal, none when whole; "47,8 %" with a no-break space in
 * Swedish (Språkrådet), "47.8%" in English.
 */
export function formatPercent(percent: number | undefined, locale: Locale, t: Translate): string {
  if (percent === undefined) return t('council.kpis.notMeasurable');
  const number = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(percent);
  return locale === 'sv' ? `${number}\u00a0%` : `${number}%`;
}

export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

export function formatInstant(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(instant));
}

/** A measure's name: the region's own for a training audience (it travels with the figures), the tab's for the fixed ones. */
export function measureLabel(measure: Pick<MeasureData, 'key' | 'label'>, locale: Locale, t: Translate): string {
  if (measure.label !== undefined) return measure.label[locale];
  if (measure.key.startsWith('trained:')) return `${t('council.kpis.measures.trained')}: ${measure.key.slice('trained:'.length)}`;
  return t(`council.kpis.measures.${measure.key}`);
}
