import type { Locale } from '../../domain/shared/localized-text';
import type { TillitTheme } from './tillit-provider';

/**
 * How a host's own settings map to Tillit's: the SPFx shells and the workbench both call these, so
 * that a language or theme chosen in the workbench is the one the page or Teams would give.
 */

/** Swedish first: only an English UI culture ('en-US', 'en-GB', …) gets English. */
export function localeFromCulture(cultureName: string | undefined): Locale {
  return cultureName?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** Teams names its themes 'default', 'dark' and 'contrast'. */
export function themeFromTeams(teamsTheme: string | undefined): TillitTheme {
  if (teamsTheme === 'dark') return 'dark';
  if (teamsTheme === 'contrast') return 'high-contrast';
  return 'light';
}

/** On a SharePoint page, a section with an inverted (dark) background gets the dark theme. */
export function themeFromPageSection(isInverted: boolean | undefined): TillitTheme {
  return isInverted ? 'dark' : 'light';
}
