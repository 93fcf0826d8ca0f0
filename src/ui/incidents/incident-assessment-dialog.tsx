import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens
} from '@fluentui/react-components';
import { INCIDENT_API, incidentViewSchema, type AssessmentRequest, type IncidentView } from '../../contracts/incidents';
import { INCIDENT_CATEGORIES } from '../../domain/incidents/incident';
import type { Locale } from '../../domain/shared/localized-text';
import { createTranslator, type Translate } from '../../i18n/translator';
import { instantOfWallClock, wallClockOf } from '../register/wall-clock';
import { errorMessage } from '../shared/error-message';
import type { WebPartServices } from '../shell/web-part-services';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  // An e-mail address or a long system name breaks rather than runs out of the dialog.
  detail: { margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalL },
  description: { whiteSpace: 'pre-wrap', margin: 0 }
});

export interface IncidentAssessmentDialogProps {
  readonly services: WebPartServices;
  readonly locale: Locale;
  /** The incident's id (My tasks: the nudge item's subjectId). */
  readonly incidentId: string;
  readonly open: boolean;
  /** `assessed` is true when an assessment was saved, so the caller reloads what is owed. */
  onClose(assessed: boolean): void;
}

interface Draft {
  status: 'assessed' | 'closed';
  category: (typeof INCIDENT_CATEGORIES)[number];
  reportable: '' | 'yes' | 'no';
  reportedAt: string;
}

function draftOf(view: IncidentView, zone: string): Draft {
  const { incident } = view;
  return {
    status: incident.status === 'closed' ? 'closed' : 'assessed',
    category: incident.category,
    reportable: incident.reportableToAuthority === undefined ? '' : incident.reportableToAuthority ? 'yes' : 'no',
    reportedAt: incident.reportedToAuthorityAt === undefined ? '' : wallClockOf(incident.reportedToAuthorityAt, zone)
  };
}

/** The 72-hour clock in words: time left, or how long overdue, with the deadline (R-INC). */
export function clockText(view: IncidentView, t: Translate, zone: string): string | undefined {
  const { clock } = view;
  const deadline = clock.deadline === undefined ? '' : wallClockOf(clock.deadline, zone).replace('T', ' ');
  if (clock.state === 'running' && clock.minutesLeft !== undefined) {
    return t('incidents.dialog.clockLeft', { hours: Math.floor(clock.minutesLeft / 60), minutes: clock.minutesLeft % 60, deadline });
  }
  if (clock.state === 'overdue' && clock.minutesLeft !== undefined) {
    const hours = Math.floor(-clock.minutesLeft / 60);
    // Past two days, hours stop being a figure anyone reads ("249 timmar sedan"): days say it.
    return hours < 48 ? t('incidents.dialog.clockOverdue', { deadline, hours }) : t('incidents.dialog.clockOverdueDays', { deadline, days: Math.floor(hours / 24) });
  }
  if (clock.state === 'not-a-breach') return undefined;
  return t(`values.breachClock.${clock.state}`);
}

/**
 * One incident for its unit chief or the DSO (R-INC): what was reported, the 72-hour clock to IMY,
 * and the assessment, sent to the app service with the ETag it was read with (a change in between is
 * refused, never overwritten: R-SEC-2). Only the DSO sees the IMY fields (R-SEC-1).
 */
/** Whoever assessed it by name when they are one of the people the view names (they usually are), else by e-mail. */
function nameOf(view: IncidentView, email: string | undefined): string | undefined {
  if (email === undefined) return undefined;
  const known = [view.reporter, view.unitChief, ...view.dataProtectionOfficers].find((person) => person?.email.toLowerCase() === email.toLowerCase());
  return known?.name ?? email;
}

