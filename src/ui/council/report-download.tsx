import * as React from 'react';
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { councilReportHref, REPORT_PERIODS, type ReportPeriodKey } from '../../contracts/council-report';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { errorMessage } from '../shared/error-message';

/**
 * Fetches an API file as the signed-in person and hands it to the browser (a token cannot ride on a
 * plain link in production), under the name the app service gives it; `fallbackName` if it gives none.
 */
export type DownloadFile = (path: string, fallbackName: string) => Promise<void>;

const API_PREFIX = '/api';

/** The report's path under the app service's /api (the connection adds it), from the contract's one address. */
export function reportPath(year: number, lang: Locale, period: ReportPeriodKey = 'year'): string {
  const href = councilReportHref({ year, lang, period });
  if (!href.startsWith(`${API_PREFIX}/`)) throw new Error(`The report's address ${href} is not under ${API_PREFIX}`);
  return href.slice(API_PREFIX.length);
}

/** Only when the app service names no file (it always does: Content-Disposition, src/reports/report-file-name.ts). */
function fallbackName(year: number, period: ReportPeriodKey, lang: Locale): string {
  return `${lang === 'sv' ? 'rapport' : 'report'}-${period}-${year}.docx`;
}

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS } });

export interface ReportDownloadProps {
  readonly year: number;
  readonly locale: Locale;
  readonly t: Translate;
  readonly download: DownloadFile;
  readonly onFailure: (message: string) => void;
}

/**
 * R-REP: the report for the chosen year, as the annual information security report or one of the
 * action plan's follow-ups (tertials T1–T3, halves H1–H2), in the page's language, and in the other on request.
 */
export function ReportDownload({ year, locale, t, download, onFailure }: ReportDownloadProps): JSX.Element {
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [period, setPeriod] = React.useState<ReportPeriodKey>('year');
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const fetchReport = (lang: Locale): void => {
    setBusy(true);
    download(reportPath(year, lang, period), fallbackName(year, period, lang)).then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false);
        onFailure(errorMessage(error, t));
      }
    );
  };
  return (
    <div className={styles.row} role="group" aria-label={t('council.report.heading')}>
      <Field label={t('council.report.period')}>
        <Select value={period} onChange={(_event, data) => setPeriod(REPORT_PERIODS.find((key) => key === data.value) ?? 'year')} data-testid="council-report-period">
          {REPORT_PERIODS.map((key) => (
            <option key={key} value={key}>
              {t(`council.report.periods.${key}`, { year })}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={busy} onClick={() => fetchReport(locale)} data-testid="council-report">
        {t('council.report.download')}
      </Button>
      <Button appearance="subtle" disabled={busy} onClick={() => fetchReport(other)} lang={other} data-testid="council-report-other">
        {t('council.report.downloadOther')}
      </Button>
    </div>
  );
}
