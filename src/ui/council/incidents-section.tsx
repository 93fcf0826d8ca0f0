import * as React from 'react';
import { HorizontalBarChartWithAxis } from './lazy-charts';
import { Badge, Text } from '@fluentui/react-components';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { ChartWithTable } from './chart-with-table';
import { breachClockAt } from './breach-clock-now';
import { formatInstant, intlLocale } from './council-format';
import { DataTable } from './data-table';

type IncidentRow = CouncilDashboard['incidents']['open'][number];

/** The 72-hour clock of a possible personal data breach (GDPR art. 33, R-INC) in words, with its state's colour. */
function ClockBadge({ clock: answered, nowMs, locale, t }: { readonly clock: IncidentRow['clock']; readonly nowMs: number; readonly locale: Locale; readonly t: Translate }): JSX.Element {
  if (answered === undefined) return <Text>{t('council.incidents.noClock')}</Text>;
  // From the deadline against this browser's clock: the answer may be a stored one, hours old.
  const clock = { ...answered, ...breachClockAt(answered, nowMs) };
  const running = clock.state === 'running';
  const overdue = clock.state === 'overdue';
  // Whole hours; never "0 hours": under an hour either way reads as 1.
  const hours = Math.max(1, Math.round(Math.abs(clock.hoursLeft)));
  return (
    <span>
      <Badge appearance="tint" shape="rounded" color={overdue ? 'danger' : running ? 'warning' : 'informative'}>
        {t(`values.breachClock.${clock.state}`)}
      </Badge>{' '}
      <Text>
        {running ? t('council.incidents.hoursLeft', { hours }) : overdue ? t('council.incidents.hoursOver', { hours }) : ''} ({formatInstant(clock.deadline, locale)})
      </Text>
    </span>
  );
}

export interface IncidentsSectionProps {
  readonly incidents: CouncilDashboard['incidents'];
  readonly year: number;
  readonly locale: Locale;
  readonly t: Translate;
}

/** The browser's clock, read again every minute while a breach clock runs on the page. */
function useMinuteClock(ticking: boolean): number {
  const [nowMs, setNowMs] = React.useState(() => Date.now());
  React.useEffect(() => {
    if (!ticking) return undefined;
    const timer = window.setInterval(() => setNowMs(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, [ticking]);
  return nowMs;
}

/** R-INC: the year's reports by category, and the open ones with possible breaches' clocks first. */
export function IncidentsSection({ incidents, year, locale, t }: IncidentsSectionProps): JSX.Element {
  const nowMs = useMinuteClock(incidents.open.some((incident) => incident.clock?.state === 'running'));
  const categories = Object.entries(incidents.byCategory);
  const categoryName = (key: string): string => t(`values.incidentCategory.${key}`, { defaultValue: key });
  const title = t('council.incidents.byCategory', { year });
  return (
    <>
      <ChartWithTable
        t={t}
        name={title}
        testId="incidents-by-category"
        chart={() => (
          <HorizontalBarChartWithAxis
            data={categories.map(([key, count]) => ({ y: categoryName(key), x: count, legend: categoryName(key) }))}
            height={120 + categories.length * 48}
            barHeight={24}
            // Counts are whole: as many ticks as the largest count allows, never halves.
            xAxisTickCount={Math.max(1, Math.min(5, ...categories.map(([, count]) => count)))}
            hideLegend
            showYAxisLables
            chartTitle={title}
            xAxisTitle={t('council.incidents.count')}
            culture={intlLocale(locale)}
          />
        )}
        table={() => (
          <DataTable
            caption={title}
            columns={[{ key: 'category', header: t('council.incidents.category') }, { key: 'count', header: t('council.incidents.count'), numeric: true }]}
            rows={categories.map(([key, count]) => ({ key, cells: { category: categoryName(key), count } }))}
          />
        )}
      />
      {incidents.open.length === 0 ? (
        <Text as="p">{t('council.incidents.none')}</Text>
      ) : (
        <DataTable
          caption={t('council.incidents.open')}
          testId="open-incidents"
          columns={[
            { key: 'title', header: t('council.incidents.title') },
            { key: 'category', header: t('council.incidents.category') },
            { key: 'status', header: t('council.incidents.status') },
            { key: 'reportedAt', header: t('council.incidents.reportedAt') },
            { key: 'clock', header: t('council.incidents.clock') }
          ]}
          rows={incidents.open.map((incident) => ({
            key: incident.id,
            cells: {
              title: incident.title,
              category: categoryName(incident.category),
              status: t(`values.incidentStatus.${incident.status}`, { defaultValue: incident.status }),
              reportedAt: formatInstant(incident.reportedAt, locale),
              clock: <ClockBadge clock={incident.clock} nowMs={nowMs} locale={locale} t={t} />
            }
          }))}
        />
      )}
    </>
  );
}
