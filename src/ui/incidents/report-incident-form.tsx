import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { PERSONAL_DATA_ANSWERS, type PersonalDataAnswer } from '../../domain/incidents/incident';
import type { IncidentReportInput } from '../../domain/incidents/incident-report';
import type { Translate } from '../../i18n/translator';
import { instantOfWallClock, wallClockOf } from '../register/wall-clock';
import { parseReport, type Choice } from './report-data';
import { SearchableChoice } from './searchable-choice';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '40rem' },
  send: { alignSelf: 'flex-start', minHeight: '40px' },
  when: { maxWidth: '16rem' }
});

/** What the employee has typed, kept as typed (nothing is lost on an error). */
export interface ReportDraft {
  readonly title: string;
  readonly description: string;
  /** The region's wall-clock time, `YYYY-MM-DDTHH:mm` (wall-clock.ts). */
  readonly discoveredAt: string;
  readonly personalData: PersonalDataAnswer | undefined;
  readonly unitId: string | undefined;
  readonly systemId: string | undefined;
}

export function emptyDraft(ownUnitId: string | undefined, timeZone: string, now: Date = new Date()): ReportDraft {
  return { title: '', description: '', discoveredAt: wallClockOf(now.toISOString() as never, timeZone), personalData: undefined, unitId: ownUnitId, systemId: undefined };
}

type FieldKey = 'title' | 'description' | 'discoveredAt' | 'personalData' | 'unitId' | 'systemIds';

export interface ReportIncidentFormProps {
  readonly t: Translate;
  readonly timeZone: string;
  readonly units: readonly Choice[];
  readonly systems: readonly Choice[];
  readonly draft: ReportDraft;
  readonly sending: boolean;
  onDraft(draft: ReportDraft): void;
  onWantSystems(): void;
  onSend(report: IncidentReportInput): void;
}

/** The short report form (R-INC): what, when, personal data or not, where. Validated with the domain's schema. */
export function ReportIncidentForm({ t, timeZone, units, systems, draft, sending, onDraft, onWantSystems, onSend }: ReportIncidentFormProps): JSX.Element {
  const styles = useStyles();
  const [errors, setErrors] = React.useState<ReadonlySet<FieldKey>>(new Set());
  const set = <K extends keyof ReportDraft>(key: K, value: ReportDraft[K]): void => {
    onDraft({ ...draft, [key]: value });
    // An error clears as soon as the field is touched again.
    const field: FieldKey = key === 'systemId' ? 'systemIds' : (key as FieldKey);
    if (errors.has(field)) setErrors(new Set([...errors].filter((error) => error !== field)));
  };
  const error = (key: FieldKey): string | undefined => (errors.has(key) ? t(`incidents.errors.${key}`) : undefined);
  const nowWallClock = wallClockOf(new Date().toISOString() as never, timeZone);

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    const input = {
      title: draft.title,
      description: draft.description,
      discoveredAt: instantOfWallClock(draft.discoveredAt, timeZone) ?? '',
      personalData: draft.personalData ?? '',
      unitId: draft.unitId ?? '',
      systemIds: draft.systemId === undefined ? [] : [draft.systemId]
    };
    const parsed = parseReport(input);
    if (!parsed.success) {
      setErrors(new Set(parsed.error.issues.map((issue) => String(issue.path[0]) as FieldKey)));
      return;
    }
    setErrors(new Set());
    onSend(parsed.data);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate data-testid="report-form">
      {errors.size > 0 ? (
        <MessageBar intent="error" data-testid="report-errors">
          <MessageBarBody>{t('incidents.fixErrors')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label={t('incidents.what')} hint={t('incidents.whatHint')} required validationMessage={error('title')} validationState={error('title') ? 'error' : 'none'}>
        <Input value={draft.title} maxLength={255} data-testid="report-title" onChange={(_, data) => set('title', data.value)} />
      </Field>
      <Field label={t('incidents.description')} hint={t('incidents.descriptionHint')} validationMessage={error('description')} validationState={error('description') ? 'error' : 'none'}>
        <Textarea value={draft.description} resize="vertical" rows={4} data-testid="report-description" onChange={(_, data) => set('description', data.value)} />
      </Field>
      <Field label={t('incidents.when')} hint={t('incidents.whenHint')} required validationMessage={error('discoveredAt')} validationState={error('discoveredAt') ? 'error' : 'none'}>
        <Input className={styles.when} type="datetime-local" value={draft.discoveredAt} max={nowWallClock} data-testid="report-discovered" onChange={(_, data) => set('discoveredAt', data.value)} />
      </Field>
      <Field label={t('incidents.personalData')} hint={t('incidents.personalDataHint')} required validationMessage={error('personalData')} validationState={error('personalData') ? 'error' : 'none'}>
        <RadioGroup layout="horizontal" value={draft.personalData ?? ''} data-testid="report-personal-data" onChange={(_, data) => set('personalData', data.value as PersonalDataAnswer)}>
          {PERSONAL_DATA_ANSWERS.map((answer) => (
            <Radio key={answer} value={answer} label={t(`incidents.personalDataAnswers.${answer}`)} />
          ))}
        </RadioGroup>
      </Field>
      <SearchableChoice
        label={t('incidents.unit')}
        hint={t('incidents.unitHint')}
        choices={units}
        selectedId={draft.unitId}
        required
        error={error('unitId')}
        noMatch={(text) => t('incidents.noMatch', { text })}
        testId="report-unit"
        onSelect={(id) => set('unitId', id)}
      />
      <SearchableChoice
        label={t('incidents.system')}
        hint={t('incidents.systemHint')}
        choices={systems}
        selectedId={draft.systemId}
        error={error('systemIds')}
        noMatch={(text) => t('incidents.noMatch', { text })}
        testId="report-system"
        onSelect={(id) => set('systemId', id)}
        onFirstUse={onWantSystems}
      />
      <Button className={styles.send} appearance="primary" type="submit" disabled={sending} data-testid="report-send">
        {sending ? t('incidents.sending') : t('incidents.send')}
      </Button>
    </form>
  );
}
