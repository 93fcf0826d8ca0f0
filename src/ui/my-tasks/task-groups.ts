import type { EscalatedTask, TaskItem } from '../../contracts/my-tasks';

/** The bot's digest order of topics (issue 9): what the page and the card list first. */
export const TOPIC_ORDER: readonly string[] = ['incident-assessment', 'classification', 'acknowledgement', 'training', 'security-plan', 'reserve-routines', 'risk-follow-up'];

export interface TopicGroup {
  readonly topic: string;
  /** False for a topic this version of the page has no words for (one a later plan adds): shown under a generic heading. */
  readonly known: boolean;
  readonly items: readonly TaskItem[];
}

export interface PersonGroup {
  readonly email: string;
  readonly name: string;
  readonly items: readonly EscalatedTask[];
}

/**
 * What I owe, by topic in the digest's order; topics the page does not know follow, in the order the
 * plan first lists them. Items keep the plan's order (most urgent first) inside each topic.
 */
export function groupByTopic(items: readonly TaskItem[]): TopicGroup[] {
  const byTopic = new Map<string, TaskItem[]>();
  for (const item of items) byTopic.set(item.topic, [...(byTopic.get(item.topic) ?? []), item]);
  const known = TOPIC_ORDER.filter((topic) => byTopic.has(topic)).map((topic) => ({ topic, known: true, items: byTopic.get(topic) ?? [] }));
  const unknown = [...byTopic.keys()].filter((topic) => !TOPIC_ORDER.includes(topic)).map((topic) => ({ topic, known: false, items: byTopic.get(topic) ?? [] }));
  return [...known, ...unknown];
}

/** Escalated to me, by the person who owes it (the plan lists them by that person already), named from the roster. */
export function groupByPerson(items: readonly EscalatedTask[]): PersonGroup[] {
  const groups = new Map<string, EscalatedTask[]>();
  for (const escalated of items) groups.set(escalated.item.responsibleEmail, [...(groups.get(escalated.item.responsibleEmail) ?? []), escalated]);
  return [...groups.entries()].map(([email, group]) => ({ email, name: group[0].item.responsibleName ?? email, items: group }));
}
