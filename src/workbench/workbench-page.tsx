import * as React from 'react';
import { Field, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SUPPORTED_LOCALES, type Locale } from '../domain/shared/localized-text';
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';
import { translatorOver } from '../i18n/translator';
import { connectThroughPassThrough } from '../sharepoint/browser/browser-site';
import { TillitProvider } from '../ui/shell/tillit-provider';
import type { WebPartEnvironment } from '../ui/shell/web-part-definition';
import { sameOriginAppService } from '../ui/shell/app-service-client';
import { createWebPartServices } from '../ui/shell/web-part-services';
import { MountedWebPart } from './mounted-web-part';
import { SignedInStatus } from './signed-in-status';
import { WORKBENCH_IDENTITIES } from './workbench-identities';
import { WORKBENCH_PARTS } from './workbench-parts';
import { chooseIdentity, type WorkbenchSession } from './workbench-session';
import { WORKBENCH_THEMES, workbenchSearch, type WorkbenchSettings } from './workbench-settings';

const useStyles = makeStyles({
  page: { minHeight: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`
  },
  heading: { margin: 0 },
  settings: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, alignItems: 'end' },
  canvas: { flexGrow: 1, padding: tokens.spacingHorizontalXXL },
  // The border keeps the page's edge visible in high contrast, where shadows are not drawn.
  sheet: {
    maxWidth: '1024px',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4
  }
});

export interface WorkbenchPageProps {
  readonly initialSettings: WorkbenchSettings;
  readonly initialSession: WorkbenchSession;
  /** The same-origin pass-through: `http://127.0.0.1:3978/sites/tillit`. */
  readonly siteUrl: string;
}

/**
 * The local workbench (DESIGN.md, "The app service, locally"): the chosen web part mounted as its
 * SPFx shell mounts it, with the demo identity, the language and the Teams theme to try it in.
 */
export function WorkbenchPage({ initialSettings, initialSession, siteUrl }: WorkbenchPageProps): JSX.Element {
  const styles = useStyles();
  const [settings, setSettings] = React.useState(initialSettings);
  const [session, setSession] = React.useState(initialSession);
  const [identityError, setIdentityError] = React.useState<string | undefined>();
  const t = React.useMemo(() => translatorOver(settings.lang, { sv, en }), [settings.lang]);
  const email = session.identity.email;
  const newServices = React.useCallback(() => createWebPartServices(connectThroughPassThrough(siteUrl), sameOriginAppService()), [siteUrl]);
  const [services, setServices] = React.useState(newServices);
  const environment: WebPartEnvironment = React.useMemo(() => ({ locale: settings.lang, theme: settings.theme, services }), [settings.lang, settings.theme, services]);
  const entry = WORKBENCH_PARTS.find((candidate) => candidate.part.key === settings.part) ?? WORKBENCH_PARTS[0];
  const properties = React.useMemo(
    () => ('register' in entry.initialProperties && settings.register !== undefined ? { ...entry.initialProperties, register: settings.register } : entry.initialProperties),
    [entry, settings.register]
  );

  React.useEffect(() => {
    window.history.replaceState(undefined, '', workbenchSearch(settings));
    document.documentElement.lang = settings.lang;
    document.title = t('workbench.title');
  }, [settings, t]);

  const onIdentity = (chosen: string): void => {
    setIdentityError(undefined);
    chooseIdentity(chosen).then(
      (chosenSession) => {
        // New services for a new identity, as a page load by another person would build them.
        setServices(newServices());
        setSession(chosenSession);
      },
      (error: unknown) => setIdentityError(t('workbench.identityFailed', { reason: error instanceof Error ? error.message : String(error) }))
    );
  };

  return (
    <TillitProvider locale={settings.lang} theme={settings.theme}>
      <div className={styles.page}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold" className={styles.heading}>
            {t('workbench.title')}
          </Text>
          <Text as="p">{t('workbench.intro')}</Text>
          <div className={styles.settings} role="group" aria-label={t('workbench.settings')}>
            <Field label={t('workbench.webPart')}>
              <Select value={settings.part} onChange={(_event, data) => setSettings({ ...settings, part: data.value })} data-testid="workbench-part">
                {WORKBENCH_PARTS.map((candidate) => (
                  <option key={candidate.part.key} value={candidate.part.key}>
                    {t(`workbench.webParts.${candidate.part.key}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('workbench.identity')}>
              <Select value={email} onChange={(_event, data) => onIdentity(data.value)} data-testid="workbench-identity">
                {WORKBENCH_IDENTITIES.map((identity) => (
                  <option key={identity.email} value={identity.email}>
                    {`${identity.displayName} — ${t(`workbench.roles.${identity.role}`)}`}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('workbench.language')}>
              <Select value={settings.lang} onChange={(_event, data) => setSettings({ ...settings, lang: data.value as Locale })} data-testid="workbench-language">
                {SUPPORTED_LOCALES.map((locale) => (
                  <option key={locale} value={locale} lang={locale}>
                    {t(`workbench.languages.${locale}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t('workbench.theme')}>
              <Select value={settings.theme} onChange={(_event, data) => setSettings({ ...settings, theme: data.value as WorkbenchSettings['theme'] })} data-testid="workbench-theme">
                {WORKBENCH_THEMES.map((theme) => (
                  <option key={theme} value={theme}>
                    {t(`workbench.themes.${theme}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div aria-live="polite">
            <SignedInStatus services={services} t={t} />
            {identityError !== undefined && (
              <MessageBar intent="error">
                <MessageBarBody>{identityError}</MessageBarBody>
              </MessageBar>
            )}
          </div>
        </header>
        <main className={styles.canvas}>
          <div className={styles.sheet}>
            <MountedWebPart key={`${entry.part.key}|${email}|${settings.register ?? ''}`} entry={entry} environment={environment} properties={properties} />
          </div>
        </main>
      </div>
    </TillitProvider>
  );
}
