import type { MyTasksAnswer, TaskItem } from '../../src/contracts/my-tasks';
import { groupByPerson, groupByTopic } from '../../src/ui/my-tasks/task-groups';
import type { BotText } from '../i18n/bot-translator';
import type { AdaptiveCard } from './adaptive-card';
import { cardBytes } from './card-budget';
import { escapeCardMarkdown } from './card-markdown';
import type { ItemOptions } from './digest-item';

export type DigestSection = 'owed' | 'escalated' | 'staff';

/** One item of the digest where the card lists it, and how urgent it is among the others. */
export interface DigestEntry {
  /** Its place in the card's order (sections, then groups, then the plan's order). */
  readonly index: number;
  /** Its place in urgency: the lower, the sooner it gets room in a full card. */
  readonly priority: number;
  readonly section: DigestSection;
  readonly group: string;
  /** Markdown, escaped; undefined for a section shown without group headings (staff training). */
  readonly groupHeading?: string;
  /** Markdown, escaped: a line under the group's heading (why an escalation is told to me). */
  readonly groupNote?: string;
  readonly groupSize: number;
  readonly item: TaskItem;
  readonly options: Omit<ItemOptions, 'signForm'>;
  /** An acknowledgement the recipient owes: signed in the card. */
  readonly signable: boolean;
}

/** Each non-empty section keeps at least this many items in a full card: a manager's escalations are not crowded out by her own list (R-NDG-3). */
export const ITEMS_KEPT_PER_SECTION = 3;

/**
 * The digest's items in the card's order: what I owe by topic (incidents to assess first, as My tasks
 * does), then escalations by the person who owes them, then the staff's training. Urgency: my own
 * incidents to assess (their 72-hour clock), then my other items in the plan's order (most urgent
 * first), then escalations, then the staff's training.
 */
export function planDigestEntries(answer: MyTasksAnswer, t: BotText): DigestEntry[] {
  const entries: Omit<DigestEntry, 'index' | 'priority'>[] = [];
  for (const group of groupByTopic(answer.owed)) {
    const groupHeading = group.known && t.has(`topics.${group.topic}`) ? t.t(`topics.${group.topic}`) : `${t.t('topics.other')}: ${escapeCardMarkdown(group.topic)}`;
    for (const item of group.items) {
      entries.push({ section: 'owed', group: group.topic, groupHeading, groupSize: group.items.length, item, options: { snoozeKey: item.key }, signable: item.topic === 'acknowledgement' && item.subjectKind === 'document' });
    }
  }
  for (const group of groupByPerson(answer.escalated)) {
    const route = group.items[0].route;
    const groupNote = t.has(`routes.${route}`) ? t.t('digest.escalatedRoute', { route: t.t(`routes.${route}`) }) : undefined;
    for (const escalated of group.items) {
      entries.push({ section: 'escalated', group: group.email, groupHeading: escapeCardMarkdown(group.name), groupNote, groupSize: group.items.length, item: escalated.item, options: { snoozeKey: escalated.key, showTopic: true }, signable: false });
    }
  }
  for (const item of answer.staffTraining) {
    entries.push({ section: 'staff', group: 'staff', groupSize: answer.staffTraining.length, item, options: { showResponsible: true }, signable: false });
  }
  // The plan's order (most urgent first) inside each section; the card shows them grouped, which is another order.
  const planOrder = new Map<TaskItem, number>([...answer.owed, ...answer.escalated.map((escalated) => escalated.item), ...answer.staffTraining].map((item, at): [TaskItem, number] => [item, at]));
  const rankOf = (entry: Omit<DigestEntry, 'index' | 'priority'>, at: number): number => {
    const sectionRank = entry.section === 'owed' ? (entry.item.topic === 'incident-assessment' ? 0 : 1) : entry.section === 'escalated' ? 2 : 3;
    return sectionRank * 10_000_000 + (planOrder.get(entry.item) ?? at);
  };
  const ranked = entries.map((entry, at) => ({ at, rank: rankOf(entry, at) })).sort((a, b) => a.rank - b.rank || a.at - b.at);
  const priorityOf = new Map(ranked.map((entry, priority) => [entry.at, priority]));
  return entries.map((entry, index) => ({ ...entry, index, priority: priorityOf.get(index) ?? index }));
}

export interface BudgetPlan {
  readonly budget: number;
  render(chosen: ReadonlySet<number>): AdaptiveCard;
  /** The bytes an item adds to the card. */
  costOf(entry: DigestEntry): number;
  /** The bytes its group's heading adds when it is the group's first item shown. */
  headingCost(entry: DigestEntry): number;
  /** An allowance for a section's heading and intro. */
  readonly sectionCost: number;
}

/**
 * The entries that fit in the budget (Teams' ~28 KB, card-budget.ts): the first few of each section,
 * then the rest by urgency until the next one does not fit (so no less urgent item is shown while a
 * more urgent one is left out, past the reserved few). Sizes are summed per item, then the card is
 * measured whole and trimmed until it fits, so the estimate can never let an oversized card through.
 */
export function selectWithinBudget(entries: readonly DigestEntry[], plan: BudgetPlan): Set<number> {
  const chosen = new Set<number>();
  const order: number[] = [];
  const groups = new Set<string>();
  const sections = new Set<string>();
  let used = cardBytes(plan.render(chosen));
  const tryAdd = (entry: DigestEntry): boolean => {
    const groupKey = `${entry.section}\u0000${entry.group}`;
    const extra = plan.costOf(entry) + (groups.has(groupKey) ? 0 : plan.headingCost(entry)) + (sections.has(entry.section) ? 0 : plan.sectionCost);
    if (used + extra > plan.budget) return false;
    used += extra;
    chosen.add(entry.index);
    order.push(entry.index);
    groups.add(groupKey);
    sections.add(entry.section);
    return true;
  };
  const byUrgency = [...entries].sort((a, b) => a.priority - b.priority);
  for (const section of ['owed', 'escalated', 'staff'] as const) {
    for (const entry of byUrgency.filter((candidate) => candidate.section === section).slice(0, ITEMS_KEPT_PER_SECTION)) tryAdd(entry);
  }
  for (const entry of byUrgency) {
    if (chosen.has(entry.index)) continue;
    if (!tryAdd(entry)) break;
  }
  while (order.length > 0 && cardBytes(plan.render(chosen)) > plan.budget) chosen.delete(order.pop() as number);
  return chosen;
}
