import { webLightTheme, type Theme } from '@fluentui/react-components';

export type TillitTheme = 'light' | 'dark' | 'high-contrast';

const loaded = new Map<TillitTheme, Theme>([['light', webLightTheme]]);

/** The Fluent theme, when it is at hand: light always; dark and high contrast once prepareTheme fetched them. */
export function loadedTheme(name: TillitTheme): Theme | undefined {
  return loaded.get(name);
}

/**
 * Fetches the dark and high-contrast themes (one chunk, issue 7's bundle aim) unless they are here.
 * Hosts call it before their first render, so a dark Teams never shows a light web part first.
 */
export async function prepareTheme(name: TillitTheme): Promise<Theme> {
  const known = loaded.get(name);
  if (known !== undefined) return known;
  const { webDarkTheme, teamsHighContrastTheme } = await import(/* webpackChunkName: 'tillit-dark-themes' */ './dark-themes');
  loaded.set('dark', webDarkTheme);
  loaded.set('high-contrast', teamsHighContrastTheme);
  return loaded.get(name) as Theme;
}
