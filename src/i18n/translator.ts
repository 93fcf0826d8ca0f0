import type { Locale } from '../domain/shared/localized-text';
import { en } from './en';
import type { Messages } from './messages';
import { sv } from './sv';

/**
 * Swedish first: any Swedish tag (sv, sv-SE, sv-FI) gives Swedish, any other known language
 * English, and nothing at all gives the region's default. Teams and SharePoint hand us BCP 47 tags.
 */
export function resolveLocale(tag: string | undefined, fallback: Locale = 'sv'): Locale {
  if (tag === undefined || tag.trim() === '') return fallback;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'sv' ? 'sv' : 'en';
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const MESSAGES: Record<Locale, Messages> = { sv, en };

/** `{{name}}`, as translators write it (spaces inside the braces allowed). */
const PLACEHOLDER: RegExp = /{{\s*([\w-]+)\s*}}/g;

/** The string at a dotted key; undefined for a missing key or one that names a group of messages. */
function messageAt(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    // Own keys only: 'constructor' or 'toString' is not a message.
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * A translator over two message sets: a key missing in the first falls back to the second; a key
 * missing in both shows itself, so a gap is visible in the UI and caught by tests rather than blank.
 * A placeholder without a value is left out (a name is never shown half-filled as `{{name}}`).
 * No HTML escaping: React escapes what it renders, escaping here as well would show &amp; to the user.
 *
 * Tillit's own twenty lines instead of i18next: the messages need nested keys, `{{value}}` and the
 * Swedish fallback only, and i18next weighed 14 KB gzipped in every web part's bundle (issue 7).
 */
export function translatorOver(messages: unknown, fallback: unknown): Translate {
  return (key, values = {}) => {
    const text = messageAt(messages, key) ?? messageAt(fallback, key);
    if (text === undefined) return key;
    return text.replace(PLACEHOLDER, (_placeholder, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : ''));
  };
}

/** A translator bound to one locale, falling back to Swedish. */
export function createTranslator(locale: Locale): Translate {
  return translatorOver(MESSAGES[locale], sv);
}
