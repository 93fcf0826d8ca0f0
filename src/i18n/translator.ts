import i18next, { type i18n } from 'i18next';
import type { Locale } from '../domain/shared/localized-text';
import { installedMessages, type InstalledMessages } from './installed-messages';

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

/**
 * A translator bound to one locale over the messages its host installed (installed-messages.ts). A
 * key missing in the locale falls back to Swedish; a key missing everywhere shows itself, so a gap is
 * visible in the UI and caught by tests rather than blank.
 */
export function createTranslator(locale: Locale): Translate {
  return translatorOver(locale, installedMessages());
}

/** A translator over the given messages (the workbench's own chrome, which is not a web part). */
export function translatorOver(locale: Locale, messages: InstalledMessages): Translate {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'sv',
    resources: { sv: { translation: messages.sv }, en: { translation: messages.en ?? {} } },
    // React escapes what it renders; escaping here as well would show &amp; to the user.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    // i18next otherwise prints an advertisement to the console of every tab, web part and test run.
    showSupportNotice: false
  });
  return (key, values) => instance.t(key, values ?? {}) as string;
}
