import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { pages } from '@microsoft/teams-js';
import type { Translate } from '../i18n/translator';
import type { TeamsHost } from './teams-host';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL, maxWidth: '40em' },
  text: { margin: 0 }
});

/**
 * A channel tab's configuration page (Teams shows it when the tab is added): nothing to choose, so it
 * is valid at once, and Save stores the dashboard's address (`/tab/`) as the tab's content.
 */
export function TabConfigPage({ host, t, origin }: { readonly host: TeamsHost; readonly t: Translate; readonly origin: string }): JSX.Element {
  const styles = useStyles();
  React.useEffect(() => {
    if (host.kind !== 'teams') return;
    pages.config.registerOnSaveHandler((saveEvent) => {
      pages.config
        .setConfig({ entityId: 'tillit-council', contentUrl: `${origin}/tab/`, websiteUrl: `${origin}/tab/`, suggestedDisplayName: t('council.config.tabName') })
        .then(
          () => saveEvent.notifySuccess(),
          (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error))
        );
    });
    pages.config.setValidityState(true);
  }, [host, t, origin]);
  return (
    <div className={styles.root} data-testid="tab-config">
      <Text as="h1" size={600} weight="semibold" className={styles.text}>
        {t('council.config.heading')}
      </Text>
      <Text as="p" className={styles.text}>
        {t('council.config.intro')}
      </Text>
      {host.kind !== 'teams' && (
        <Text as="p" className={styles.text}>
          {t('council.config.notInTeams')}
        </Text>
      )}
    </div>
  );
}
