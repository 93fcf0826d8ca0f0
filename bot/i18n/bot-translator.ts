import i18next, { type i18n } from 'i18next';
import type { Locale } from '../../src/domain/shared/localized-text';
import { en } from './en';
import { sv } from './sv';

export type BotTranslate = (key: string, values?: Record<string, string | number>) => string;

/** The bot's words and dates in one locale: what every card is written with. */
export interface BotText {
  readonly locale: Locale;
  readonly t: BotTranslate;
  /** A calendar date (YYYY-MM-DD) as the reader writes it: "3 mars 2026" / "3 March 2026". */
  date(isoDate: string): string;
  /** True when the key exists in the locale or in Swedish (for open sets: topics, kinds, snooze lengths). */
  has(key: string): boolean;
}

const cache = new Map<Locale, BotText>();

/**
 * The bot's own translator (issue 9), over bot/i18n's sv and en, not the web parts' bundle. A key
 * missing in English falls back to Swedish; a key missing everywhere shows itself, so a gap is visible
 * and caught by the tests rather than blank.
 */
export function botText(locale: Locale): BotText {
  const known = cache.get(locale);
  if (known !== undefined) return known;
  const instance: i18n = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'sv',
    resources: { sv: { translation: sv }, en: { translation: en } },
    // The cards are JSON, not HTML: escaping here would show &amp;. Register text is escaped for markdown by the cards.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false
  });
  const dates = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const text: BotText = {
    locale,
    t: (key, values) => instance.t(key, values ?? {}) as string,
    date: (isoDate) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
      // Noon UTC, shown in UTC: the calendar date never shifts with the server's time zone.
      return match ? dates.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12))) : isoDate;
    },
    has: (key) => instance.exists(key)
  };
  cache.set(locale, text);
  return text;
}
