import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { OrgUnit } from '../../domain/organisation/org-unit';
import { DPIA_STATUSES, LEGAL_BASES, WORK_STATUSES, type ProcessingActivity } from '../../domain/processing/processing-activity';
import type { Translate } from '../../i18n/translator';
import { ConflictMerge, type MergeChoice } from '../shared/conflict-merge';
import { draftOf, validateDraft, type DraftField, type ProcessingDraft } from './processing-draft';
import { differingDraftFields, mergedDraft } from './processing-merge';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '56rem' },
  text: { margin: 0 },
  // Pairs of related fields side by side. Items start at the top (a neighbour's error message must not
  // stretch a field), and may shrink below their content (a long option stays inside its column).
  pairs: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM, alignItems: 'start', '& > *': { minWidth: 0 } },
  statuses: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM, alignItems: 'start', '& > *': { minWidth: 0 } },
  conflict: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } }
});

export interface ProcessingFormProps {
  /** The stored activity being edited; undefined for a new one. */
  readonly activity: ProcessingActivity | undefined;
  /** After a conflict (412): the version someone else saved meanwhile, to merge with (R-SEC-2). */
  readonly theirs: ProcessingActivity | undefined;
  readonly units: readonly OrgUnit[];
  readonly registryCoordinatorEmail: string;
  readonly saving: boolean;
  readonly t: Translate;
  onSave(activity: ProcessingActivity): void;
  /** Drops the person's draft for the version saved meanwhile. */
  onReload(): void;
  onCancel(): void;
}

/**
 * One processing activity's Art. 30 details and status, validated with the domain schema, errors
 * shown per field (R-ROPA). When someone else saved it meanwhile, their version is shown beside the
 * draft field by field and the person keeps either, or reloads theirs: nothing is lost silently (R-SEC-2).
 */
