import type { NudgeTopic } from '../../config/region-config';
import { isBefore, type Instant, type IsoDate } from '../shared/calendar';

export type NudgeSubjectKind = 'asset' | 'system' | 'document' | 'course' | 'risk' | 'incident';
export type NudgeUrgency = 'overdue' | 'missing' | 'due-soon';

/** One thing a person owes, as the bot lists it (R-NDG-1). */
export interface NudgeItem {
  /** Stable across runs for the same duty and person: the NudgeLog's idempotency key (R-NDG-4). */
  readonly key: string;
  readonly topic: NudgeTopic;
  /** What exactly is owed, for the card's text: e.g. 'reserve-routines' expired, 'no-owner'. */
  readonly detail: string;
  readonly subjectKind: NudgeSubjectKind;
  readonly subjectId: string;
  readonly subjectName: string;
  readonly unitId: string | undefined;
  readonly responsibleEmail: string;
  readonly urgency: NudgeUrgency;
  /** undefined: it was never done, so it is due now (a missing classification). */
  readonly dueOn: IsoDate | undefined;
  /** The exact instant due, where the duty has one: a breach's 72 hours to IMY run to the minute (R-INC). */
  readonly dueAt?: Instant;
  readonly daysOverdue: number;
}

const URGENCY_ORDER: Record<NudgeUrgency, number> = { overdue: 0, missing: 1, 'due-soon': 2 };

/** Earlier due dates first; an item without one (never done, due now) before any date. */
function compareDueOn(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return isBefore(a, b) ? -1 : 1;
}

/** Most urgent first, then by due date and key: the same input always lists in the same order. */
export function compareNudgeItems(a: NudgeItem, b: NudgeItem): number {
  return (
    URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] ||
    b.daysOverdue - a.daysOverdue ||
    compareDueOn(a.dueOn, b.dueOn) ||
    a.key.localeCompare(b.key)
  );
}
