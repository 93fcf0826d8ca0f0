import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';

const useStyles = makeStyles({
  pager: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM }
});

export interface RegisterPagerProps {
  readonly pageNumber: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
  readonly t: Translate;
  onPrevious(): void;
  onNext(): void;
}

/** Previous and next page: SharePoint pages forward with $skiptoken; the tokens behind are kept by the hook. */
export function RegisterPager({ pageNumber, hasPrevious, hasNext, t, onPrevious, onNext }: RegisterPagerProps): JSX.Element {
  const styles = useStyles();
  return (
    <nav className={styles.pager} aria-label={t('register.paging')}>
      <Button disabled={!hasPrevious} onClick={onPrevious} data-testid="register-previous">
        {t('register.previous')}
      </Button>
      <Text aria-live="polite" data-testid="register-page-number">
        {t('register.page', { page: pageNumber })}
      </Text>
      <Button disabled={!hasNext} onClick={onNext} data-testid="register-next">
        {t('register.next')}
      </Button>
    </nav>
  );
}
