import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { z } from 'zod';
import { roleAssignmentSchema, type RoleAssignment } from '../../../domain/roles/role-assignment';
import { isBefore, type IsoDate } from '../../../domain/shared/calendar';
import { ConflictError } from '../../../domain/shared/errors';
import type { Translate } from '../../../i18n/translator';
import type { RegisterRepositories } from '../../../sharepoint/repositories/register-repositories';
import { ConflictMerge } from '../../shared/conflict-merge';
import { ErrorBar } from '../error-bar';
import { FormFieldInput } from '../form-field-input';
import { formValuesOf, validateForm, type FormValues } from '../form-values';
import type { FormField } from '../register-definition';
import { useConflictMerge } from '../use-conflict-merge';
import { currentHolderOf } from './role-register-data';
import type { RoleSlotRow, StoredAssignment } from './role-slot-rows';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: '100%' },
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM }
});

const FIELDS: readonly FormField[] = [
  { key: 'holderEmail', kind: 'email', required: true },
  { key: 'since', kind: 'date' },
  { key: 'until', kind: 'date' },
  { key: 'mandateDocumented', kind: 'choice', required: true, choices: ['false', 'true'], choiceLabels: 'yesNo' }
];

/**
 * The domain schema the list is read with, behind the form's own checks: a role is filled by a
 * person, and an appointment cannot end before it starts. The yes/no of the mandate arrives as text.
 */
function assignmentFormSchema(t: Translate): z.ZodType<RoleAssignment, z.ZodTypeDef, unknown> {
  return z.preprocess(
    (input) => {
      const record = input as Record<string, unknown>;
      return { ...record, mandateDocumented: record.mandateDocumented === true || record.mandateDocumented === 'true' };
    },
    roleAssignmentSchema
      .refine((assignment) => assignment.holderEmail !== undefined, { path: ['holderEmail'], message: t('rolesRegister.holderRequired') })
      .refine((assignment) => assignment.since === undefined || assignment.until === undefined || !isBefore(assignment.until, assignment.since), {
        path: ['until'],
        message: t('rolesRegister.untilBeforeSince')
      })
  );
}

/** The shared form pieces name their labels `fields.*`, `register.help.*` and `values.*`; this form's live under rolesRegister. */
function formTranslator(t: Translate): Translate {
  return (key, values) => t(key.replace(/^fields\./, 'rolesRegister.fields.').replace(/^register\.help\./, 'rolesRegister.help.').replace(/^values\.yesNo\./, 'rolesRegister.yesNo.'), values);
}

export interface RoleSlotFormProps {
  readonly row: RoleSlotRow;
  readonly registers: RegisterRepositories;
  /** AddListItems / EditListItems on the role assignments list (R-SEC-1): without them the form only shows. */
  readonly canAdd: boolean;
  readonly canEdit: boolean;
  readonly unitLabel: string;
  readonly locale: 'sv' | 'en';
  readonly today: IsoDate;
  readonly t: Translate;
  onSaved(): void;
  onClose(): void;
}

/**
 * A slot of the roles register: a vacancy is filled by adding an assignment (or by completing the
 * empty one kept for it); a holder's assignment is ended or its mandate marked by an update made
 * against its ETag, so a change made by someone else in between is shown beside yours (R-SEC-2).
 */
