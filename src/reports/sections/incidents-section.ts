import type { CouncilDashboard } from '../../contracts/council-dashboard';
import { body, chart, countAxis, dataTable, gap, heading } from '../docx/report-blocks';
import { incidentsReported } from '../report-figures';
import { wordFor, type ReportBlock, type ReportContext } from '../report-context';
import { periodInWords } from './title-block';

type IncidentRow = CouncilDashboard['incidents']['open'][number];

/** How many open cases are listed; the register holds the rest. */
export const INCIDENTS_LISTED = 15;

/** Open cases as a table, the running 72-hour clocks first (the dashboard's order). */
export function openIncidentsTable(context: ReportContext, rows: readonly IncidentRow[]): ReportBlock[] {
  const { text } = context;
  const listed = rows.slice(0, INCIDENTS_LISTED);
  const blocks: ReportBlock[] = [
    dataTable(
      [
        { header: text.t('table.title'), widthPercent: 25 },
        { header: text.t('table.category'), widthPercent: 26 },
        { header: text.t('table.status'), widthPercent: 15 },
        { header: text.t('table.reported'), widthPercent: 16 },
        { header: text.t('table.deadline'), widthPercent: 18 }
      ],
      listed.map((incident) => [
        incident.title,
        wordFor(text, 'incidents.categories', incident.category),
        wordFor(text, 'incidents.statuses', incident.status),
        incident.reportedAt.slice(0, 10),
        incident.clock === undefined ? text.t('table.none') : wordFor(text, 'incidents.clock', incident.clock.state, { hours: Math.max(0, Math.floor(incident.clock.hoursLeft)) })
      ])
    )
  ];
  if (rows.length > listed.length) blocks.push(body(text.t('incidents.more', { count: rows.length - listed.length }), { italics: true }));
  return blocks;
}

/** R-INC: cases reported in the period by category (chart and table), and those not closed. */
export function incidentsSection(context: ReportContext): ReportBlock[] {
  const { text, dashboard } = context;
  // The period's cases (R-REP): the year in the annual report, a follow-up's own months otherwise.
  const year = periodInWords(context);
  const blocks: ReportBlock[] = [heading(text.t('incidents.heading')), body(text.t('incidents.intro', { year }))];
  const categories = Object.entries(dashboard.incidents.byCategory);
  if (incidentsReported(dashboard) === 0) {
    blocks.push(body(text.t('incidents.noneReported')));
  } else {
    const names = categories.map(([key]) => wordFor(text, 'incidents.categories', key));
    const chartTitle = text.t('incidents.chartTitle', { year });
    blocks.push(
      dataTable(
        [
          { header: text.t('table.category'), widthPercent: 60 },
          { header: text.t('table.count'), widthPercent: 40, numeric: true }
        ],
        categories.map(([, count], index) => [names[index], text.count(count)])
      ),
      gap(),
      chart(
        {
          type: 'column',
          title: chartTitle,
          categories: names,
          series: [{ name: text.t('table.count'), values: categories.map(([, count]) => count) }],
          legend: false,
          dataLabels: { value: true },
          valueAxis: countAxis(categories.map(([, count]) => count))
        },
        text.t('chartAlt', { title: chartTitle }),
        240
      )
    );
  }
  blocks.push(heading(text.t('incidents.openHeading'), 3));
  if (dashboard.incidents.open.length === 0) blocks.push(body(text.t('incidents.noneOpen')));
  else blocks.push(...openIncidentsTable(context, dashboard.incidents.open), gap());
  return blocks;
}
