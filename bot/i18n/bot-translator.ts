import type { Locale } from '../../src/domain/shared/localized-text';
import { isolatedTranslator } from '../../src/i18n/isolated-translator';
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
 * The bot's own translator (issue 9), over bot/i18n's sv and en, not the web parts' bundle
 * (isolatedTranslator). Register text is escaped for markdown by the cards.
 */
export function botText(locale: Locale): BotText {
  const known = cache.get(locale);
  if (known !== undefined) return known;
  const words = isolatedTranslator({ sv, en }, locale);
  const text: BotText = { locale, t: words.t, date: words.longDate, has: words.has };
  cache.set(locale, text);
  return text;
}
