import i18next, { type i18n } from 'i18next';
import type { Locale } from '../domain/shared/localized-text';

export type IsolatedTranslate = (key: string, values?: Record<string, string | number>) => string;

/** A translator over one part's own sv and en texts, with the calendar date as that part's reader writes it. */
export interface IsolatedTranslator {
  readonly t: IsolatedTranslate;
  /** True when the key exists in the locale or in Swedish (for open sets: categories, states, kinds). */
  has(key: string): boolean;
  /** A calendar date (YYYY-MM-DD) written out: "3 mars 2026" / "3 March 2026"; anything else as it is. */
  longDate(isoDate: string): string;
}

/**
 * A translator of its own for a part that must not carry the web parts' message bundle (the bot's
 * cards, the Word report: issues 9 and 10). A key missing in English falls back to Swedish; one missing
 * everywhere shows itself, so a gap is visible and caught by the tests rather than blank. Nothing is
 * escaped here: cards are JSON and docx escapes its text runs, so each escapes register text where it
 * renders it.
 */
export function isolatedTranslator(texts: { readonly sv: object; readonly en: object }, locale: Locale): IsolatedTranslator {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'sv',
    resources: { sv: { translation: texts.sv }, en: { translation: texts.en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false
  });
  const dates = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    t: (key, values) => instance.t(key, values ?? {}) as string,
    has: (key) => instance.exists(key),
    longDate: (isoDate) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
      // Noon UTC, shown in UTC: the calendar date never shifts with the server's time zone.
      return match ? dates.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12))) : isoDate;
    }
  };
}