export function ProcessingForm({ activity, theirs, units, registryCoordinatorEmail, saving, t, onSave, onReload, onCancel }: ProcessingFormProps): JSX.Element {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<ProcessingDraft>(() => draftOf(activity, units.length === 1 ? units[0].id : ''));
  const [issues, setIssues] = React.useState<ReadonlyMap<DraftField, unknown>>(new Map());
  const [choices, setChoices] = React.useState<Partial<Record<DraftField, MergeChoice>>>({});
  const conflictRef = React.useRef<HTMLDivElement>(null);
  const theirDraft = React.useMemo(() => (theirs ? draftOf(theirs, '') : undefined), [theirs]);
  const conflicting = theirDraft ? differingDraftFields(draft, theirDraft) : [];

  // A (new) conflict starts with every field on the person's own value, and takes her to the comparison,
  // which sits above the long form while she pressed Save below it (WCAG 2.4.3).
  React.useEffect(() => {
    setChoices({});
    if (theirs) conflictRef.current?.focus();
  }, [theirs]);

  const set = (field: DraftField): ((_: unknown, data: { value: string }) => void) => (_, data) => setDraft((current) => ({ ...current, [field]: data.value }));
  const errorOf = (field: DraftField): string | undefined => {
    if (!issues.has(field)) return undefined;
    return field === 'thirdCountryTransfers' ? t('processing.transferSafeguard') : t('processing.required', { field: t(`fields.${field}`) });
  };
  const common = (field: DraftField, help?: string): { label: string; hint?: string; validationMessage?: string; validationState: 'error' | 'none' } => ({
    label: t(`fields.${field}`),
    hint: help,
    validationMessage: errorOf(field),
    validationState: issues.has(field) ? 'error' : 'none'
  });
  const display = (key: string, value: string): string => {
    if (key === 'unitId') return units.find((unit) => unit.id === value)?.name ?? value;
    if (key === 'legalBasis') return t(`values.legalBasis.${value}`);
    if (key === 'dpia') return t(`values.dpia.${value}`);
    if (key === 'gapAnalysis' || key === 'actionPlan') return t(`values.work.${value}`);
    return value;
  };

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    // After a conflict the save starts from their version (fields the form does not show keep theirs)
    // with, per differing field, the value chosen. A new activity is the signed-in coordinator's to
    // keep (R-ROPA-1); an edit keeps who holds it.
    const toSave = theirs && theirDraft ? mergedDraft(draft, theirDraft, choices) : draft;
    const base = theirs ?? activity ?? { id: 'new', registryCoordinatorEmail };
    const result = validateDraft(toSave, base);
    setIssues(result.issues);
    if (!result.activity) return;
    // The merge becomes her draft: should yet another save come between, she compares from what she chose.
    if (theirs) setDraft(toSave);
    onSave(result.activity);
  };

  const line = t('processing.help.lines');
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={activity ? t('processing.formEdit', { name: activity.name }) : t('processing.formNew')} data-testid="processing-form">
      {theirs && theirDraft ? (
        <div className={styles.conflict} ref={conflictRef} tabIndex={-1}>
          <ConflictMerge
            fields={conflicting.map((key) => ({ key }))}
            mine={draft}
            theirs={theirDraft}
            choices={choices}
            t={t}
            display={display}
            testId="processing-conflict"
            onChoose={(key, choice) => setChoices((current) => ({ ...current, [key]: choice }))}
          />
          {conflicting.length === 0 ? <Text as="p" className={styles.text}>{t('processing.conflictSame')}</Text> : null}
        </div>
      ) : null}
      <Text as="h4" size={400} weight="semibold" className={styles.text}>
        {t('processing.article30')}
      </Text>
      <Field {...common('name', t('processing.help.name'))} required>
        <Input value={draft.name} onChange={set('name')} data-testid="field-name" />
      </Field>
      <Field {...common('purpose', t('processing.help.purpose'))} required>
        <Textarea value={draft.purpose} onChange={set('purpose')} resize="vertical" data-testid="field-purpose" />
      </Field>
      <div className={styles.pairs}>
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
          <Input value={draft.specialCategoryBasis} onChange={set('specialCategoryBasis')} data-testid="field-special-category-basis" />
        </Field>
        <Field {...common('dataSubjectCategories', line)} required>
          <Textarea value={draft.dataSubjectCategories} onChange={set('dataSubjectCategories')} resize="vertical" data-testid="field-data-subjects" />
        </Field>
        <Field {...common('personalDataCategories', line)} required>
          <Textarea value={draft.personalDataCategories} onChange={set('personalDataCategories')} resize="vertical" data-testid="field-personal-data" />
        </Field>
        <Field {...common('recipients', line)}>
          <Textarea value={draft.recipients} onChange={set('recipients')} resize="vertical" data-testid="field-recipients" />
        </Field>
        <Field {...common('thirdCountryTransfers', t('processing.help.thirdCountryTransfers'))}>
          <Textarea value={draft.thirdCountryTransfers} onChange={set('thirdCountryTransfers')} resize="vertical" data-testid="field-transfers" />
        </Field>
      </div>
      <Field {...common('retention', t('processing.help.retention'))} required>
        <Textarea value={draft.retention} onChange={set('retention')} resize="vertical" data-testid="field-retention" />
      </Field>
      <Field {...common('securityMeasures', t('processing.help.securityMeasures'))}>
        <Textarea value={draft.securityMeasures} onChange={set('securityMeasures')} resize="vertical" data-testid="field-security-measures" />
      </Field>
      <Text as="h4" size={400} weight="semibold" className={styles.text}>
        {t('processing.status')}
      </Text>
      <div className={styles.statuses}>
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
            <Select value={draft[field]} onChange={set(field)} data-testid={`field-${field === 'gapAnalysis' ? 'gap-analysis' : 'action-plan'}`}>
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
          {saving ? t('processing.saving') : theirs ? t('register.conflict.saveMerged') : t('processing.save')}
        </Button>{' '}
        {theirs ? (
          <>
            <Button type="button" onClick={onReload} data-testid="reload-processing">
              {t('register.conflict.reload')}
            </Button>{' '}
          </>
        ) : null}
        <Button type="button" onClick={onCancel}>
          {t('processing.cancel')}
        </Button>
      </div>
    </form>
  );
}
