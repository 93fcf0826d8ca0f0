import { z } from 'zod';

export const SUPPORTED_LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** Region-defined terminology (scale labels, role names) is configuration, so it carries both languages (R-ORG-MULTI). */
export const localizedTextSchema = z.object({
  sv: z.string().trim().min(1, 'a Swedish text is required'),
  en: z.string().trim().min(1, 'an English text is required')
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export function textIn(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
