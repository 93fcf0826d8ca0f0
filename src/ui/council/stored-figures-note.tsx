import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { formatInstant } from './council-format';
import type { Freshness } from './use-council-dashboard';

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground2, display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  hidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: 0, overflow: 'hidden', clip: 'rect(0, 0, 0, 0)', whiteSpace: 'nowrap', border: 0 }
});

export interface StoredFiguresNoteProps {
  readonly freshness: Freshness;
  readonly computedAt: string;
  /** Bumped when today's figures replaced stored ones: the polite announcement is made then. */
  readonly liveSwaps: number;
  readonly locale: Locale;
  readonly t: Translate;
  readonly onRetry: () => void;
}

/**
 * A quiet line while the page shows the app service's stored figures (issue 10, the first render):
 * when they were computed, in the region's style, and that today's are on their way; then, once
 * they have replaced them, a polite announcement for screen readers (WCAG 4.1.3) and nothing for the eye.
 */
export function StoredFiguresNote({ freshness, computedAt, liveSwaps, locale, t, onRetry }: StoredFiguresNoteProps): JSX.Element {
  const styles = useStyles();
  const at = formatInstant(computedAt, locale);
  return (
    <>
      {freshness.kind !== 'live' && (
        <Text as="p" size={200} className={styles.note} data-testid="council-figures-stored" data-freshness={freshness.kind}>
          <span>{t('council.stored.computedAt', { at })}</span>
          {freshness.kind === 'refreshing' ? (
            <span>{t('council.stored.refreshing')}</span>
          ) : (
            <>
              <span>{t('council.stored.refreshFailed', { reason: freshness.message })}</span>
              <Button size="small" appearance="transparent" onClick={onRetry}>
                {t('council.retry')}
              </Button>
            </>
          )}
        </Text>
      )}
      <div aria-live="polite" className={styles.hidden} data-testid="council-figures-announcement">
        {freshness.kind === 'live' && liveSwaps > 0 ? t('council.stored.updated', { at }) : ''}
      </div>
    </>
  );
}
