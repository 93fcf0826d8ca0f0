import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../domain/shared/localized-text';
import { createTranslator } from '../../i18n/translator';
import type { AppServiceClient } from '../shell/app-service-client';
import { errorMessage } from '../shared/error-message';
import { useAfterFirstPaint } from '../shared/use-after-first-paint';
import { ActionPlanSection } from './action-plan-section';
import { takeSnapshot } from './council-data';
import { formatDate } from './council-format';
import { CouncilSection } from './council-section';
import { IncidentsSection } from './incidents-section';
import { KpiCards } from './kpi-cards';
import { KpiTrend } from './kpi-trend';
import { MaturitySection } from './maturity-section';
import { MeetingsSection } from './meetings-section';
import { OverdueSection } from './overdue-section';
import { ReportDownload, type DownloadFile } from './report-download';
import { RiskHeatMap } from './risk-heat-map';
import { StoredFiguresNote } from './stored-figures-note';
import { useCouncilDashboard } from './use-council-dashboard';

/** The forms open on a click: they come in chunks of their own, not with the first render (issue 10). */
const MaturityForm = React.lazy(() => import(/* webpackChunkName: 'tillit-council-forms' */ './maturity-form').then((module) => ({ default: module.MaturityForm })));
const MeetingForm = React.lazy(() => import(/* webpackChunkName: 'tillit-council-forms' */ './meeting-form').then((module) => ({ default: module.MeetingForm })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL, padding: tokens.spacingHorizontalXL, maxWidth: '90em' },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  text: { margin: 0 }
});

type Notice = { readonly intent: 'success' | 'error'; readonly text: string };

export interface CouncilDashboardProps {
  readonly appService: AppServiceClient;
  readonly download: DownloadFile;
  readonly locale: Locale;
  /** The SharePoint site's origin, for the risks' links (none: titles only). */
  readonly siteOrigin?: string;
}

/**
 * The security council's dashboard (issue 10): built only from what `GET /api/council/dashboard`
 * answers (src/contracts/council-dashboard.ts), the same figures the annual report is written from.
 * Each write (maturity, meeting, snapshot) is followed by a fresh read.
 */
