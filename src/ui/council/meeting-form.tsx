import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { isoDate } from '../../domain/shared/calendar';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import type { AppServiceClient } from '../shell/app-service-client';
import { errorMessage } from '../shared/error-message';
import { recordMeeting, type MeetingActionEntry } from './council-data';
import { DateField } from './date-field';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '48em' },
  action: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
  remove: { alignSelf: 'end' },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' }
});

const EMPTY_ACTION: MeetingActionEntry = { activity: '', responsibleEmail: '', dueOn: '', metric: '' };

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export interface MeetingFormProps {
  readonly appService: AppServiceClient;
  /** The region's today, the date a new meeting starts at. */
  readonly today: string;
  readonly locale: Locale;
  readonly t: Translate;
  readonly onSaved: (notice: string) => void;
  readonly onCancel: () => void;
}

/** R-MTG: a council meeting — date, attendees, minutes, decisions and actions; each action lands in the action plan (R-ACT). */
export function MeetingForm({ appService, today, locale, t, onSaved, onCancel }: MeetingFormProps): JSX.Element {
  const styles = useStyles();
  const todayDate = isoDate(today.slice(0, 10));
  const [heldOn, setHeldOn] = React.useState(today);
  const [attendees, setAttendees] = React.useState('');
  const [minutes, setMinutes] = React.useState('');
  const [decisions, setDecisions] = React.useState('');
  const [actions, setActions] = React.useState<MeetingActionEntry[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>();
  // One key for this form's recording, however often Save is pressed after a lost answer.
  const [requestId] = React.useState(() => crypto.randomUUID());

  const changeAction = (index: number, change: Partial<MeetingActionEntry>): void => setActions((all) => all.map((action, at) => (at === index ? { ...action, ...change } : action)));

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    setFailure(undefined);
    // The app service validates everything again; here only what a person would otherwise lose a round trip on.
    const incomplete = actions.findIndex((action) => action.activity.trim() === '' || action.responsibleEmail.trim() === '' || action.dueOn === '');
    const missing = heldOn === '' ? t('council.meetings.heldOn') : lines(attendees).length === 0 ? t('council.meetings.attendees') : incomplete >= 0 ? t('council.meetings.action', { number: incomplete + 1 }) : undefined;
    if (missing !== undefined) {
      setFailure(t('council.meetings.required', { field: missing }));
      return;
    }
    setBusy(true);
    const entry = {
      requestId,
      heldOn,
      attendeeEmails: lines(attendees).map((email) => email.toLowerCase()),
      ...(minutes.trim() === '' ? {} : { minutes: minutes.trim() }),
      decisions: lines(decisions),
      actions: actions.map((action) => ({
        activity: action.activity.trim(),
        responsibleEmail: action.responsibleEmail.trim().toLowerCase(),
        dueOn: action.dueOn,
        ...(action.metric === undefined || action.metric.trim() === '' ? {} : { metric: action.metric.trim() })
      }))
    };
    recordMeeting(appService, entry).then(
      () => onSaved(t('council.meetings.saved', { date: heldOn, actions: actions.length })),
      (error: unknown) => {
        setBusy(false);
        setFailure(errorMessage(error, t));
      }
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t('council.meetings.recordHeading')} data-testid="meeting-form" noValidate>
      <Field label={t('council.meetings.heldOn')} required>
        <DateField value={heldOn} onChange={setHeldOn} today={todayDate} locale={locale} t={t} testId="meeting-date" />
      </Field>
      <Field label={t('council.meetings.attendees')} hint={t('council.meetings.attendeesHint')} required>
        <Textarea value={attendees} onChange={(_event, data) => setAttendees(data.value)} resize="vertical" data-testid="meeting-attendees" />
      </Field>
      <Field label={t('council.meetings.minutes')}>
        <Textarea value={minutes} onChange={(_event, data) => setMinutes(data.value)} resize="vertical" maxLength={10000} data-testid="meeting-minutes" />
      </Field>
      <Field label={t('council.meetings.decisions')} hint={t('council.meetings.decisionsHint')}>
        <Textarea value={decisions} onChange={(_event, data) => setDecisions(data.value)} resize="vertical" data-testid="meeting-decisions" />
      </Field>
      {actions.map((action, index) => (
        <fieldset key={index} className={styles.action} data-testid={`meeting-action-${index + 1}`}>
          <legend className={styles.legend}>{t('council.meetings.action', { number: index + 1 })}</legend>
          <Field label={t('council.meetings.actionActivity')} required>
            <Input value={action.activity} onChange={(_event, data) => changeAction(index, { activity: data.value })} data-testid="action-activity" />
          </Field>
          <Field label={t('council.meetings.actionOwner')} required>
            <Input type="email" value={action.responsibleEmail} onChange={(_event, data) => changeAction(index, { responsibleEmail: data.value })} data-testid="action-owner" />
          </Field>
          <Field label={t('council.meetings.actionDue')} required>
            <DateField value={action.dueOn} onChange={(dueOn) => changeAction(index, { dueOn })} today={todayDate} locale={locale} t={t} testId="action-due" />
          </Field>
          <Field label={t('council.meetings.actionMetric')}>
            <Input value={action.metric ?? ''} onChange={(_event, data) => changeAction(index, { metric: data.value })} data-testid="action-metric" />
          </Field>
          <Button className={styles.remove} onClick={() => setActions((all) => all.filter((_action, at) => at !== index))}>{t('council.meetings.removeAction', { number: index + 1 })}</Button>
        </fieldset>
      ))}
      {failure !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button onClick={() => setActions((all) => [...all, EMPTY_ACTION])} data-testid="meeting-add-action">
          {t('council.meetings.addAction')}
        </Button>
        <Button type="submit" appearance="primary" disabled={busy} data-testid="meeting-save">
          {t('council.meetings.save')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('council.meetings.cancel')}
        </Button>
      </div>
    </form>
  );
}
