import { body, chart, countAxis, dataTable, gap, heading } from '../docx/report-blocks';
import { wordFor, type ReportBlock, type ReportContext } from '../report-context';

/** The follow-up states in the order a council reads them (R-ACT). */
const STATES = ['overdue', 'not-started', 'due-soon', 'on-track', 'done', 'cancelled'] as const;

/** R-ACT, R-MTG: the action plan's activities with metric, responsible, end date, state and progress; the council's meetings. */
export function actionPlanSection(context: ReportContext): ReportBlock[] {
  const { text, dashboard } = context;
  const blocks: ReportBlock[] = [heading(text.t('actions.heading')), body(text.t('actions.intro'), { keepNext: true })];
  const actions = dashboard.actionPlan;
  if (actions.length === 0) {
    blocks.push(body(text.t('actions.none')));
  } else {
    const states = [...STATES, ...new Set(actions.map((action) => action.state).filter((state) => !(STATES as readonly string[]).includes(state)))];
    const counts = states.map((state) => actions.filter((action) => action.state === state).length);
    const chartTitle = text.t('actions.chartTitle');
    blocks.push(
      chart(
        {
          type: 'column',
          title: chartTitle,
          categories: states.map((state) => wordFor(text, 'actions.states', state)),
          series: [{ name: text.t('table.count'), values: counts, color: '4472C4' }],
          legend: false,
          dataLabels: { value: true },
          valueAxis: countAxis(counts)
        },
        text.t('chartAlt', { title: chartTitle }),
        220
      ),
      dataTable(
        [
          { header: text.t('table.activity'), widthPercent: 28 },
          { header: text.t('table.goal'), widthPercent: 15 },
          { header: text.t('table.responsible'), widthPercent: 15 },
          { header: text.t('table.ends'), widthPercent: 14 },
          { header: text.t('table.state'), widthPercent: 15 },
          { header: text.t('table.progress'), widthPercent: 13, numeric: true }
        ],
        [...actions]
          .sort((a, b) => STATES.indexOf(a.state as (typeof STATES)[number]) - STATES.indexOf(b.state as (typeof STATES)[number]) || a.endsOn.localeCompare(b.endsOn))
          .map((action) => [
            action.activity,
            action.goal,
            action.responsibleName ?? action.responsibleEmail ?? text.t('table.none'),
            action.endsOn,
            action.daysOverdue !== undefined && action.daysOverdue > 0
              ? `${wordFor(text, 'actions.states', action.state)} (${text.t('actions.daysOverdue', { days: action.daysOverdue })})`
              : wordFor(text, 'actions.states', action.state),
            text.percent(action.progressPercent)
          ])
      ),
      gap()
    );
  }
  blocks.push(heading(text.t('actions.meetingsHeading'), 3));
  if (dashboard.meetings.length === 0) return [...blocks, body(text.t('actions.noMeetings'))];
  blocks.push(
    dataTable(
      [
        { header: text.t('table.date'), widthPercent: 20 },
        { header: text.t('table.attendees'), widthPercent: 15, numeric: true },
        { header: text.t('table.decisions'), widthPercent: 50 },
        { header: text.t('table.actions'), widthPercent: 15, numeric: true }
      ],
      [...dashboard.meetings]
        .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
        .map((meeting) => [text.date(meeting.heldOn), text.count(meeting.attendeeCount), meeting.decisions.join('; ') || text.t('table.none'), text.count(meeting.actionIds.length)])
    ),
    gap()
  );
  return blocks;
}