export function CouncilDashboard({ appService, download, locale, siteOrigin }: CouncilDashboardProps): JSX.Element {
  const styles = useStyles();
  const t = React.useMemo(() => createTranslator(locale), [locale]);
  const [year, setYear] = React.useState<number | undefined>();
  const { loaded, reload: readAgain, liveSwaps } = useCouncilDashboard(appService, year, t);
  const [notice, setNotice] = React.useState<Notice | undefined>();
  const [form, setForm] = React.useState<'maturity' | 'meeting' | undefined>();
  const [snapshotBusy, setSnapshotBusy] = React.useState(false);
  // The header and the KPI cards first; the sections below (tables of risks, actions, meetings) a frame later.
  const restShown = useAfterFirstPaint();

  const reload = (text?: string): void => {
    setForm(undefined);
    if (text !== undefined) setNotice({ intent: 'success', text });
    readAgain();
  };

  if (loaded.state === 'loading') return <Spinner className={styles.root} label={t('council.loading')} />;
  if (loaded.state === 'failed') {
    return (
      <div className={styles.root}>
        <MessageBar intent="error">
          <MessageBarBody>{loaded.message}</MessageBarBody>
        </MessageBar>
        <Button onClick={() => reload()}>{t('council.retry')}</Button>
      </div>
    );
  }
  const { dashboard, freshness } = loaded;

  const snapshot = (): void => {
    setSnapshotBusy(true);
    setNotice(undefined);
    takeSnapshot(appService).then(
      () => {
        setSnapshotBusy(false);
        reload(t('council.snapshot.taken', { asOf: formatDate(dashboard.asOf, locale) }));
      },
      (error: unknown) => {
        setSnapshotBusy(false);
        setNotice({ intent: 'error', text: errorMessage(error, t) });
      }
    );
  };

  return (
    <div className={styles.root} data-testid="council-dashboard" data-year={dashboard.year} data-as-of={dashboard.asOf} data-served-from={dashboard.servedFrom ?? 'live'}>
      <header className={styles.header}>
        <Text as="h1" size={700} weight="semibold" className={styles.heading}>
          {t('council.title')}
        </Text>
        <Text as="p" className={styles.text}>
          {t('council.intro', { year: dashboard.year, asOf: formatDate(dashboard.asOf, locale) })}
        </Text>
        <StoredFiguresNote freshness={freshness} computedAt={dashboard.computedAt} liveSwaps={liveSwaps} locale={locale} t={t} onRetry={() => reload()} />
        <div className={styles.toolbar}>
          <Field label={t('council.year')}>
            <Select value={String(dashboard.year)} onChange={(_event, data) => setYear(Number(data.value))} data-testid="council-year">
              {dashboard.years.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {candidate}
                </option>
              ))}
            </Select>
          </Field>
          {dashboard.may.takeSnapshot && (
            <Button onClick={snapshot} disabled={snapshotBusy} title={t('council.snapshot.hint')} data-testid="council-snapshot">
              {t('council.snapshot.take')}
            </Button>
          )}
          <ReportDownload year={dashboard.year} locale={locale} t={t} download={download} onFailure={(text) => setNotice({ intent: 'error', text })} />
        </div>
        <div aria-live="polite">
          {notice !== undefined && (
            <MessageBar intent={notice.intent} data-testid="council-notice">
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </header>

      <CouncilSection heading={t('council.kpis.heading')} testId="section-kpis">
        {dashboard.goalAreasFrom !== undefined && dashboard.goalAreasFrom !== 'live' && (
          <Text as="p" className={styles.text} data-testid="kpis-stored">
            {t('council.kpis.stored', { year: dashboard.year, source: t(`council.kpis.sources.${dashboard.goalAreasFrom}`) })}
          </Text>
        )}
        <KpiCards goalAreas={dashboard.goalAreas} locale={locale} t={t} />
        <Text as="h3" size={400} weight="semibold" className={styles.heading}>
          {t('council.kpis.trendHeading')}
        </Text>
        {restShown && <KpiTrend trend={dashboard.trend} locale={locale} t={t} />}
      </CouncilSection>

      {restShown && (
        <>
        <CouncilSection
          heading={t('council.maturity.heading')}
          testId="section-maturity"
          action={dashboard.may.recordMaturity && form !== 'maturity' ? <Button onClick={() => setForm('maturity')}>{t('council.maturity.record')}</Button> : undefined}
        >
          {form === 'maturity' && (
            <React.Suspense fallback={<Spinner size="tiny" label={t('council.loadingForm')} />}>
              <MaturityForm maturity={dashboard.maturity} year={dashboard.year} appService={appService} locale={locale} t={t} onSaved={reload} onCancel={() => setForm(undefined)} />
            </React.Suspense>
          )}
          <MaturitySection maturity={dashboard.maturity} year={dashboard.year} locale={locale} t={t} />
        </CouncilSection>

        <CouncilSection heading={t('council.risks.heading')} testId="section-risks">
          <RiskHeatMap risks={dashboard.risks} locale={locale} t={t} siteOrigin={siteOrigin} />
        </CouncilSection>

        <CouncilSection heading={t('council.overdue.heading')} testId="section-overdue">
          <OverdueSection overdue={dashboard.overdue} locale={locale} t={t} />
        </CouncilSection>

        <CouncilSection heading={t('council.incidents.heading')} testId="section-incidents">
          <IncidentsSection incidents={dashboard.incidents} year={dashboard.year} locale={locale} t={t} />
        </CouncilSection>

        <CouncilSection heading={t('council.actions.heading')} testId="section-actions">
          <ActionPlanSection actions={dashboard.actionPlan} locale={locale} t={t} />
        </CouncilSection>

        <CouncilSection
          heading={t('council.meetings.heading')}
          testId="section-meetings"
          action={dashboard.may.recordMeeting && form !== 'meeting' ? <Button onClick={() => setForm('meeting')} data-testid="meeting-record">{t('council.meetings.record')}</Button> : undefined}
        >
          {form === 'meeting' && (
            <React.Suspense fallback={<Spinner size="tiny" label={t('council.loadingForm')} />}>
              <MeetingForm appService={appService} today={dashboard.asOf} locale={locale} t={t} onSaved={reload} onCancel={() => setForm(undefined)} />
            </React.Suspense>
          )}
          <MeetingsSection meetings={dashboard.meetings} actionPlan={dashboard.actionPlan} locale={locale} t={t} />
        </CouncilSection>
        </>
      )}
    </div>
  );
}
