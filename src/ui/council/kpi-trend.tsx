import * as React from 'react';
import type { LineChartPoints } from '@fluentui/react-charts';
import { LineChart } from './lazy-charts';
import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { GOAL_AREA_KEYS, type CouncilDashboard } from '../../contracts/council-dashboard';
import type { Locale } from '../../domain/shared/localized-text';
import type { Translate } from '../../i18n/translator';
import { ChartWithTable } from './chart-with-table';
import { formatDate, formatPercent, intlLocale, measureLabel } from './council-format';
import { DataTable, type DataColumn } from './data-table';

type TrendPoint = CouncilDashboard['trend'][number];
type GoalAreaKey = (typeof GOAL_AREA_KEYS)[number];

interface TrendMeasure {
  readonly key: string;
  readonly name: string;
}

/** One goal area's measures that appear in any point, in the order they are listed (a measure can come or go over the years). */
function trendMeasures(points: readonly TrendPoint[], area: GoalAreaKey, locale: Locale, t: Translate): TrendMeasure[] {
  const seen = new Map<string, TrendMeasure>();
  for (const point of points) {
    for (const goalArea of point.goalAreas) {
      if (goalArea.area !== area) continue;
      for (const measure of goalArea.measures) if (!seen.has(measure.key)) seen.set(measure.key, { key: measure.key, name: measureLabel(measure, locale, t) });
    }
  }
  return [...seen.values()];
}

function measureIn(point: TrendPoint, key: string): TrendPoint['goalAreas'][number]['measures'][number] | undefined {
  for (const goalArea of point.goalAreas) {
    const found = goalArea.measures.find((measure) => measure.key === key);
    if (found !== undefined) return found;
  }
  return undefined;
}

export interface KpiTrendProps {
  readonly trend: CouncilDashboard['trend'];
  readonly locale: Locale;
  readonly t: Translate;
}

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS }, picker: { maxWidth: '28em' } });

/**
 * R-KPI: one goal area's measures over the stored snapshots and today's figures, as lines and as a
 * table. One goal area at a time: all of them at once were a dozen lines no one could follow.
 */
export function KpiTrend({ trend, locale, t }: KpiTrendProps): JSX.Element {
  const styles = useStyles();
  const [area, setArea] = React.useState<GoalAreaKey>(GOAL_AREA_KEYS[0]);
  const points = React.useMemo(() => [...trend].sort((a, b) => a.asOf.localeCompare(b.asOf)), [trend]);
  const measures = React.useMemo(() => trendMeasures(points, area, locale, t), [points, area, locale, t]);
  if (points.length === 0) return <Text as="p">{t('council.kpis.trendEmpty')}</Text>;
  const title = `${t('council.kpis.trendHeading')}: ${t(`goalAreas.${area}`)}`;
  const lines: LineChartPoints[] = measures.map((measure) => ({
    legend: measure.name,
    data: points.flatMap((point) => {
      const found = measureIn(point, measure.key);
      return found?.percent === undefined ? [] : [{ x: new Date(`${point.asOf}T12:00:00Z`), y: Math.round(found.percent * 10) / 10 }];
    })
  }));
  const ticks = points.length <= 8 ? [...new Set(points.map((point) => point.asOf))].map((day) => new Date(`${day}T12:00:00Z`)) : undefined;
  const columns: DataColumn[] = [
    { key: 'asOf', header: t('council.kpis.asOf') },
    { key: 'source', header: t('council.kpis.source') },
    ...measures.map((measure) => ({ key: measure.key, header: measure.name, numeric: true }))
  ];
  return (
    <div className={styles.root}>
      <Field label={t('council.kpis.goalArea')} className={styles.picker}>
        <Select value={area} onChange={(_event, data) => setArea(data.value as GoalAreaKey)} data-testid="kpi-trend-area">
          {GOAL_AREA_KEYS.map((key) => (
            <option key={key} value={key}>
              {t(`goalAreas.${key}`)}
            </option>
          ))}
        </Select>
      </Field>
      {points.length === 1 && <Text as="p">{t('council.kpis.trendEmpty')}</Text>}
      <ChartWithTable
      t={t}
      name={title}
      testId="kpi-trend"
      chart={() => (
        <LineChart
          data={{ chartTitle: title, lineChartData: lines }}
          height={300}
          yMinValue={0}
          yMaxValue={100}
          yAxisTitle={t('council.kpis.trendAxis')}
          culture={intlLocale(locale)}
          // Room for the last date's label at the right edge ("1 jan. 2027" was clipped).
          margins={{ left: 48, right: 48, top: 20, bottom: 35 }}
          // The points' days, written as the region writes dates (the chart's own format showed a lone point as "12 em").
          tickValues={ticks}
          customDateTimeFormatter={(date) => formatDate(date.toISOString(), locale)}
        />
      )}
      table={() => (
        <DataTable
          caption={title}
          columns={columns}
          rows={points.map((point) => ({
            key: `${point.asOf}-${point.source}`,
            cells: {
              asOf: formatDate(point.asOf, locale),
              source: t(`council.kpis.sources.${point.source}`),
              ...Object.fromEntries(
                measures.map((measure) => {
                  const found = measureIn(point, measure.key);
                  return [measure.key, found === undefined ? '–' : `${formatPercent(found.percent, locale, t)} (${found.numerator}/${found.denominator})`];
                })
              )
            }
          }))}
        />
      )}
      />
    </div>
  );
}
