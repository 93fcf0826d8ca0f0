import { GOAL_AREA_KEYS, type MeasureData } from '../../contracts/council-dashboard';
import { body, chart, dataTable, gap, heading, type TableColumn } from '../docx/report-blocks';
import { columnSharesFor, wordsFitIn } from '../docx/column-shares';
import { meetsTarget } from '../report-figures';
import { measureLabel, percentOrNotMeasured, type ReportBlock, type ReportContext } from '../report-context';
import { pointLabels, trendPoints, trendSeries } from '../report-trend';
import type { FiguresBasis } from '../../domain/council/council-dashboard-of-period';
import type { CouncilDashboard } from '../../contracts/council-dashboard';

type GoalAreaKey = (typeof GOAL_AREA_KEYS)[number];

/** R-KPI: one table per goal area, every KPI with numerator, denominator, share and target. */
export function measuresTable(context: ReportContext, measures: readonly MeasureData[]): ReportBlock {
  const { text } = context;
  const columns: TableColumn[] = [
    { header: text.t('table.measure'), widthPercent: 40 },
    { header: text.t('table.numerator'), widthPercent: 12, numeric: true },
    { header: text.t('table.denominator'), widthPercent: 12, numeric: true },
    { header: text.t('table.percent'), widthPercent: 12, numeric: true },
    { header: text.t('table.target'), widthPercent: 10, numeric: true },
    { header: text.t('table.meetsTarget'), widthPercent: 14 }
  ];
  const rows = measures.map((m) => {
    const meets = meetsTarget(m);
    return [
      measureLabel(m, text),
      text.count(m.numerator),
      text.count(m.denominator),
      percentOrNotMeasured(m.percent, text),
      m.targetPercent === undefined ? text.t('table.none') : text.percent(m.targetPercent),
      meets === undefined ? text.t('table.none') : text.t(meets ? 'table.yes' : 'table.no')
    ];
  });
  return dataTable(columns, rows);
}

/** R-KPI, R-REP: a goal area's trend as a native line chart and, beside it, the same figures as a table. */
/** A point's word: a finished period's own point computed as of its end is "computed", not "today" (R-REP). */
function pointWord(point: CouncilDashboard['trend'][number], basis: FiguresBasis | undefined): string {
  return point.source === 'live' && basis?.kind === 'computed' && point.asOf === basis.day ? 'computed' : point.source;
}

function trendBlocks(context: ReportContext, area: GoalAreaKey, measures: readonly MeasureData[]): ReportBlock[] {
  const { text, dashboard, input } = context;
  const points = trendPoints(dashboard, input.period);
  if (points.length < 2 || measures.length === 0) return [body(text.t('goals.noTrend'), { italics: true })];
  const labels = pointLabels(points);
  const series = trendSeries(points, area, measures.map((m) => m.key));
  const names = measures.map((m) => measureLabel(m, text));
  const chartTitle = text.t('goals.chartTitle', { area: text.t(`goals.areas.${area}`) });
  const rows = points.map((point, index) => [
    point.source === 'daily' ? labels[index] : `${labels[index]} (${text.t(`points.${pointWord(point, input.basis)}`)})`,
    ...series.map((s) => (s.values[index] === null ? text.t('table.none') : text.percent(s.values[index] as number)))
  ]);
  // As wide as each column's longest word needs (four training measures in equal shares broke their
  // names mid-word); a point's label on one line ("2026-02-10 (rådsmöte)", as one word) where it fits too.
  const headers = [text.t('table.point'), ...names];
  const texts = (joinPoint: boolean): string[][] =>
    headers.map((header, column) => [header, ...rows.map((row) => (joinPoint && column === 0 ? (row[0] ?? '').replace(/ +/g, '\u00a0') : (row[column] ?? '')))]);
  const shares = columnSharesFor(wordsFitIn(texts(true)) ? texts(true) : texts(false));
  const columns: TableColumn[] = headers.map((header, column) => ({ header, widthPercent: shares[column] ?? 0, numeric: column > 0 }));
  return [
    heading(text.t('goals.trendHeading'), 3),
    body(text.t('goals.trendIntro'), { keepNext: true }),
    chart(
      {
        type: 'line',
        title: chartTitle,
        markers: true,
        categories: labels,
        series: series.map((s, index) => ({ name: names[index], values: s.values })),
        valueAxis: { minimum: 0, maximum: 100, interval: 20, title: '%' },
        legend: { position: 'bottom' }
      },
      text.t('chartAlt', { title: chartTitle }),
      260
    ),
    dataTable(columns, rows),
    gap()
  ];
}

/** R-KPI: the five goal areas of the policy, in its order: the goal, the KPIs and their trend. */
export function goalAreasSection(context: ReportContext): ReportBlock[] {
  const { text, dashboard } = context;
  const blocks: ReportBlock[] = [heading(text.t('goals.heading')), body(text.t('goals.intro'))];
  for (const area of GOAL_AREA_KEYS) {
    const measures = dashboard.goalAreas.find((goal) => goal.area === area)?.measures ?? [];
    blocks.push(heading(text.t(`goals.areas.${area}`), 2), body(text.t(`goals.goalText.${area}`), { italics: true }));
    if (measures.length === 0) {
      blocks.push(body(text.t('goals.noMeasures')));
      continue;
    }
    blocks.push(measuresTable(context, measures), gap(), ...trendBlocks(context, area, measures));
  }
  return blocks;
}
