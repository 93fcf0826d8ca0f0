import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';

export type MergeChoice = 'mine' | 'theirs';

/** A form's fields as the text in their inputs, keyed like the `fields.*` messages. */
export type MergeValues<K extends string = string> = Readonly<Record<K, string>>;

// Lists are kept one per line in the forms; a long unbroken value (an address) must not run over the next column.
const useStyles = makeStyles({ value: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' } });

export interface ConflictMergeProps<K extends string> {
  /** The fields that differ, in the form's order; each key names its label in `fields.*`. */
  readonly fields: ReadonlyArray<{ readonly key: K }>;
  readonly mine: MergeValues<K>;
  readonly theirs: MergeValues<K>;
  readonly choices: Readonly<Partial<Record<K, MergeChoice>>>;
  readonly t: Translate;
  /** A stored value as people read it (a unit's name, a choice's label); by default the text itself. */
  readonly display?: (key: K, value: string) => string;
  /** The register's tests know the merge by this id; other web parts name their own. */
  readonly testId?: string;
  onChoose(key: K, choice: MergeChoice): void;
}

/**
 * R-SEC-2: someone saved the item after it was opened. Each field that differs is shown with the
 * other person's value beside yours, and you keep either; nothing is overwritten silently. Shared
 * by the Register's item form and the record of processing; its messages are the Register's,
 * where the merge was first built.
 */
export function ConflictMerge<K extends string>({ fields, mine, theirs, choices, t, display = (_, value) => value, testId = 'register-conflict', onChoose }: ConflictMergeProps<K>): JSX.Element {
  const styles = useStyles();
  const shown = (key: K, value: string | undefined): string => (value ? display(key, value) : t('register.empty'));
  return (
    <div data-testid={testId}>
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{t('register.conflict.title')}</MessageBarTitle>
          {t('register.conflict.intro')}
        </MessageBarBody>
      </MessageBar>
      <Table aria-label={t('register.conflict.title')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('register.conflict.field')}</TableHeaderCell>
            <TableHeaderCell>{t('register.conflict.theirs')}</TableHeaderCell>
            <TableHeaderCell>{t('register.conflict.mine')}</TableHeaderCell>
            <TableHeaderCell>{t('register.conflict.keep')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field.key} data-conflict-field={field.key}>
              <TableCell>{t(`fields.${field.key}`)}</TableCell>
              <TableCell data-version="theirs" className={styles.value}>
                {shown(field.key, theirs[field.key])}
              </TableCell>
              <TableCell data-version="mine" className={styles.value}>
                {shown(field.key, mine[field.key])}
              </TableCell>
              <TableCell>
                <RadioGroup
                  layout="horizontal"
                  aria-label={t('register.conflict.keepFor', { field: t(`fields.${field.key}`) })}
                  value={choices[field.key] ?? 'mine'}
                  onChange={(_, data) => onChoose(field.key, data.value as MergeChoice)}
                >
                  <Radio value="theirs" label={t('register.conflict.keepTheirs')} />
                  <Radio value="mine" label={t('register.conflict.keepMine')} />
                </RadioGroup>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
