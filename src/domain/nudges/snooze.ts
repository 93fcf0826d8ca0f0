import { z } from 'zod';
import { addDaysTo, instantSchema, isBefore, isoDateSchema, type Instant, type IsoDate } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';
import type { NudgeItem } from './nudge-item';
import type { Digest } from './nudge-plan';

/**
 * A person's "not now" for one item of their digest (R-NDG-2: buttons that act … snooze). It is
 * also the record of who snoozed what, when (R-SEC-4): snoozes are added, never changed.
 */
export const snoozeSchema = z.object({
  id: idSchema,
  /** NudgeItem.key or EscalatedItem.key, as in the NudgeLog. */
  itemKey: z.string().trim().min(1).max(255, 'an item key is at most 255 characters (it is the list item Title)'),
  /** Who snoozed it: a snooze hides an item only in this person's own digest. */
  personEmail: emailSchema,
  /** The item's due state when it was snoozed (dueStateOf): a changed duty is not hidden by an old snooze. */
  dueState: z.string().trim().min(1).max(64),
  /** The first day the item shows again: a snooze ends by itself. */
  until: isoDateSchema,
  setAt: instantSchema
});
export type Snooze = z.infer<typeof snoozeSchema>;

/**
 * What a snooze is bound to besides the item's key. Keys are stable for the same duty and person
 * (R-NDG-4), so a snoozed classification would stay hidden after it was done and fell due again, and a
 * 30-day snooze of an item due soon would hide it after it became overdue. The due date and urgency
 * change in both cases, so a snooze of `due-soon:2026-12-01` does not hide `overdue:2026-12-01`.
 * (A new document version has a key of its own: the item's subject is the version.)
 */
export function dueStateOf(item: Pick<NudgeItem, 'urgency' | 'dueOn'>): string {
  return `${item.urgency}:${item.dueOn ?? 'never-done'}`;
}

/** The day a snooze of `days` set on `today` ends: the item shows again on it. */
export function snoozeEnds(today: IsoDate, days: number): IsoDate {
  return addDaysTo(today, days);
}

export interface SnoozedDigest {
  readonly digest: Digest;
  /** The item keys this person's snoozes hide today, with the day each shows again. */
  readonly hidden: ReadonlyArray<{ readonly key: string; readonly until: IsoDate }>;
}

/** A snooze that hides this item for this person today: same key, same due state, not yet ended. */
function activeSnoozes(snoozes: readonly Snooze[], personEmail: string, today: IsoDate): Map<string, Snooze[]> {
  const byKey = new Map<string, Snooze[]>();
  for (const snooze of snoozes) {
    if (snooze.personEmail !== personEmail || !isBefore(today, snooze.until)) continue;
    byKey.set(snooze.itemKey, [...(byKey.get(snooze.itemKey) ?? []), snooze]);
  }
  return byKey;
}

/**
 * R-NDG-2: the digest without what its recipient has snoozed. Only the recipient's own snoozes count
 * (a snooze of an escalation hides it from that manager, not the item from the person who owes it),
 * a snooze ends on its `until` day, and it hides only the due state it was set on (dueStateOf).
 * Pure: the web part's My tasks and the bot's digest apply the same rule.
 */
export function applySnoozes(digest: Digest, snoozes: readonly Snooze[], today: IsoDate): SnoozedDigest {
  const active = activeSnoozes(snoozes, digest.recipientEmail, today);
  const hidden: Array<{ key: string; until: IsoDate }> = [];
  const shows = (key: string, item: NudgeItem): boolean => {
    const state = dueStateOf(item);
    const matching = (active.get(key) ?? []).filter((snooze) => snooze.dueState === state);
    if (matching.length === 0) return true;
    const until = matching.map((snooze) => snooze.until).reduce((a, b) => (isBefore(a, b) ? b : a));
    hidden.push({ key, until });
    return false;
  };
  return {
    digest: {
      recipientEmail: digest.recipientEmail,
      owed: digest.owed.filter((item) => shows(item.key, item)),
      escalated: digest.escalated.filter((escalated) => shows(escalated.key, escalated.item))
    },
    hidden
  };
}

/** A new snooze record (its id is SharePoint's, given when it is added). */
export type NewSnooze = Omit<Snooze, 'id'>;

export function newSnooze(itemKey: string, item: Pick<NudgeItem, 'urgency' | 'dueOn'>, personEmail: string, today: IsoDate, days: number, setAt: Instant): NewSnooze {
  return { itemKey, personEmail, dueState: dueStateOf(item), until: snoozeEnds(today, days), setAt };
}
