import * as React from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { TextWithDates } from '../shared/text-with-dates';
import type { ItemStatus } from './register-definition';

const COLOURS = { danger: 'danger', warning: 'warning', success: 'success', informative: 'informative' } as const;

const useStyles = makeStyles({
  cell: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  reason: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }
});

/** The badge and, in words, why: colour alone never carries the meaning (WCAG 1.4.1). */
export function StatusBadge({ status }: { readonly status: ItemStatus | undefined }): JSX.Element {
  const styles = useStyles();
  if (!status) return <></>;
  return (
    <div className={styles.cell}>
      <Badge appearance={status.tone === 'danger' ? 'filled' : 'tint'} color={COLOURS[status.tone]} data-tone={status.tone}>
        {status.label}
      </Badge>
      <span className={styles.reason}>
        <TextWithDates text={status.reason} />
      </span>
    </div>
  );
}
