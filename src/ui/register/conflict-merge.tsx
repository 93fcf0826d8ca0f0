import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';
import type { FormValues } from './form-values';
import type { FormField } from './register-definition';

export type MergeChoice = 'mine' | 'theirs';

export interface ConflictMergeProps {
  readonly fields: readonly FormField[];
  readonly mine: FormValues;
  readonly theirs: FormValues;
  readonly choices: Readonly<Record<string, MergeChoice>>;
  readonly t: Translate;
  onChoose(key: string, choice: MergeChoice): void;
}

/**
 * R-SEC-2: someone saved the item after it was opened. Each field that differs is shown with the
 * other person's value beside yours, and you keep either; nothing is overwritten silently.
 */
export function ConflictMerge({ fields, mine, theirs, choices, t, onChoose }: ConflictMergeProps): JSX.Element {
  return (
    <div data-testid="register-conflict">
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
              <TableCell data-version="theirs">{theirs[field.key] || t('register.empty')}</TableCell>
              <TableCell data-version="mine">{mine[field.key] || t('register.empty')}</TableCell>
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
