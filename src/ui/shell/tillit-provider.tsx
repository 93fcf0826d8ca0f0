import * as React from 'react';
import { FluentProvider } from '@fluentui/react-components';
import type { Locale } from '../../domain/shared/localized-text';
import { loadedTheme, prepareTheme, type TillitTheme } from './themes';

export type { TillitTheme } from './themes';

export interface TillitProviderProps {
  readonly locale: Locale;
  readonly theme?: TillitTheme;
  readonly children?: React.ReactNode;
}

/**
 * The root of every Tillit surface (web part, tab): Fluent's theme, and `lang` so that screen
 * readers pronounce Swedish as Swedish (WCAG 2.1 3.1.1). A dark or high-contrast theme that has not
 * arrived yet renders nothing for that moment rather than a light page in a dark Teams.
 */
export function TillitProvider({ locale, theme = 'light', children }: TillitProviderProps): JSX.Element {
  const [, setArrived] = React.useState(0);
  const resolved = loadedTheme(theme);
  React.useEffect(() => {
    if (resolved !== undefined) return undefined;
    let current = true;
    void prepareTheme(theme).then(() => {
      if (current) setArrived((count) => count + 1);
    });
    return () => {
      current = false;
    };
  }, [theme, resolved]);
  // An empty fragment, not null (@rushstack/no-new-null): nothing shows until the theme is here.
  if (resolved === undefined) return <></>;
  return (
    <FluentProvider theme={resolved} lang={locale} dir="ltr">
      {children}
    </FluentProvider>
  );
}
