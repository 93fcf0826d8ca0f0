import type { TaskItem } from '../../src/contracts/my-tasks';
import { daysBetween, isIsoDate } from '../../src/domain/shared/calendar';
import { textIn, type LocalizedText } from '../../src/domain/shared/localized-text';
import type { BotText } from '../i18n/bot-translator';
import { text, type CardAction, type CardElement, type Container, type TextColor } from './adaptive-card';
import { CARD_VERBS } from './card-actions';
import { escapeCardMarkdown, oneLine } from './card-markdown';
import { signFormAction, type Signer } from './sign-form';

/** A name in a button's tooltip (plain text, read by screen readers): short, the full name is on the card above. */
const TOOLTIP_NAME_LENGTH = 60;

export interface ItemContext {
  readonly text: BotText;
  /** The region's today the plan was made for: "förfaller om 5 dagar" counts from it. */
  readonly asOf: string;
  /** The site's origin (https://region.sharepoint.com): task links are server-relative. */
  readonly origin: string;
  readonly myTasksUrl: string;
  readonly snoozeDays: readonly number[];
  readonly courses: readonly { readonly key: string; readonly label: LocalizedText }[];
  readonly signer: Signer;
}

export interface ItemOptions {
  /** The key Snooze names: the item's own, or the escalation's; absent: not snoozable (a manager's staff's training). */
  readonly snoozeKey?: string;
  /** Who owes it, for escalations and staff training. */
  readonly showResponsible?: boolean;
  /** The topic on the item, where the list is not grouped by topic (escalations). */
  readonly showTopic?: boolean;
  /** The number of the sign form (card-actions.ts), for an acknowledgement the recipient owes. */
  readonly signForm?: number;
}

/** The name a person knows the subject by: a course by its configured label, anything else by its register name. */
export function subjectNameOf(item: TaskItem, context: Pick<ItemContext, 'courses' | 'text'>): string {
  if (item.subjectKind === 'course') {
    const course = context.courses.find((candidate) => candidate.key === item.subjectId);
    if (course !== undefined) return textIn(course.label, context.text.locale);
  }
  return item.subjectName.trim() === '' ? item.subjectId : item.subjectName;
}

/** A word from an open set (topic, kind, risk problem): empty when this version of the bot has none for it. */
function known(text: BotText, key: string): string {
  return text.has(key) ? text.t(key) : '';
}

/**
 * What exactly is owed, in words: the topic's task, the risk's problem, the modules done (as My tasks
 * says it). Someone else's item (an escalation, a staff member's training) gets no "do this" addressed
 * to the reader, only the facts.
 */
function whatToDo(item: TaskItem, text: BotText, own: boolean): string {
  if (item.topic === 'risk-follow-up') return known(text, `riskProblems.${item.detail}`) || (own ? known(text, 'whatToDo.risk-follow-up') : '');
  const modules = /^(\d+)\/(\d+)$/.exec(item.detail);
  const done = item.topic === 'training' && modules && Number(modules[2]) > 1 ? text.t('modulesDone', { done: modules[1], total: modules[2] }) : '';
  const task = own ? known(text, `whatToDo.${item.topic}`) : '';
  return task !== '' && done !== '' ? `${task}. ${done}` : task || done;
}

/** How late, in plain words, and the colour that says it: "Försenad 12 dagar · senast 3 mars 2026", "Aldrig gjord · ska göras nu". */
export function dueLine(item: TaskItem, asOf: string, text: BotText): { readonly line: string; readonly color: TextColor } {
  const date = item.dueOn === undefined ? text.t('due.now') : text.t('due.on', { date: text.date(item.dueOn) });
  if (item.dueOn === undefined) return { line: `**${text.t('due.never')}** · ${date}`, color: 'attention' };
  if (item.urgency === 'due-soon' && isIsoDate(asOf)) {
    const days = daysBetween(asOf, item.dueOn);
    const when = days <= 0 ? text.t('due.today') : text.t('due.in', { count: days });
    return { line: `**${when}** · ${date}`, color: 'warning' };
  }
  if (item.daysOverdue > 0) return { line: `**${text.t('due.overdue', { count: item.daysOverdue })}** · ${date}`, color: 'attention' };
  return { line: `**${item.urgency === 'missing' ? text.t('due.never') : text.t('due.today')}** · ${date}`, color: 'attention' };
}

