import * as React from 'react';
import { Button, Card, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { parseAreaReportSubPageId, type AreaReportTarget } from '../../contracts/area-report-link';
import { councilReportHref } from '../../contracts/council-report';
import type { Locale } from '../../domain/shared/localized-text';
import { areaReportOffer as en } from '../../i18n/en/area-report-offer';
import { areaReportOffer as sv, type AreaReportOfferText } from '../../i18n/sv/area-report-offer';
import { reportFileName } from '../../reports/report-file-name';
import type { DownloadFile } from '../council/report-download';

const TEXTS: Record<Locale, AreaReportOfferText> = { sv, en };

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const useStyles = makeStyles({
  // Inset as My tasks' own content below it.
  card: { marginTop: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalS, marginLeft: tokens.spacingHorizontalL, marginRight: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM }
});

/** `/council/report?…` under the API (the connection's download adds `/api`): the area's own follow-up in the tab's language. */
export function areaReportPath(target: AreaReportTarget, locale: Locale): string {
  return councilReportHref({ year: target.year, lang: locale, period: target.period, unit: target.unit }).replace(/^\/api/, '');
}

export interface AreaReportOfferProps {
  /** The sub-page id or the address's `areaReport`, as written (validated here). */
  readonly request: string;
  readonly locale: Locale;
  /** The tab connection's download: the caller's own token (or, locally, the demo identity's cookie). */
  readonly download: DownloadFile;
}

type State = { readonly kind: 'ready' } | { readonly kind: 'busy' } | { readonly kind: 'done' } | { readonly kind: 'failed'; readonly reason: string };

/**
 * R-REP, the action plan's section 4: the area's follow-up the bot's May/December card linked to,
 * offered for download with the tab's connection (the report route wants the caller's token, which a
 * link opened in a browser does not carry). A link that does not validate says so and fetches nothing.
 */
export function AreaReportOffer({ request, locale, download }: AreaReportOfferProps): JSX.Element {
  const styles = useStyles();
  const text = TEXTS[locale];
  const parsed = React.useMemo(() => parseAreaReportSubPageId(request), [request]);
  const [state, setState] = React.useState<State>({ kind: 'ready' });
  if (!parsed.ok) {
    // The person is told in their language; the technical reason (English, for whoever is asked for help) rides along.
    return (
      <MessageBar intent="error" data-testid="area-report-bad-link" data-problem={parsed.problem} className={styles.card}>
        <MessageBarBody>{text.badLink}</MessageBarBody>
      </MessageBar>
    );
  }
  const { target } = parsed;
  const fetchReport = (): void => {
    setState({ kind: 'busy' });
    download(areaReportPath(target, locale), reportFileName(target.year, target.period, target.unit).name).then(
      () => setState({ kind: 'done' }),
      (error: unknown) => setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) })
    );
  };
  return (
    <Card className={styles.card} data-testid="area-report-offer" aria-labelledby="area-report-offer-heading">
      <Text as="h2" size={500} weight="semibold" id="area-report-offer-heading">
        {text.heading}
      </Text>
      <Text>{fill(text.intro, { period: fill(text.periods[target.period], { year: target.year }) })}</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.kind === 'busy'} onClick={fetchReport} data-testid="area-report-download">
          {state.kind === 'busy' ? text.downloading : text.download}
        </Button>
        {state.kind === 'done' && (
          <Text role="status" data-testid="area-report-done">
            {text.downloaded}
          </Text>
        )}
      </div>
      {state.kind === 'failed' && (
        <MessageBar intent="error" data-testid="area-report-failed">
          <MessageBarBody>{fill(text.failed, { reason: state.reason })}</MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
