import i18next, { type i18n } from 'i18next';
import type { Locale, LocalizedText } from '../../domain/shared/localized-text';
import { en } from './en';
import { sv } from './sv';

export type ReportTranslate = (key: string, values?: Record<string, string | number>) => string;

/** The report's words, numbers and dates in one language. */
export interface ReportText {
  readonly locale: Locale;
  /** The BCP 47 tag Word marks the text with (spelling, hyphenation): sv-SE or en-GB. */
  readonly languageTag: string;
  readonly t: ReportTranslate;
  /** True when the key exists (open sets: categories, states, measure keys). */
  has(key: string): boolean;
  /** A percentage as the reader writes it: "47,8 %" / "47.8%"; one decimal, none when whole. */
  percent(value: number): string;
  /** A whole number with the reader's digit grouping: "4 012" / "4,012". */
  count(value: number): string;
  /** A calendar date (YYYY-MM-DD): "3 mars 2026" / "3 March 2026". */
  date(isoDate: string): string;
  /** An instant in the region's time zone, to the minute. */
  dateTime(instant: string): string;
  /** Region terminology in the report's language. */
  local(text: LocalizedText): string;
}

const cache = new Map<Locale, ReportText>();

/**
 * The report's own translator (issue 10, R-REP) over src/reports/i18n's sv and en, not the web parts'
 * bundle. A key missing in English falls back to Swedish; one missing everywhere shows itself, so a
 * gap is visible in the document and caught by the tests rather than blank.
 */
export function reportText(locale: Locale, timeZone = 'Europe/Stockholm'): ReportText {
  const cacheKey = locale;
  const known = cache.get(cacheKey);
  if (known !== undefined && timeZone === 'Europe/Stockholm') return known;
  const instance: i18n = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'sv',
    resources: { sv: { translation: sv }, en: { translation: en } },
    // docx writes text runs XML-escaped: escaping here too would show &amp; in Word.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false
  });
  const tag = locale === 'sv' ? 'sv-SE' : 'en-GB';
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const dates = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const instants = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone });
  const text: ReportText = {
    locale,
    languageTag: tag,
    t: (key, values) => instance.t(key, values ?? {}) as string,
    has: (key) => instance.exists(key),
    // Swedish writes a (non-breaking) space before the per cent sign; English does not.
    percent: (value) => (locale === 'sv' ? `${oneDecimal.format(value)}\u00a0%` : `${oneDecimal.format(value)}%`),
    count: (value) => whole.format(value),
    date: (isoDate) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
      // Noon UTC, shown in UTC: the calendar date never shifts with the server's time zone.
      return match ? dates.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12))) : isoDate;
    },
    dateTime: (value) => {
      const at = new Date(value);
      return Number.isNaN(at.getTime()) ? value : instants.format(at);
    },
    local: (value) => value[locale]
  };
  if (timeZone === 'Europe/Stockholm') cache.set(cacheKey, text);
  return text;
}