function snoozeAction(snoozeKey: string, name: string, context: ItemContext): CardAction {
  const label = (days: number): string => (context.text.has(`actions.snoozeFor.${days}`) ? context.text.t(`actions.snoozeFor.${days}`) : context.text.t('actions.snoozeForDays', { count: days }));
  return {
    type: 'Action.ShowCard',
    title: context.text.t('actions.snooze'),
    tooltip: context.text.t('actions.snoozeTooltip', { name: oneLine(name, TOOLTIP_NAME_LENGTH) }),
    card: {
      type: 'AdaptiveCard',
      body: [],
      // No inputs are needed to snooze: a half-filled sign form elsewhere on the card is not validated or sent.
      actions: context.snoozeDays.map((days) => ({ type: 'Action.Execute', title: label(days), verb: CARD_VERBS.snooze, data: { taskKey: snoozeKey, days }, associatedInputs: 'none' }))
    }
  };
}

/** Where the person acts on it: the item's SharePoint page, or My tasks for an incident (the Incidents list is private to its reporters, R-SEC-1). */
function openAction(item: TaskItem, name: string, context: ItemContext): CardAction | undefined {
  if (item.topic === 'incident-assessment') return { type: 'Action.OpenUrl', title: context.text.t('actions.assess'), url: context.myTasksUrl };
  if (item.link === undefined) return undefined;
  return { type: 'Action.OpenUrl', title: context.text.t('actions.open'), url: `${context.origin}${item.link}`, tooltip: context.text.t('actions.openTooltip', { name: oneLine(name, TOOLTIP_NAME_LENGTH) }) };
}

/**
 * One thing owed (R-NDG-1, R-NDG-2): its name, what to do, how late, and buttons that act — sign
 * (an acknowledgement the recipient owes), open, remind me later.
 */
export function digestItem(item: TaskItem, options: ItemOptions, context: ItemContext): Container {
  const { text: t } = context;
  const name = subjectNameOf(item, context);
  const own = options.showTopic !== true && options.showResponsible !== true;
  const details = [options.showTopic ? known(t, `topics.${item.topic}`) || item.topic : '', known(t, `kinds.${item.subjectKind}`), whatToDo(item, t, own)]
    .filter((part, index, all) => part !== '' && all.indexOf(part) === index)
    .map((part) => escapeCardMarkdown(part));
  const due = dueLine(item, context.asOf, t);
  const items: CardElement[] = [text(escapeCardMarkdown(name), { weight: 'bolder' })];
  if (details.length > 0) items.push(text(details.join(' · '), { isSubtle: true, spacing: 'none' }));
  if (options.showResponsible) items.push(text(escapeCardMarkdown(t.t('owedBy', { name: item.responsibleName ?? item.responsibleEmail })), { isSubtle: true, spacing: 'none' }));
  items.push(text(due.line, { color: due.color, spacing: 'small' }));
  const actions: CardAction[] = [];
  if (options.signForm !== undefined) actions.push(signFormAction({ taskKey: item.key, form: options.signForm, documentName: name, signer: context.signer, text: t }));
  const open = openAction(item, name, context);
  if (open !== undefined) actions.push(open);
  if (options.snoozeKey !== undefined && context.snoozeDays.length > 0) actions.push(snoozeAction(options.snoozeKey, name, context));
  if (actions.length > 0) items.push({ type: 'ActionSet', actions, spacing: 'small' });
  return { type: 'Container', items, separator: true, spacing: 'medium' };
}
