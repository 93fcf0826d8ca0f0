import { actionFollowUp } from '../../domain/actions/action-follow-up';
import { ACTION_STATUSES, actionPlanItemSchema, type ActionPlanItem } from '../../domain/actions/action-plan-item';
import { addMonthsTo } from '../../domain/shared/calendar';
import { and, eq, lt, or } from '../../sharepoint/odata-literal';
import type { Stored } from '../../sharepoint/repositories/list-repository';
import { dateColumnLiteral } from './date-filters';
import type { FormField, ItemStatus, RegisterDefinition, StatusContext, StatusTone } from './register-definition';

const TONES = { overdue: 'danger', 'not-started': 'warning', 'due-soon': 'warning', 'on-track': 'success', done: 'success', cancelled: 'informative' } as const satisfies Record<string, StatusTone>;

/** The open activities: Status is indexed (actions-list.ts), so this stays under the 5,000-item threshold. */
const isOpen = (): string => or(eq('Status', 'planned'), eq('Status', 'in-progress'));

/** R-ACT: each activity's place on its timeline; overdue in red with the end date and the days since. */
export function actionStatuses(items: readonly Stored<ActionPlanItem>[], { config, today, t }: StatusContext): Promise<Map<string, ItemStatus>> {
  const statuses = new Map<string, ItemStatus>();
  for (const { id, record } of items) {
    const { state, daysOverdue } = actionFollowUp(record, today, config.nudges.dueSoonDays);
    const reason = t(`register.reasons.action.${state}`, { endsOn: record.endsOn, startsOn: record.startsOn, days: daysOverdue ?? 0, progress: record.progressPercent });
    statuses.set(id, { tone: TONES[state], label: t(`register.actionState.${state}`), reason });
  }
  return Promise.resolve(statuses);
}

const FORM_FIELDS: readonly FormField[] = [
  { key: 'activity', kind: 'note', required: true },
  { key: 'targetGroup', kind: 'note' },
  { key: 'metric', kind: 'note' },
  { key: 'startsOn', kind: 'date', required: true },
  { key: 'endsOn', kind: 'date', required: true },
  { key: 'responsibleEmail', kind: 'email' },
  { key: 'contactEmail', kind: 'email' },
  { key: 'goal', kind: 'text' },
  { key: 'status', kind: 'choice', required: true, choices: ACTION_STATUSES, choiceLabels: 'actionStatus' },
  { key: 'progressPercent', kind: 'number' }
];

/** The action plan (handlingsplan, R-ACT): activity, target group, metric, timeline, responsible, goal, status and progress. */
export const actionsRegister: RegisterDefinition<ActionPlanItem> = {
  key: 'actions',
  repository: (registers) => registers.actions,
  schema: actionPlanItemSchema,
  columns: [
    { key: 'activity', label: 'fields.activity', value: (action) => action.activity },
    { key: 'responsibleEmail', label: 'fields.responsibleEmail', sortField: 'Responsible', person: true, value: (action) => action.responsibleEmail ?? '' },
    { key: 'status', label: 'fields.status', sortField: 'Status', value: (action, t) => `${t(`values.actionStatus.${action.status}`)} (${action.progressPercent} %)` },
    { key: 'endsOn', label: 'fields.endsOn', sortField: 'EndsOn', value: (action) => action.endsOn }
  ],
  statusLabel: 'register.statusColumn.timeline',
  defaultSort: { field: 'EndsOn', descending: false },
  views: [
    { key: 'all', filter: () => undefined },
    { key: 'open-actions', filter: isOpen },
    // EndsOn first (indexed), then the status: the council's overdue work.
    { key: 'overdue-actions', filter: (today, config) => and(lt('EndsOn', dateColumnLiteral(today, config)), isOpen()) }
  ],
  formFields: FORM_FIELDS,
  newItem: {
    // A new activity starts today, planned, and runs for three months until someone says otherwise.
    defaults: ({ today }) => ({ startsOn: today, endsOn: addMonthsTo(today, 3), status: 'planned', progressPercent: 0, targetGroup: '', metric: '', goal: '' })
  },
  statuses: actionStatuses
};
