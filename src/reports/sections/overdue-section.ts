import { OVERDUE_KINDS } from '../../contracts/council-dashboard';
import { body, chart, countAxis, dataTable, gap, heading, type TableColumn } from '../docx/report-blocks';
import { overdueTotal, unitsWithOverdue } from '../report-figures';
import type { ReportBlock, ReportContext } from '../report-context';

/** How many units the table lists, the most overdue first; the tab lists them all. */
export const UNITS_LISTED = 25;

/**
 * R-REP (the action plan's section 4), R-NDG-1: overdue work per unit and kind: the region's totals
 * by kind as a chart, and the units with the most overdue as a table.
 */
export function overdueSection(context: ReportContext): ReportBlock[] {
  const { text, dashboard } = context;
  const kinds = OVERDUE_KINDS.map((kind) => text.t(`overdue.kinds.${kind}`));
  const blocks: ReportBlock[] = [heading(text.t('overdue.heading')), body(text.t('overdue.intro'), { keepNext: true })];
  if (overdueTotal(dashboard.overdue.totals) === 0) return [...blocks, body(text.t('overdue.none'))];
  const chartTitle = text.t('overdue.chartTitle');
  blocks.push(
    chart(
      {
        // Horizontal bars: the kinds' names are long words, slanted labels under columns were hard to read.
        type: 'bar',
        title: chartTitle,
        categories: kinds,
        categoryAxis: { reverseOrder: true },
        series: [{ name: text.t('table.count'), values: OVERDUE_KINDS.map((kind) => dashboard.overdue.totals[kind] ?? 0), color: 'ED7D31' }],
        legend: false,
        dataLabels: { value: true },
        valueAxis: countAxis(OVERDUE_KINDS.map((kind) => dashboard.overdue.totals[kind] ?? 0))
      },
      text.t('chartAlt', { title: chartTitle }),
      260
    )
  );
  const units = unitsWithOverdue(dashboard.overdue);
  const listed = units.slice(0, UNITS_LISTED);
  const columns: TableColumn[] = [
    { header: text.t('table.unit'), widthPercent: 34 },
    ...kinds.map((kind) => ({ header: kind, widthPercent: 9, numeric: true, verticalHeader: true })),
    { header: text.t('table.total'), widthPercent: 12, numeric: true }
  ];
  const row = (name: string, counts: Partial<Record<(typeof OVERDUE_KINDS)[number], number>>): string[] => [
    name,
    ...OVERDUE_KINDS.map((kind) => text.count(counts[kind] ?? 0)),
    text.count(overdueTotal(counts))
  ];
  blocks.push(dataTable(columns, [...listed.map((unit) => row(unit.unitName, unit.counts)), row(text.t('table.region'), dashboard.overdue.totals)]));
  if (units.length > listed.length) blocks.push(body(text.t('overdue.more', { count: units.length - listed.length }), { italics: true }));
  blocks.push(gap());
  return blocks;
}
