import * as React from 'react';
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import type { ImportPlan, PlanKind } from '../../imports/import-plan';
import { issueMessage } from '../../imports/issue-message';

/** A long error list is cut here: the whole list is in the failed-rows download. */
const SHOWN_ISSUES = 200;

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  count: { display: 'flex', flexDirection: 'column' },
  figure: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  rowCell: { width: '4rem' },
  columnCell: { width: '12rem', overflowWrap: 'anywhere' },
  problemCell: { overflowWrap: 'anywhere' },
  errorsHeading: { fontSize: tokens.fontSizeBase400, marginBottom: 0 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalM }
});

const KINDS: readonly PlanKind[] = ['new', 'changed', 'unchanged', 'error'];

export function PlanCounts({ plan, t }: { readonly plan: ImportPlan<unknown>; readonly t: Translate }): JSX.Element {
  const styles = useStyles();
  return (
    <dl className={styles.counts} data-testid="import-counts">
      {KINDS.map((kind) => (
        <div key={kind} className={styles.count}>
          <dt>{t(`imports.counts.${kind}`)}</dt>
          <dd className={styles.figure} data-testid={`import-count-${kind}`}>
            {plan.counts[kind].toLocaleString('sv-SE')}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export interface PreviewStepProps {
  readonly plan: ImportPlan<unknown>;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly onDownloadFailed: () => void;
  readonly t: Translate;
  readonly locale: Locale;
}

/** The preview: what the import would do, the rows with errors (row, column, message), and Confirm; nothing is written before it. */
export function PreviewStep({ plan, onConfirm, onCancel, onDownloadFailed, t, locale }: PreviewStepProps): JSX.Element {
  const styles = useStyles();
  const issues = plan.rows.flatMap((row) => (row.kind === 'error' ? row.issues : []));
  const toWrite = plan.counts.new + plan.counts.changed;
  return (
    <section aria-labelledby="import-preview-heading">
      <h4 id="import-preview-heading">{t('imports.previewHeading')}</h4>
      <PlanCounts plan={plan} t={t} />
      {issues.length > 0 && (
        <>
          <h5 className={styles.errorsHeading}>{t('imports.errorsHeading', { count: plan.counts.error })}</h5>
          <p>{t('imports.errorsHint')}</p>
          {issues.length > SHOWN_ISSUES && <p>{t('imports.errorsShown', { shown: SHOWN_ISSUES, count: issues.length })}</p>}
          <Table size="small" data-testid="import-issues" aria-label={t('imports.errorsHeading', { count: plan.counts.error })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.rowCell}>{t('imports.row')}</TableHeaderCell>
                <TableHeaderCell className={styles.columnCell}>{t('imports.column')}</TableHeaderCell>
                <TableHeaderCell>{t('imports.problem')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {issues.slice(0, SHOWN_ISSUES).map((issue, index) => (
                <TableRow key={index} data-testid="import-issue">
                  <TableCell className={styles.rowCell}>{issue.row}</TableCell>
                  <TableCell className={styles.columnCell}>{issue.column}</TableCell>
                  <TableCell className={styles.problemCell}>{issueMessage(issue, t, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {toWrite === 0 && <p data-testid="import-nothing">{t('imports.nothingToWrite')}</p>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={toWrite === 0} onClick={onConfirm} data-testid="import-confirm">
          {t('imports.confirm', { count: toWrite.toLocaleString('sv-SE') })}
        </Button>
        {plan.counts.error > 0 && (
          <Button onClick={onDownloadFailed} data-testid="import-download-failed">
            {t('imports.downloadFailed')}
          </Button>
        )}
        <Button onClick={onCancel}>{t('imports.cancel')}</Button>
      </div>
    </section>
  );
}
