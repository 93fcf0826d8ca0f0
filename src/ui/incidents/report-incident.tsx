import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import { INCIDENT_API, incidentViewSchema, type IncidentView } from '../../contracts/incidents';
import type { Incident } from '../../domain/incidents/incident';
import type { IncidentReportInput } from '../../domain/incidents/incident-report';
import type { Locale } from '../../domain/shared/localized-text';
import { createTranslator } from '../../i18n/translator';
import { errorMessage } from '../shared/error-message';
import type { WebPartServices } from '../shell/web-part-services';
import { loadMyReports, loadReportSetting, loadSystemChoices, sendReport, type Choice, type ReportSetting } from './report-data';
import { emptyDraft, ReportIncidentForm, type ReportDraft } from './report-incident-form';
import { ReportReceipt } from './report-receipt';
import { MyReports } from './my-reports';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
  text: { margin: 0 }
});

export interface ReportIncidentProps {
  readonly services: WebPartServices;
  readonly locale: Locale;
}

interface Sent {
  readonly incident: Incident;
  readonly view: IncidentView | undefined;
}

/**
 * "Rapportera en händelse" (R-INC): any employee reports with her own identity, so SharePoint's
 * Author is the reporter and the list's item-level security shows her only her own reports; after
 * sending, a receipt says who will look at it; below, her reports.
 */
export function ReportIncident({ services, locale }: ReportIncidentProps): JSX.Element {
  const styles = useStyles();
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const headingId = useId('tillit-report-');
  const mineId = useId('tillit-mine-');
  const zone = services.config.timeZone;
  const [setting, setSetting] = React.useState<ReportSetting | undefined>();
  const [failure, setFailure] = React.useState<string | undefined>();
  const [draft, setDraft] = React.useState<ReportDraft | undefined>();
  const [systems, setSystems] = React.useState<readonly Choice[]>([]);
  const [sending, setSending] = React.useState(false);
  const [sent, setSent] = React.useState<Sent | undefined>();
  const [reports, setReports] = React.useState<readonly Incident[] | undefined>();
  const systemsWanted = React.useRef(false);

  const refreshReports = React.useCallback(
    async (me: string): Promise<void> => {
      try {
        setReports(await loadMyReports(services, me));
      } catch (error) {
        setFailure(errorMessage(error, t));
      }
    },
    [services, t]
  );

  React.useEffect(() => {
    let current = true;
    loadReportSetting(services).then(
      (loaded) => {
        if (!current) return;
        setSetting(loaded);
        setDraft(emptyDraft(loaded.ownUnitId, zone));
        void refreshReports(loaded.me);
      },
      (error: unknown) => current && setFailure(errorMessage(error, t))
    );
    return () => {
      current = false;
    };
  }, [services, zone, t, refreshReports]);

  const wantSystems = (): void => {
    if (systemsWanted.current) return;
    systemsWanted.current = true;
    loadSystemChoices(services).then(setSystems, (error: unknown) => setFailure(errorMessage(error, t)));
  };

  const send = async (report: IncidentReportInput): Promise<void> => {
    if (setting === undefined) return;
    setSending(true);
    setFailure(undefined);
    try {
      const stored = await sendReport(services, report, setting.me);
      // The report is stored. Telling the app service makes the chief and the DSO see it at once (their plan is read
      // afresh) and answers who will look at it (it knows the unit chiefs). If that fails, the report still stands:
      // the receipt then names the roles instead of the people, and the assessors see it at the plan's next read.
      const view = await services.appService.post(INCIDENT_API.reported(stored.id), {}, incidentViewSchema).catch(() => undefined);
      setSent({ incident: { ...stored.record, id: stored.id }, view });
      setDraft(emptyDraft(setting.ownUnitId, zone));
      await refreshReports(setting.me);
    } catch (error) {
      // The draft stays as typed: nothing is lost on an error.
      setFailure(errorMessage(error, t));
    } finally {
      setSending(false);
    }
  };

  const unitName = (id: string): string => setting?.units.find((unit) => unit.id === id)?.name ?? id;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" className={styles.text} size={600} weight="semibold" id={headingId}>
        {t('incidents.heading')}
      </Text>
      <Text as="p" className={styles.text}>
        {t('incidents.intro')}
      </Text>
      {failure ? (
        <MessageBar intent="error" data-testid="report-failure">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      {sent ? (
        <ReportReceipt
          t={t}
          incident={sent.incident}
          unitName={unitName(sent.incident.unitId)}
          view={sent.view}
          timeZone={zone}
          breachHours={services.config.incidents.breachNotificationHours}
          onAnother={() => setSent(undefined)}
        />
      ) : null}
      {setting === undefined && failure === undefined ? <Spinner size="small" label={t('incidents.loading')} /> : null}
      {setting !== undefined && draft !== undefined && sent === undefined ? (
        <ReportIncidentForm
          t={t}
          timeZone={zone}
          units={setting.units}
          systems={systems}
          draft={draft}
          sending={sending}
          onDraft={setDraft}
          onWantSystems={wantSystems}
          onSend={(report) => {
            void send(report);
          }}
        />
      ) : null}
      <Text as="h3" className={styles.text} size={500} weight="semibold" id={mineId}>
        {t('incidents.mine.heading')}
      </Text>
      {reports === undefined ? <Spinner size="tiny" label={t('incidents.loading')} /> : <MyReports t={t} reports={reports} timeZone={zone} headingId={mineId} />}
    </section>
  );
}
