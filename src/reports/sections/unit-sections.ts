import { OVERDUE_KINDS, type CouncilDashboard } from '../../contracts/council-dashboard';
import { body, chart, countAxis, dataTable, gap, heading } from '../docx/report-blocks';
import { allMeasures, averagePerUnit, ofUnit, overdueTotal } from '../report-figures';
import type { ReportBlock, ReportContext } from '../report-context';
import { measuresTable } from './goal-areas-section';
import { openIncidentsTable } from './incidents-section';
import { riskTable, risksByLevelBlocks } from './risks-section';

type UnitOverdue = CouncilDashboard['overdue']['byUnit'][number];

/**
 * R-REP, the action plan's section 4: what an area or department chief gets in May and December,
 * "the area's figures". Decided here as:
 * - the unit's overdue work per kind (its row of the dashboard's overdue.byUnit), beside the average
 *   per unit and the region's total, and its share of the region's overdue work;
 * - the unit's open risks by level, and the highest of them;
 * - the unit's deviations and incidents not closed (with the 72-hour clocks);
 * - the region's KPIs for comparison (the five goal areas are measured region-wide).
 * Risks and incidents are the unit's by the dashboard's unitId (or its name, for older dashboards).
 */
export function unitSections(context: ReportContext, unit: UnitOverdue): ReportBlock[] {
  const { text, dashboard } = context;
  const total = overdueTotal(unit.counts);
  const regionTotal = overdueTotal(dashboard.overdue.totals);
  const average = averagePerUnit(dashboard.overdue);
  const kinds = OVERDUE_KINDS.map((kind) => text.t(`overdue.kinds.${kind}`));
  const blocks: ReportBlock[] = [
    heading(text.t('unit.heading')),
    body(text.t('unit.intro', { unit: unit.unitName })),
    body(text.t('unit.overdueSummary', { unit: unit.unitName, count: total, share: text.percent(regionTotal === 0 ? 0 : (total / regionTotal) * 100) })),
    heading(text.t('unit.overdueHeading'), 2),
    dataTable(
      [
        { header: text.t('table.kind'), widthPercent: 40 },
        { header: unit.unitName, widthPercent: 20, numeric: true },
        { header: text.t('table.regionAverage'), widthPercent: 20, numeric: true },
        { header: text.t('table.region'), widthPercent: 20, numeric: true }
      ],
      [
        ...OVERDUE_KINDS.map((kind, index) => [kinds[index], text.count(unit.counts[kind] ?? 0), text.percent(average[kind]).replace(/\s?%$/, ''), text.count(dashboard.overdue.totals[kind] ?? 0)]),
        [text.t('table.total'), text.count(total), text.percent(OVERDUE_KINDS.reduce((sum, kind) => sum + average[kind], 0)).replace(/\s?%$/, ''), text.count(regionTotal)]
      ]
    ),
    gap()
  ];
  const chartTitle = text.t('unit.overdueChartTitle', { unit: unit.unitName });
  blocks.push(
    chart(
      {
        type: 'column',
        title: chartTitle,
        categories: kinds,
        series: [
          { name: unit.unitName, values: OVERDUE_KINDS.map((kind) => unit.counts[kind] ?? 0), color: 'ED7D31' },
          { name: text.t('table.regionAverage'), values: OVERDUE_KINDS.map((kind) => Math.round(average[kind] * 10) / 10), color: 'A5A5A5' }
        ],
        valueAxis: countAxis(OVERDUE_KINDS.map((kind) => unit.counts[kind] ?? 0)),
        legend: { position: 'bottom' }
      },
      text.t('chartAlt', { title: chartTitle }),
      260
    )
  );

  const risks = ofUnit(dashboard.risks.open, unit);
  blocks.push(heading(text.t('unit.risksHeading'), 2));
  if (risks.length === 0) blocks.push(body(text.t('unit.noRisks')));
  else blocks.push(...risksByLevelBlocks(context, risks), ...riskTable(context, risks), gap());

  const incidents = ofUnit(dashboard.incidents.open, unit);
  blocks.push(heading(text.t('unit.incidentsHeading'), 2));
  if (incidents.length === 0) blocks.push(body(text.t('unit.noIncidents')));
  else blocks.push(...openIncidentsTable(context, incidents), gap());

  blocks.push(heading(text.t('unit.regionHeading'), 2), measuresTable(context, allMeasures(dashboard)), gap());
  return blocks;
}
