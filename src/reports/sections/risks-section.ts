import type { CouncilDashboard } from '../../contracts/council-dashboard';
import { body, chart, countAxis, dataTable, gap, heading } from '../docx/report-blocks';
import { heatMap, risksByGravity, risksPerLevel } from '../report-figures';
import type { ReportBlock, ReportContext } from '../report-context';

type RiskRow = CouncilDashboard['risks']['open'][number];

/** Level colours, lowest to highest (green, yellow, orange, red), as a risk matrix is read. */
const LEVEL_COLOURS = ['70AD47', 'FFC000', 'ED7D31', 'C00000'];
/** How many of the highest risks are listed; the register holds the rest. */
export const RISKS_LISTED = 10;

function levelColours(count: number): string[] {
  // Spread the four colours over however many levels the region configured, the highest always red.
  return Array.from({ length: count }, (_, index) => LEVEL_COLOURS[count <= 1 ? 3 : Math.round((index * 3) / (count - 1))]);
}

/** The highest open risks as a table (title, level, unit, owner, follow-up). */
export function riskTable(context: ReportContext, rows: readonly RiskRow[]): ReportBlock[] {
  const { text, dashboard } = context;
  const levelNames = new Map(dashboard.risks.levels.map((level) => [level.key, text.local(level.label)]));
  const listed = risksByGravity(dashboard.risks, rows).slice(0, RISKS_LISTED);
  const blocks: ReportBlock[] = [
    dataTable(
      [
        { header: text.t('table.title'), widthPercent: 34 },
        { header: text.t('table.level'), widthPercent: 12 },
        { header: text.t('table.unit'), widthPercent: 20 },
        { header: text.t('table.owner'), widthPercent: 17 },
        { header: text.t('table.followUp'), widthPercent: 17 }
      ],
      listed.map((risk) => [
        risk.title,
        levelNames.get(risk.levelKey) ?? risk.levelKey,
        risk.unitName ?? text.t('table.none'),
        risk.ownerName ?? risk.ownerEmail ?? text.t('table.none'),
        risk.followUpOn === undefined ? text.t('table.none') : risk.followUpOn
      ])
    )
  ];
  if (rows.length > listed.length) blocks.push(body(text.t('risks.more', { count: rows.length - listed.length }), { italics: true }));
  return blocks;
}

/** Open risks per level as a native column chart and a table. */
export function risksByLevelBlocks(context: ReportContext, rows: readonly RiskRow[]): ReportBlock[] {
  const { text, dashboard } = context;
  const perLevel = risksPerLevel(dashboard.risks, rows);
  const levelNames = new Map(dashboard.risks.levels.map((level) => [level.key, text.local(level.label)]));
  const names = perLevel.map((level) => levelNames.get(level.key) ?? level.key);
  const chartTitle = text.t('risks.chartTitle');
  return [
    dataTable(
      [
        { header: text.t('table.level'), widthPercent: 60 },
        { header: text.t('table.count'), widthPercent: 40, numeric: true }
      ],
      perLevel.map((level, index) => [names[index], text.count(level.count)])
    ),
    gap(),
    chart(
      {
        type: 'column',
        title: chartTitle,
        categories: names,
        series: [{ name: text.t('table.count'), values: perLevel.map((level) => level.count), colors: levelColours(perLevel.length) }],
        legend: false,
        dataLabels: { value: true },
        valueAxis: countAxis(perLevel.map((level) => level.count))
      },
      text.t('chartAlt', { title: chartTitle }),
      240
    )
  ];
}

/** R-RSK, R-KPI goal area 2: open risks by level, the risk matrix and the highest risks. */
export function risksSection(context: ReportContext): ReportBlock[] {
  const { text, dashboard } = context;
  const risks = dashboard.risks;
  const blocks: ReportBlock[] = [heading(text.t('risks.heading')), body(text.t('risks.intro'), { keepNext: true })];
  if (risks.open.length === 0) return [...blocks, body(text.t('risks.none'))];
  blocks.push(...risksByLevelBlocks(context, risks.open));

  const likelihoodNames = new Map(risks.likelihoods.map((likelihood) => [likelihood.value, text.local(likelihood.label)]));
  const share = 75 / Math.max(1, risks.consequences.length);
  blocks.push(
    heading(text.t('risks.heatMapHeading'), 3),
    dataTable(
      [
        { header: text.t('table.likelihoodConsequence'), widthPercent: 25 },
        ...risks.consequences.map((consequence) => ({ header: text.local(consequence.label), widthPercent: share, numeric: true }))
      ],
      heatMap(risks).map((row) => [likelihoodNames.get(row.likelihood) ?? String(row.likelihood), ...row.counts.map((count) => text.count(count))])
    ),
    gap(),
    heading(text.t('risks.highestHeading'), 3),
    ...riskTable(context, risks.open)
  );
  return blocks;
}
