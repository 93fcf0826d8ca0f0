import type { Locale, LocalizedText } from '../../domain/shared/localized-text';
import { isolatedTranslator } from '../../i18n/isolated-translator';
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
 * bundle (isolatedTranslator), with the numbers and instants Word shows.
 */
export function reportText(locale: Locale, timeZone = 'Europe/Stockholm'): ReportText {
  const cacheKey = locale;
  const known = cache.get(cacheKey);
  if (known !== undefined && timeZone === 'Europe/Stockholm') return known;
  const words = isolatedTranslator({ sv, en }, locale);
  const tag = locale === 'sv' ? 'sv-SE' : 'en-GB';
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const instants = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone });
  const text: ReportText = {
    locale,
    languageTag: tag,
    t: words.t,
    has: words.has,
    // Swedish writes a (non-breaking) space before the per cent sign; English does not.
    percent: (value) => (locale === 'sv' ? `${oneDecimal.format(value)}\u00a0%` : `${oneDecimal.format(value)}%`),
    count: (value) => whole.format(value),
    date: words.longDate,
    dateTime: (value) => {
      const at = new Date(value);
      return Number.isNaN(at.getTime()) ? value : instants.format(at);
    },
    local: (value) => value[locale]
  };
  if (timeZone === 'Europe/Stockholm') cache.set(cacheKey, text);
  return text;
}