export function RoleSlotForm({ row, registers, canAdd, canEdit, unitLabel, locale, today, t, onSaved, onClose }: RoleSlotFormProps): JSX.Element {
  const styles = useStyles();
  const ft = React.useMemo(() => formTranslator(t), [t]);
  const schema = React.useMemo(() => assignmentFormSchema(t), [t]);
  const fresh: StoredAssignment = { id: 'new', etag: '', record: { id: 'new', roleKey: row.role.key, unitId: row.unit?.id, since: today, mandateDocumented: false } };
  const [base, setBase] = React.useState<StoredAssignment>(row.assignment ?? fresh);
  const isNew = base.id === 'new';
  const writable = isNew ? canAdd : canEdit;
  // Filling: a new assignment, or the empty one kept for the vacancy. A departed holder's assignment is ended first (history stays, R-SEC-4).
  const filling = isNew || base.record.holderEmail === undefined;
  const [values, setValues] = React.useState<FormValues>(() => formValuesOf(base.record, FIELDS));
  const [issues, setIssues] = React.useState<Readonly<Record<string, string>>>({});
  const conflict = useConflictMerge<RoleAssignment>(FIELDS, values);
  const [taken, setTaken] = React.useState<string>();
  const [error, setError] = React.useState<unknown>();
  const [saving, setSaving] = React.useState(false);
  // The conflict shows the mandate as yes/no, not as the form's true/false.
  const shown = (formValues: FormValues): FormValues => ({ ...formValues, mandateDocumented: t(`rolesRegister.yesNo.${formValues.mandateDocumented === 'true' ? 'true' : 'false'}`) });

  async function save(): Promise<void> {
    setError(undefined);
    const against = conflict.theirs ?? base;
    const merged = conflict.merged(values);
    const outcome = validateForm(schema, against.record, FIELDS, merged);
    if (!outcome.ok) {
      setIssues(outcome.issues);
      return;
    }
    setIssues({});
    setSaving(true);
    try {
      if (against.id === 'new') {
        const holder = await currentHolderOf(registers, row.role.key, row.unit?.id, today);
        if (holder !== undefined) {
          setTaken(holder);
          return;
        }
        await registers.roleAssignments.add(outcome.record);
      } else await registers.roleAssignments.update(against.id, outcome.record, against.etag);
      onSaved();
    } catch (failure) {
      if (!(failure instanceof ConflictError)) throw failure;
      const theirs = await registers.roleAssignments.get(against.id);
      setValues(merged);
      conflict.open(theirs);
    } finally {
      setSaving(false);
    }
  }

  function reload(): void {
    if (!conflict.theirs) return;
    setBase(conflict.theirs);
    setValues(formValuesOf(conflict.theirs.record, FIELDS));
    conflict.close();
  }

  const roleName = row.role.label[locale];
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} data-testid="roles-form">
        <DialogBody>
          <DialogTitle>{t('rolesRegister.formTitle', { role: roleName, unit: unitLabel })}</DialogTitle>
          <DialogContent className={styles.fields}>
            <Text>{filling ? t('rolesRegister.formIntroVacant') : t('rolesRegister.formIntroHeld')}</Text>
            {error !== undefined && <ErrorBar error={error} t={t} />}
            {taken !== undefined && (
              <MessageBar intent="warning" data-testid="roles-taken">
                <MessageBarBody>{t('rolesRegister.takenMeanwhile', { holder: taken })}</MessageBarBody>
              </MessageBar>
            )}
            {conflict.theirValues && (
              <ConflictMerge fields={conflict.conflicting} mine={shown(values)} theirs={shown(conflict.theirValues)} choices={conflict.choices} t={ft} onChoose={conflict.choose} />
            )}
            {FIELDS.map((field) => (
              <FormFieldInput
                key={field.key}
                field={field}
                value={values[field.key] ?? ''}
                issue={issues[field.key]}
                readOnly={!writable || conflict.theirs !== undefined || taken !== undefined}
                t={ft}
                onChange={(value) => setValues({ ...values, [field.key]: value })}
              />
            ))}
          </DialogContent>
          <DialogActions>
            {writable && conflict.theirs && (
              <Button appearance="secondary" onClick={reload} data-testid="roles-reload">
                {t('register.conflict.reload')}
              </Button>
            )}
            {writable && taken === undefined && (
              <Button appearance="primary" disabled={saving} onClick={() => save().catch(setError)} data-testid="roles-save">
                {conflict.theirs ? t('register.conflict.saveMerged') : t('register.save')}
              </Button>
            )}
            <Button appearance="secondary" onClick={onClose} data-testid="roles-close">
              {writable ? t('register.cancel') : t('register.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
