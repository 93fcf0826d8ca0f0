import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AcknowledgementReceipt as Receipt } from '../../contracts/acknowledgements';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { formatDate, shortHash } from './acknowledgement-format';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace }
});

/** What the person keeps after signing (R-ACK): date, place, title, name and the seal's check code. */
export function AcknowledgementReceipt({ receipt, locale, t }: { readonly receipt: Receipt; readonly locale: Locale; readonly t: Translate }): JSX.Element {
  const styles = useStyles();
  const rows: Array<[string, React.ReactNode]> = [
    [t('acknowledgement.receiptDate'), formatDate(receipt.signedOn, locale)],
    [t('acknowledgement.receiptPlace'), receipt.place],
    [t('acknowledgement.receiptTitle'), receipt.signerTitle],
    [t('acknowledgement.receiptName'), receipt.printedName],
    [t('acknowledgement.receiptCode'), <span key="code" className={styles.code} title={receipt.contentHash}>{shortHash(receipt.contentHash)}</span>]
  ];
  return (
    <dl className={styles.list} data-testid="acknowledgement-receipt">
      {rows.map(([term, value]) => (
        <React.Fragment key={term}>
          <dt className={styles.term}>
            <Text weight="semibold">{term}</Text>
          </dt>
          <dd className={styles.value}>
            <Text>{value}</Text>
          </dd>
        </React.Fragment>
      ))}
    </dl>
  );
}
