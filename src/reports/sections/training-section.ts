import { body, chart, heading } from '../docx/report-blocks';
import { measureLabel, type ReportBlock, type ReportContext } from '../report-context';

/**
 * R-TRN, R-KPI goal area 5: per audience, the share trained against its target as a native bar
 * chart (the figures are in the goal area's table above, with numerator and denominator).
 */
export function trainingSection(context: ReportContext): ReportBlock[] {
  const { text, dashboard } = context;
  const measures = (dashboard.goalAreas.find((goal) => goal.area === 'training')?.measures ?? []).filter((m) => m.percent !== undefined);
  const blocks: ReportBlock[] = [heading(text.t('training.heading')), body(text.t('training.intro'), { keepNext: true })];
  if (measures.length === 0) return [...blocks, body(text.t('training.none'))];
  const chartTitle = text.t('training.chartTitle');
  blocks.push(
    chart(
      {
        type: 'bar',
        title: chartTitle,
        categories: measures.map((m) => measureLabel(m, text)),
        series: [
          { name: text.t('training.seriesDone'), values: measures.map((m) => Math.round((m.percent ?? 0) * 10) / 10), color: '2E75B6' },
          { name: text.t('training.seriesTarget'), values: measures.map((m) => m.targetPercent ?? null), color: 'A5A5A5' }
        ],
        categoryAxis: { reverseOrder: true },
        valueAxis: { minimum: 0, maximum: 100, interval: 20 },
        dataLabels: { value: true },
        legend: { position: 'bottom' }
      },
      text.t('chartAlt', { title: chartTitle }),
      Math.max(220, 80 + measures.length * 55)
    )
  );
  return blocks;
}
