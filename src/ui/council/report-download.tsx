import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { errorMessage } from '../shared/error-message';

/** Fetches an API file as the signed-in person and hands it to the browser (a token cannot ride on a plain link in production). */
export type DownloadFile = (path: string, fileName: string) => Promise<void>;

export const REPORT_PATH = '/council/report';

export function reportPath(year: number, lang: Locale): string {
  return `${REPORT_PATH}?${new URLSearchParams({ year: String(year), lang }).toString()}`;
}

export function reportFileName(year: number, lang: Locale): string {
  return lang === 'sv' ? `informationssakerhetsberattelse-${year}.docx` : `information-security-report-${year}.docx`;
}

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS } });

export interface ReportDownloadProps {
  readonly year: number;
  readonly locale: Locale;
  readonly t: Translate;
  readonly download: DownloadFile;
  readonly onFailure: (message: string) => void;
}

/** R-REP: the annual report for the chosen year, in the page's language, and in the other one on request. */
export function ReportDownload({ year, locale, t, download, onFailure }: ReportDownloadProps): JSX.Element {
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  const fetchReport = (lang: Locale): void => {
    setBusy(true);
    download(reportPath(year, lang), reportFileName(year, lang)).then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false);
        onFailure(errorMessage(error, t));
      }
    );
  };
  return (
    <div className={styles.row}>
      <Button appearance="primary" disabled={busy} onClick={() => fetchReport(locale)} data-testid="council-report">
        {t('council.report.download', { year })}
      </Button>
      <Button appearance="subtle" disabled={busy} onClick={() => fetchReport(other)} lang={other} data-testid="council-report-other">
        {t('council.report.downloadOther')}
      </Button>
    </div>
  );
}
