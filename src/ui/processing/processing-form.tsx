import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { OrgUnit } from '../../domain/organisation/org-unit';
import { DPIA_STATUSES, LEGAL_BASES, WORK_STATUSES, type ProcessingActivity } from '../../domain/processing/processing-activity';
import type { Translate } from '../../i18n/translator';
import { draftOf, validateDraft, type DraftField, type ProcessingDraft } from './processing-draft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '48rem' },
  text: { margin: 0 },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM }
});

export interface ProcessingFormProps {
  /** The stored activity being edited; undefined for a new one. */
  readonly activity: ProcessingActivity | undefined;
  readonly units: readonly OrgUnit[];
  readonly registryCoordinatorEmail: string;
  readonly saving: boolean;
  readonly t: Translate;
  onSave(activity: ProcessingActivity): void;
  onCancel(): void;
}

/** One processing activity's Art. 30 details and status, validated with the domain schema, errors shown per field (R-ROPA). */
export function ProcessingForm({ activity, units, registryCoordinatorEmail, saving, t, onSave, onCancel }: ProcessingFormProps): JSX.Element {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<ProcessingDraft>(() => draftOf(activity, units.length === 1 ? units[0].id : ''));
  const [issues, setIssues] = React.useState<ReadonlyMap<DraftField, unknown>>(new Map());

  const set = (field: DraftField): ((_: unknown, data: { value: string }) => void) => (_, data) => setDraft((current) => ({ ...current, [field]: data.value }));
  const errorOf = (field: DraftField): string | undefined => {
    if (!issues.has(field)) return undefined;
    return field === 'thirdCountryTransfers' ? t('processing.transferSafeguard') : t('processing.required', { field: t(`fields.${field}`).toLowerCase() });
  };
  const common = (field: DraftField, help?: string): { label: string; hint?: string; validationMessage?: string; validationState: 'error' | 'none' } => ({
    label: t(`fields.${field}`),
    hint: help,
    validationMessage: errorOf(field),
    validationState: issues.has(field) ? 'error' : 'none'
  });

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    // A new activity is the signed-in coordinator's to keep (R-ROPA-1); an edit keeps who holds it.
    const base = activity ?? { id: 'new', registryCoordinatorEmail };
    const result = validateDraft(draft, base);
    setIssues(result.issues);
    if (result.activity) onSave(result.activity);
  };

  const line = t('processing.help.lines');
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={activity ? t('processing.formEdit', { name: activity.name }) : t('processing.formNew')} data-testid="processing-form">
      <Text as="h4" size={400} weight="semibold" className={styles.text}>
        {t('processing.article30')}
      </Text>
      <Field {...common('name', t('processing.help.name'))} required>
        <Input value={draft.name} onChange={set('name')} data-testid="field-name" />
      </Field>
      <Field {...common('purpose', t('processing.help.purpose'))} required>
        <Textarea value={draft.purpose} onChange={set('purpose')} data-testid="field-purpose" />
      </Field>
      <div className={styles.columns}>
        <Field {...common('controller', t('processing.help.controller'))} required>
          <Input value={draft.controller} onChange={set('controller')} data-testid="field-controller" />
        </Field>
        <Field {...common('unitId', t('processing.help.unitId'))} required>
          <Select value={draft.unitId} onChange={set('unitId')} data-testid="field-unit">
            <option value="">{t('processing.chooseUnit')}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field {...common('legalBasis', t('processing.help.legalBasis'))} required>
          <Select value={draft.legalBasis} onChange={set('legalBasis')} data-testid="field-legal-basis">
            {LEGAL_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {t(`values.legalBasis.${basis}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field {...common('specialCategoryBasis', t('processing.help.specialCategoryBasis'))}>
          <Input value={draft.specialCategoryBasis} onChange={set('specialCategoryBasis')} />
        </Field>
      </div>
      <div className={styles.columns}>
        <Field {...common('dataSubjectCategories', line)} required>
          <Textarea value={draft.dataSubjectCategories} onChange={set('dataSubjectCategories')} data-testid="field-data-subjects" />
        </Field>
        <Field {...common('personalDataCategories', line)} required>
          <Textarea value={draft.personalDataCategories} onChange={set('personalDataCategories')} data-testid="field-personal-data" />
        </Field>
        <Field {...common('recipients', line)}>
          <Textarea value={draft.recipients} onChange={set('recipients')} />
        </Field>
      </div>
      <Field {...common('thirdCountryTransfers', t('processing.help.thirdCountryTransfers'))}>
        <Textarea value={draft.thirdCountryTransfers} onChange={set('thirdCountryTransfers')} data-testid="field-transfers" />
      </Field>
      <Field {...common('retention', t('processing.help.retention'))} required>
        <Textarea value={draft.retention} onChange={set('retention')} data-testid="field-retention" />
      </Field>
      <Field {...common('securityMeasures', t('processing.help.securityMeasures'))}>
        <Textarea value={draft.securityMeasures} onChange={set('securityMeasures')} />
      </Field>
      <Text as="h4" size={400} weight="semibold" className={styles.text}>
        {t('processing.status')}
      </Text>
      <div className={styles.columns}>
        <Field {...common('dpia')}>
          <Select value={draft.dpia} onChange={set('dpia')} data-testid="field-dpia">
            {DPIA_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`values.dpia.${status}`)}
              </option>
            ))}
          </Select>
        </Field>
        {(['gapAnalysis', 'actionPlan'] as const).map((field) => (
          <Field key={field} {...common(field)}>
            <Select value={draft[field]} onChange={set(field)}>
              {WORK_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`values.work.${status}`)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      {issues.size > 0 ? (
        <MessageBar intent="error" data-testid="processing-form-errors">
          <MessageBarBody>{t('processing.fixErrors')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div>
        <Button appearance="primary" type="submit" disabled={saving} data-testid="save-processing">
          {saving ? t('processing.saving') : t('processing.save')}
        </Button>{' '}
        <Button type="button" onClick={onCancel}>
          {t('processing.cancel')}
        </Button>
      </div>
    </form>
  );
}