export function IncidentAssessmentDialog({ services, locale, incidentId, open, onClose }: IncidentAssessmentDialogProps): JSX.Element {
  const styles = useStyles();
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const zone = services.config.timeZone;
  const [view, setView] = React.useState<IncidentView | undefined>();
  const [draft, setDraft] = React.useState<Draft | undefined>();
  const [notice, setNotice] = React.useState<{ intent: 'error' | 'success'; text: string } | undefined>();
  const [saving, setSaving] = React.useState(false);
  const [saved, setSaved] = React.useState(false);

  const load = React.useCallback(async (): Promise<void> => {
    try {
      const read = await services.appService.get(INCIDENT_API.incident(incidentId), incidentViewSchema);
      setView(read);
      setDraft(draftOf(read, zone));
    } catch (error) {
      setNotice({ intent: 'error', text: errorMessage(error, t) });
    }
  }, [services, incidentId, zone, t]);

  React.useEffect(() => {
    if (open) void load();
  }, [open, load]);

  const save = async (): Promise<void> => {
    if (view === undefined || draft === undefined) return;
    const reportedAt = draft.reportedAt === '' ? undefined : instantOfWallClock(draft.reportedAt, zone);
    const request: AssessmentRequest = {
      etag: view.etag,
      status: draft.status,
      category: draft.category,
      ...(view.access.decideForAuthority ? { authority: { reportable: draft.reportable === '' ? undefined : draft.reportable === 'yes', reportedAt } } : {})
    };
    setSaving(true);
    try {
      const answer = await services.appService.post(INCIDENT_API.assessment(incidentId), request, incidentViewSchema);
      setView(answer);
      setDraft(draftOf(answer, zone));
      setSaved(true);
      setNotice({ intent: 'success', text: t('incidents.dialog.saved') });
    } catch (error) {
      // The draft stays; on a conflict the person reads the incident again and decides anew.
      setNotice({ intent: 'error', text: errorMessage(error, t) });
    } finally {
      setSaving(false);
    }
  };

  const shown = (at: string): string => wallClockOf(at as never, zone).replace('T', ' ');
  const incident = view?.incident;
  const clock = view === undefined ? undefined : clockText(view, t, zone);
  const fact = (term: string, detail: string | undefined): JSX.Element | null =>
    detail === undefined || detail === '' ? null : (
      <>
        <dt className={styles.term}>{term}</dt>
        <dd className={styles.detail}>{detail}</dd>
      </>
    );

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose(saved)}>
      <DialogSurface data-testid="incident-assessment-dialog">
        <DialogBody>
          <DialogTitle>{incident?.title ?? t('incidents.dialog.title')}</DialogTitle>
          <DialogContent>
            {notice ? (
              <MessageBar intent={notice.intent} data-testid="assessment-notice" data-intent={notice.intent}>
                <MessageBarBody>{notice.text}</MessageBarBody>
              </MessageBar>
            ) : null}
            {view === undefined && notice === undefined ? <Spinner size="small" label={t('incidents.dialog.loading')} /> : null}
            {view !== undefined && incident !== undefined && draft !== undefined ? (
              <>
                {clock ? (
                  <MessageBar intent={view.clock.state === 'overdue' || view.clock.state === 'reported-late' ? 'error' : 'warning'} data-testid="assessment-clock" data-state={view.clock.state}>
                    <MessageBarBody>{clock}</MessageBarBody>
                  </MessageBar>
                ) : null}
                {incident.description === '' ? null : <Text as="p" className={styles.description}>{incident.description}</Text>}
                <dl className={styles.facts}>
                  {fact(t('incidents.dialog.reportedBy'), view.reporter.name)}
                  {fact(t('incidents.dialog.discoveredAt'), shown(incident.discoveredAt))}
                  {fact(t('incidents.dialog.reportedAt'), shown(incident.reportedAt))}
                  {fact(t('incidents.dialog.unit'), view.unitName)}
                  {fact(t('incidents.dialog.systems'), view.systemNames.join(', '))}
                  {fact(t('incidents.dialog.personalData'), incident.personalData === undefined ? t('incidents.dialog.personalDataUnknown') : t(`incidents.personalDataAnswers.${incident.personalData}`))}
                  {fact(t('incidents.dialog.deciders'), [view.unitChief?.name, ...view.dataProtectionOfficers.map((person) => person.name)].filter(Boolean).join(', '))}
                  {fact(t('incidents.dialog.assessedBy'), nameOf(view, incident.assessedBy))}
                </dl>
                {view.access.assess ? (
                  <div className={styles.form}>
                    <Field label={t('incidents.dialog.status')}>
                      <Select value={draft.status} data-testid="assessment-status" onChange={(_, data) => setDraft({ ...draft, status: data.value as Draft['status'] })}>
                        <option value="assessed">{t('incidents.dialog.statuses.assessed')}</option>
                        <option value="closed">{t('incidents.dialog.statuses.closed')}</option>
                      </Select>
                    </Field>
                    <Field label={t('incidents.dialog.category')}>
                      <Select value={draft.category} data-testid="assessment-category" onChange={(_, data) => setDraft({ ...draft, category: data.value as Draft['category'] })}>
                        {INCIDENT_CATEGORIES.map((category) => (
                          <option key={category} value={category}>
                            {t(`values.incidentCategory.${category}`)}
                          </option>
                        ))}
                      </Select>
                    </Field>
                    {view.access.decideForAuthority ? (
                      <>
                        <Field label={t('incidents.dialog.reportable')} hint={t('incidents.dialog.reportableHint')}>
                          <Select value={draft.reportable} data-testid="assessment-reportable" onChange={(_, data) => setDraft({ ...draft, reportable: data.value as Draft['reportable'] })}>
                            <option value="">{t('values.yesNo.undecided')}</option>
                            <option value="yes">{t('values.yesNo.yes')}</option>
                            <option value="no">{t('values.yesNo.no')}</option>
                          </Select>
                        </Field>
                        <Field label={t('incidents.dialog.reportedToAuthorityAt')} hint={t('incidents.dialog.reportedToAuthorityAtHint')}>
                          <Input type="datetime-local" value={draft.reportedAt} data-testid="assessment-reported-at" onChange={(_, data) => setDraft({ ...draft, reportedAt: data.value })} />
                        </Field>
                      </>
                    ) : null}
                  </div>
                ) : (
                  <Text as="p">{t('incidents.dialog.readOnly')}</Text>
                )}
              </>
            ) : null}
          </DialogContent>
          <DialogActions>
            {view?.access.assess ? (
              <Button appearance="primary" disabled={saving} onClick={() => {
                  void save();
                }} data-testid="assessment-save">
                {saving ? t('incidents.dialog.saving') : t('incidents.dialog.save')}
              </Button>
            ) : null}
            <Button onClick={() => onClose(saved)} data-testid="assessment-close">
              {t('incidents.dialog.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
