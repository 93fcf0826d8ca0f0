import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../domain/shared/localized-text';
import { REGISTER_KEYS } from '../ui/register/register-definition';
import { WORKBENCH_PARTS } from './workbench-parts';

/** The element the page gives the workbench bundle (bot/local/workbench-html.ts). */
export const WORKBENCH_ROOT_ID = 'tillit-workbench';

export const WORKBENCH_THEMES = ['light', 'dark', 'high-contrast'] as const;

/**
 * The workbench's address parameters: `/workbench/?part=configuration-summary&lang=en&theme=dark`.
 * A bookmark or a test names what to show; a missing parameter takes the default, a wrong one is refused.
 */
export const workbenchSettingsSchema = z
  .object({
    part: z.enum(WORKBENCH_PARTS.map((entry) => entry.part.key) as [string, ...string[]]).default(WORKBENCH_PARTS[0].part.key),
    lang: z.enum(SUPPORTED_LOCALES).default('sv'),
    theme: z.enum(WORKBENCH_THEMES).default('light'),
    /** The Register web part's property pane choice, which the workbench has no pane for: `&register=roles`. */
    register: z.enum(REGISTER_KEYS).optional()
  })
  .strict();

export type WorkbenchSettings = z.infer<typeof workbenchSettingsSchema>;

export function workbenchSearch(settings: WorkbenchSettings): string {
  const parameters: Record<string, string> = { part: settings.part, lang: settings.lang, theme: settings.theme };
  if (settings.register !== undefined) parameters.register = settings.register;
  return `?${new URLSearchParams(parameters).toString()}`;
}
