import type { NudgeItem } from '../../../src/domain/nudges/nudge-item';
import type { Digest, EscalatedItem } from '../../../src/domain/nudges/nudge-plan';
import { applySnoozes, dueStateOf, newSnooze, snoozeSchema, type Snooze } from '../../../src/domain/nudges/snooze';
import { instant, isoDate, type IsoDate } from '../../../src/domain/shared/calendar';

/*
 * R-NDG-2 "buttons that act … snooze": a person's snooze hides one item of their own digest until it
 * ends, and only while the duty is the one they snoozed (same key, same due state).
 */
const TODAY = isoDate('2026-11-23');
const ANNA = 'anna@region.se';
const MONA = 'mona@region.se';

function anItem(key: string, overrides: Partial<NudgeItem> = {}): NudgeItem {
  return {
    key,
    topic: 'classification',
    detail: 'overdue',
    subjectKind: 'asset',
    subjectId: '12',
    subjectName: 'Patientjournal',
    unitId: 'u1',
    responsibleEmail: ANNA,
    urgency: 'overdue',
    dueOn: isoDate('2026-10-01'),
    daysOverdue: 53,
    ...overrides
  };
}

const overdue = anItem('classification:asset:12:anna@region.se');
const neverDone = anItem('classification:asset:13:anna@region.se', { subjectId: '13', urgency: 'missing', dueOn: undefined, daysOverdue: 0 });
const dueSoon = anItem('training:course:grund:anna@region.se', { topic: 'training', subjectKind: 'course', urgency: 'due-soon', dueOn: isoDate('2026-12-01'), daysOverdue: 0 });
const escalation: EscalatedItem = { key: `escalation:${overdue.key}:${MONA}`, item: overdue, route: 'manager' };

const annasDigest: Digest = { recipientEmail: ANNA, owed: [overdue, neverDone, dueSoon], escalated: [] };
const monasDigest: Digest = { recipientEmail: MONA, owed: [], escalated: [escalation] };

function aSnooze(itemKey: string, item: Pick<NudgeItem, 'urgency' | 'dueOn'>, overrides: Partial<Snooze> = {}): Snooze {
  return snoozeSchema.parse({ id: '1', ...newSnooze(itemKey, item, ANNA, isoDate('2026-11-20'), 7, instant('2026-11-20T08:00:00Z')), ...overrides });
}

const keysOf = (digest: Digest): string[] => [...digest.owed.map((item) => item.key), ...digest.escalated.map((item) => item.key)];

describe('applySnoozes (R-NDG-2)', () => {
  test('a snooze of 7 days set on 2026-11-20 ends on 2026-11-27: the item shows again that day', () => {
    const snooze = aSnooze(overdue.key, overdue);
    expect(snooze.until).toBe('2026-11-27');
    expect(snooze.dueState).toBe('overdue:2026-10-01');
    expect(dueStateOf(neverDone)).toBe('missing:never-done');
  });

  const cases: Array<[string, Snooze[], IsoDate, string[]]> = [
    ['no snoozes: everything shows', [], TODAY, [overdue.key, neverDone.key, dueSoon.key]],
    ['a running snooze hides its item only', [aSnooze(overdue.key, overdue)], TODAY, [neverDone.key, dueSoon.key]],
    ['a never-done item is snoozed by its own state', [aSnooze(neverDone.key, neverDone)], TODAY, [overdue.key, dueSoon.key]],
    ['the last day before it ends still hides it', [aSnooze(overdue.key, overdue)], isoDate('2026-11-26'), [neverDone.key, dueSoon.key]],
    ['it ends by itself on its until day', [aSnooze(overdue.key, overdue)], isoDate('2026-11-27'), [overdue.key, neverDone.key, dueSoon.key]],
    ['another person\'s snooze of the same key hides nothing', [aSnooze(overdue.key, overdue, { personEmail: MONA })], TODAY, [overdue.key, neverDone.key, dueSoon.key]],
    [
      'a duty done and due again (a new due date under the same key) is not hidden by the old snooze',
      [aSnooze(overdue.key, { urgency: 'overdue', dueOn: isoDate('2025-10-01') }, { until: isoDate('2026-12-31') })],
      TODAY,
      [overdue.key, neverDone.key, dueSoon.key]
    ],
    [
      'an item snoozed while due soon shows again once it is overdue',
      [aSnooze(dueSoon.key, { urgency: 'due-soon', dueOn: isoDate('2026-11-21') }, { until: isoDate('2026-12-20') })],
      TODAY,
      [overdue.key, neverDone.key, dueSoon.key]
    ],
    [
      'of two snoozes of one item, one that still matches is enough',
      [aSnooze(overdue.key, { urgency: 'due-soon', dueOn: isoDate('2026-10-01') }), aSnooze(overdue.key, overdue, { id: '2' })],
      TODAY,
      [neverDone.key, dueSoon.key]
    ]
  ];
  test.each(cases)('%s', (_name, snoozes, today, shown) => {
    expect(keysOf(applySnoozes(annasDigest, snoozes, today).digest)).toEqual(shown);
  });

  test('says which keys it hid and until when (the latest of the matching snoozes)', () => {
    const hidden = applySnoozes(annasDigest, [aSnooze(overdue.key, overdue), aSnooze(overdue.key, overdue, { id: '2', until: isoDate('2026-12-20') })], TODAY).hidden;
    expect(hidden).toEqual([{ key: overdue.key, until: '2026-12-20' }]);
  });

  test('a manager snoozes an escalation: it leaves her digest, and the item stays in the digest of the one who owes it (R-NDG-3)', () => {
    const snoozes = [aSnooze(escalation.key, overdue, { personEmail: MONA })];
    expect(keysOf(applySnoozes(monasDigest, snoozes, TODAY).digest)).toEqual([]);
    expect(keysOf(applySnoozes(annasDigest, snoozes, TODAY).digest)).toContain(overdue.key);
  });

  test('a snooze of the owed item does not hide the escalation of it from the manager', () => {
    expect(keysOf(applySnoozes(monasDigest, [aSnooze(overdue.key, overdue, { personEmail: MONA })], TODAY).digest)).toEqual([escalation.key]);
  });

  test('the snooze record refuses a key longer than the Title column holds', () => {
    expect(snoozeSchema.safeParse({ ...aSnooze(overdue.key, overdue), itemKey: 'k'.repeat(256) }).success).toBe(false);
  });
});
