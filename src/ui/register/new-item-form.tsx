import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';
import { randomWriteKey } from '../../sharepoint/lists/write-key';
import type { ListRepository, Stored } from '../../sharepoint/repositories/list-repository';
import { ErrorBar } from './error-bar';
import { FormFieldInput } from './form-field-input';
import { formValuesOf, validateForm, type FormValues } from './form-values';
import type { DisplayContext, NewItemContext, NewItemDefinition, RegisterDefinition } from './register-definition';

const useStyles = makeStyles({
  surface: { maxWidth: '760px', width: '100%' },
  fields: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM }
});

export interface NewItemFormProps<T> {
  readonly definition: RegisterDefinition<T>;
  readonly newItem: NewItemDefinition;
  readonly repository: ListRepository<T>;
  readonly context: NewItemContext;
  readonly t: Translate;
  readonly display: DisplayContext;
  onAdded(added: Stored<T>): void;
  onClose(): void;
}

/**
 * A new item of a register in a dialog: the form starts from the register's defaults, validates
 * with the domain's schema (the one reads are screened with, R-SEC-2) and adds through the
 * repository with one write key per form, so saving again after a lost answer finds the item
 * instead of adding it twice.
 */
export function NewItemForm<T>({ definition, newItem, repository, context, t, display, onAdded, onClose }: NewItemFormProps<T>): JSX.Element {
  const styles = useStyles();
  const fields = newItem.formFields ?? definition.formFields;
  const zone = display.config.timeZone;
  // Made once, with the form: the id is the repository's, this placeholder only satisfies the schema.
  const [base] = React.useState(() => ({ id: 'new', ...newItem.defaults(context) }) as unknown as T);
  const [writeKey] = React.useState(randomWriteKey);
  const [values, setValues] = React.useState<FormValues>(() => formValuesOf(base as object, fields, zone));
  const [issues, setIssues] = React.useState<Readonly<Record<string, string>>>({});
  const [error, setError] = React.useState<unknown>();
  const [saving, setSaving] = React.useState(false);

  const hidden = Object.entries(issues)
    .filter(([key]) => !fields.some((field) => field.key === key))
    .map(([key, message]) => `${t(`fields.${key}`)}: ${message}.`);

  async function save(): Promise<void> {
    setError(undefined);
    const outcome = validateForm(definition.schema, base, fields, values, zone);
    if (!outcome.ok) {
      setIssues(outcome.issues);
      return;
    }
    setIssues({});
    setSaving(true);
    try {
      onAdded(await repository.add(outcome.record, { key: writeKey }));
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} data-testid="register-new-form">
        <DialogBody>
          <DialogTitle>{t(`register.newItem.${definition.key}`)}</DialogTitle>
          <DialogContent className={styles.fields}>
            {error !== undefined && <ErrorBar error={error} t={t} />}
            {hidden.length > 0 && (
              // A default the form does not show was refused (the signed-in person unknown, say): said, not swallowed.
              <MessageBar intent="error" data-testid="register-hidden-issues">
                <MessageBarBody>{t('register.hiddenIssues', { issues: hidden.join(' ') })}</MessageBarBody>
              </MessageBar>
            )}
            {fields.map((field) => (
              <FormFieldInput
                key={field.key}
                field={field}
                value={values[field.key] ?? ''}
                issue={issues[field.key]}
                readOnly={false}
                t={t}
                display={display}
                onChange={(value) => setValues({ ...values, [field.key]: value })}
              />
            ))}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={saving} onClick={() => save().catch(setError)} data-testid="register-save">
              {t('register.add')}
            </Button>
            <Button appearance="secondary" onClick={onClose} data-testid="register-close">
              {t('register.cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
