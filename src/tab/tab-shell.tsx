import * as React from 'react';
import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../domain/shared/localized-text';
import { createTranslator, type Translate } from '../i18n/translator';
import { TillitProvider, type TillitTheme } from '../ui/shell/tillit-provider';
import type { WorkbenchSession } from '../workbench/workbench-session';
import { LocalIdentityPicker } from './local-identity-picker';
import type { TabOverrides } from './tab-page';
import type { TeamsHost } from './teams-host';

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`
  },
  notice: { flexGrow: 1 }
});

export interface TabShellProps {
  readonly host: TeamsHost;
  readonly overrides: TabOverrides;
  /** Locally: the demo identity the cookie names, and its picker. */
  readonly localSession?: WorkbenchSession;
  readonly titleKey: string;
  readonly children: (locale: Locale, t: Translate, identityKey: string) => React.ReactNode;
}

/** The language: the address's override, else Teams' locale (sv/en), else Swedish. */
export function tabLocale(host: TeamsHost, overrides: TabOverrides): Locale {
  return overrides.lang ?? (host.kind === 'teams' ? host.locale : 'sv');
}

/**
 * Every tab page's frame: Fluent's theme from Teams (followed live when the person switches it),
 * the language, the page's title and `lang`, a small notice in a plain browser, and locally the
 * demo identity picker. The page's content is rendered anew when another identity is chosen.
 */
export function TabShell({ host, overrides, localSession, titleKey, children }: TabShellProps): JSX.Element {
  const styles = useStyles();
  const locale = tabLocale(host, overrides);
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const [theme, setTheme] = React.useState<TillitTheme>(overrides.theme ?? (host.kind === 'teams' ? host.theme : 'light'));
  const [session, setSession] = React.useState(localSession);

  React.useEffect(() => {
    // An address that names a theme (tests, a bookmark) keeps it; otherwise Teams' switch is followed.
    if (host.kind === 'teams' && overrides.theme === undefined) host.onThemeChange(setTheme);
  }, [host, overrides.theme]);

  React.useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(titleKey);
  }, [locale, t, titleKey]);

  const notice = host.kind === 'browser' ? t('council.notInTeams') : host.kind === 'failed' ? t('council.teamsFailed', { reason: host.reason }) : undefined;
  return (
    <TillitProvider locale={locale} theme={theme}>
      <div className={styles.page} data-theme={theme}>
        {(notice !== undefined || session !== undefined) && (
          <div className={styles.bar}>
            {notice !== undefined && (
              <MessageBar intent="info" className={styles.notice} data-testid="tab-notice">
                <MessageBarBody>{notice}</MessageBarBody>
              </MessageBar>
            )}
            {session !== undefined && <LocalIdentityPicker session={session} t={t} onChosen={setSession} />}
          </div>
        )}
        <main>{children(locale, t, session?.identity.email ?? 'signed-in')}</main>
      </div>
    </TillitProvider>
  );
}
