import { safeText } from '../docx/safe-text';
import { body, bullet, chart, dataTable, gap, heading, type TableColumn } from '../docx/report-blocks';
import { type ReportBlock, type ReportContext } from '../report-context';

/** How many years the maturity table shows: the chosen one and up to three before it. */
const YEARS_SHOWN = 4;

/**
 * R-MAT, R-KPI goal area 1: each MSBFS 2020:6 area's status on the eight-step scale, this year and
 * the years before (the history), a chart of the ranks of this year and the last, the scale with
 * what each step means (the seed's "Status / Innebörd" table) and the year's comments.
 */
export function maturitySection(context: ReportContext): ReportBlock[] {
  const { text, dashboard } = context;
  const maturity = dashboard.maturity;
  const steps = new Map(maturity.scale.map((step) => [step.key, step]));
  const label = (key: string): string => {
    const step = steps.get(key);
    return step === undefined ? key : text.local(step.label);
  };
  const target = label(maturity.targetStatus);
  const years = maturity.years.slice(0, YEARS_SHOWN);
  const statusIn = (year: (typeof years)[number] | undefined, areaKey: string): { text: string; rank: number | null } => {
    const area = year?.areas.find((a) => a.areaKey === areaKey);
    if (area === undefined) return { text: text.t('table.none'), rank: null };
    const name = label(area.statusKey);
    return { text: area.assessed ? name : text.t('maturity.notAssessed', { status: name }), rank: area.assessed ? (steps.get(area.statusKey)?.rank ?? null) : null };
  };

  const blocks: ReportBlock[] = [heading(text.t('maturity.heading')), body(text.t('maturity.intro', { target }))];
  const yearWidth = 60 / Math.max(1, years.length);
  const columns: TableColumn[] = [{ header: text.t('table.area'), widthPercent: 40 }, ...years.map((year) => ({ header: String(year.year), widthPercent: yearWidth }))];
  blocks.push(dataTable(columns, maturity.areas.map((area) => [text.local(area.label), ...years.map((year) => statusIn(year, area.key).text)])), gap());
  if (years.length < 2) blocks.push(body(text.t('maturity.noHistory'), { italics: true }));

  const charted = years.slice(0, 2).reverse();
  if (charted.length > 0) {
    const chartTitle = text.t('maturity.chartTitle');
    blocks.push(
      chart(
        {
          type: 'bar',
          title: chartTitle,
          categories: maturity.areas.map((area) => text.local(area.label)),
          series: charted.map((year) => ({ name: String(year.year), values: maturity.areas.map((area) => statusIn(year, area.key).rank) })),
          valueAxis: { minimum: 0, maximum: 5, interval: 1 },
          categoryAxis: { reverseOrder: true },
          legend: { position: 'bottom' }
        },
        text.t('chartAlt', { title: chartTitle }),
        460
      )
    );
  }

  blocks.push(heading(text.t('maturity.scaleHeading'), 3));
  blocks.push(
    dataTable(
      [
        { header: text.t('table.status'), widthPercent: 30 },
        { header: text.t('table.statusMeaning'), widthPercent: 70 }
      ],
      maturity.scale.map((step) => [text.local(step.label), text.has(`maturity.meanings.${step.key}`) ? text.t(`maturity.meanings.${step.key}`) : ''])
    ),
    gap()
  );

  const current = years[0];
  const comments = (current?.areas ?? []).filter((area) => area.comment !== undefined && area.comment.trim() !== '');
  if (current !== undefined && comments.length > 0) {
    blocks.push(heading(text.t('maturity.comments', { year: current.year }), 3));
    const names = new Map(maturity.areas.map((area) => [area.key, text.local(area.label)]));
    for (const area of comments) blocks.push(bullet(`${names.get(area.areaKey) ?? area.areaKey}: ${safeText(area.comment ?? '')}`));
  }
  return blocks;
}
