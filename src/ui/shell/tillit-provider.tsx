import * as React from 'react';
import { FluentProvider, webDarkTheme, webLightTheme, teamsHighContrastTheme, type Theme } from '@fluentui/react-components';
import type { Locale } from '../../domain/shared/localized-text';

export type TillitTheme = 'light' | 'dark' | 'high-contrast';

const THEMES: Record<TillitTheme, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme
};

export interface TillitProviderProps {
  readonly locale: Locale;
  readonly theme?: TillitTheme;
  readonly children?: React.ReactNode;
}

/**
 * The root of every Tillit surface (web part, tab): Fluent's theme, and `lang` so that screen
 * readers pronounce Swedish as Swedish (WCAG 2.1 3.1.1).
 */
export function TillitProvider({ locale, theme = 'light', children }: TillitProviderProps): JSX.Element {
  return (
    <FluentProvider theme={THEMES[theme]} lang={locale} dir="ltr">
      {children}
    </FluentProvider>
  );
}
