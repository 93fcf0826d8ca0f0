import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ConflictError } from '../../domain/shared/errors';
import type { Translate } from '../../i18n/translator';
import type { ListRepository, Stored } from '../../sharepoint/repositories/list-repository';
import { ConflictMerge } from '../shared/conflict-merge';
import { ErrorBar } from './error-bar';
import { FormFieldInput } from './form-field-input';
import { formValuesOf, validateForm, type FormValues } from './form-values';
import type { DisplayContext, RegisterDefinition } from './register-definition';
import { useConflictMerge } from './use-conflict-merge';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: '100%' },
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM }
});

export interface ItemFormProps<T> {
  readonly definition: RegisterDefinition<T>;
  readonly repository: ListRepository<T>;
  readonly item: Stored<T>;
  /** EditListItems on the list: without it the form only shows (R-SEC-1). */
  readonly canEdit: boolean;
  readonly t: Translate;
  readonly display: DisplayContext;
  onSaved(): void;
  onClose(): void;
}

/**
 * An item of a register in a dialog: validated with the domain's schema, saved with its ETag; a
 * 412 shows the other person's version beside yours field by field (R-SEC-2).
 */
export function ItemForm<T>({ definition, repository, item, canEdit, t, display, onSaved, onClose }: ItemFormProps<T>): JSX.Element {
  const styles = useStyles();
  const fields = definition.formFields;
  const zone = display.config.timeZone;
  const [base, setBase] = React.useState(item);
  const [values, setValues] = React.useState<FormValues>(() => formValuesOf(item.record as object, fields, zone));
  const [issues, setIssues] = React.useState<Readonly<Record<string, string>>>({});
  const conflict = useConflictMerge<T>(fields, values, zone);
  const [error, setError] = React.useState<unknown>();
  const [saving, setSaving] = React.useState(false);

  async function save(): Promise<void> {
    setError(undefined);
    // A merge starts from their version and takes, per differing field, the value chosen.
    const against = conflict.theirs ?? base;
    const merged = conflict.merged(values);
    const outcome = validateForm(definition.schema, against.record, fields, merged, zone);
    if (!outcome.ok) {
      setIssues(outcome.issues);
      return;
    }
    setIssues({});
    setSaving(true);
    try {
      await repository.update(against.id, outcome.record, against.etag);
      onSaved();
    } catch (failure) {
      if (failure instanceof ConflictError) {
        const theirs = await repository.get(against.id).catch((readFailure: unknown) => {
          setError(readFailure);
          return undefined;
        });
        if (theirs) {
          setValues(merged);
          conflict.open(theirs);
        }
      } else setError(failure);
    } finally {
      setSaving(false);
    }
  }

  function reload(): void {
    if (!conflict.theirs) return;
    setBase(conflict.theirs);
    setValues(formValuesOf(conflict.theirs.record as object, fields, zone));
    conflict.close();
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} data-testid="register-form">
        <DialogBody>
          <DialogTitle>{definition.columns[0].value(base.record, t, display)}</DialogTitle>
          <DialogContent className={styles.fields}>
            {error !== undefined && <ErrorBar error={error} t={t} />}
            {conflict.theirValues && (
              <ConflictMerge fields={conflict.conflicting} mine={values} theirs={conflict.theirValues} choices={conflict.choices} t={t} onChoose={conflict.choose} />
            )}
            {fields.map((field) => (
              <FormFieldInput
                key={field.key}
                field={field}
                value={values[field.key] ?? ''}
                issue={issues[field.key]}
                readOnly={!canEdit || conflict.theirs !== undefined}
                t={t}
                display={display}
                onChange={(value) => setValues({ ...values, [field.key]: value })}
              />
            ))}
          </DialogContent>
          <DialogActions>
            {canEdit && conflict.theirs && (
              <Button appearance="secondary" onClick={reload} data-testid="register-reload">
                {t('register.conflict.reload')}
              </Button>
            )}
            {canEdit && (
              <Button appearance="primary" disabled={saving} onClick={() => {
                  save().catch(setError);
                }} data-testid="register-save">
                {conflict.theirs ? t('register.conflict.saveMerged') : t('register.save')}
              </Button>
            )}
            <Button appearance="secondary" onClick={onClose} data-testid="register-close">
              {canEdit ? t('register.cancel') : t('register.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
