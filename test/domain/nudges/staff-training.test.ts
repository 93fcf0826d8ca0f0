import type { NudgeItem } from '../../../src/domain/nudges/nudge-item';
import type { Digest } from '../../../src/domain/nudges/nudge-plan';
import { nudgeHistoryOf } from '../../../src/domain/nudges/nudge-history';
import { staffOverdueTraining } from '../../../src/domain/nudges/staff-training';
import { isoDate } from '../../../src/domain/shared/calendar';

/* R-NDG-1: "training deadlines (employees, and managers about their staff)"; R-NDG-3 history. */
function training(person: string, urgency: NudgeItem['urgency'], daysOverdue = 0): NudgeItem {
  return {
    key: `training:course:grund:${person}`,
    topic: 'training',
    detail: '0/1',
    subjectKind: 'course',
    subjectId: 'grund',
    subjectName: 'grund',
    unitId: undefined,
    responsibleEmail: person,
    urgency,
    dueOn: isoDate('2026-10-01'),
    daysOverdue
  };
}

const digests = new Map<string, Digest>([
  ['anna@region.se', { recipientEmail: 'anna@region.se', owed: [training('anna@region.se', 'overdue', 10)], escalated: [] }],
  ['bo@region.se', { recipientEmail: 'bo@region.se', owed: [training('bo@region.se', 'overdue', 40)], escalated: [] }],
  ['cia@region.se', { recipientEmail: 'cia@region.se', owed: [training('cia@region.se', 'due-soon')], escalated: [] }],
  ['dan@region.se', { recipientEmail: 'dan@region.se', owed: [training('dan@region.se', 'overdue', 5)], escalated: [] }]
]);
const staff = [
  { email: 'anna@region.se', managerEmail: 'mona@region.se' },
  { email: 'bo@region.se', managerEmail: 'mona@region.se' },
  { email: 'cia@region.se', managerEmail: 'mona@region.se' },
  { email: 'dan@region.se', managerEmail: 'other@region.se' }
];

test('a manager sees her own staff\'s overdue training, not due-soon and not another manager\'s staff (R-NDG-1)', () => {
  expect(staffOverdueTraining('mona@region.se', digests, staff, new Set()).map((item) => item.responsibleEmail)).toEqual(['anna@region.se', 'bo@region.se']);
});

test('training already escalated to her is shown once, in the escalation (R-NDG-3)', () => {
  const escalated = new Set(['training:course:grund:bo@region.se']);
  expect(staffOverdueTraining('mona@region.se', digests, staff, escalated).map((item) => item.responsibleEmail)).toEqual(['anna@region.se']);
});

test('someone who manages no one sees no staff training', () => {
  expect(staffOverdueTraining('anna@region.se', digests, staff, new Set())).toEqual([]);
});

test('the NudgeLog\'s history: the first day a key was sent, counting only sends that reached the person (R-NDG-3, R-NDG-4)', () => {
  const history = nudgeHistoryOf([
    { itemKey: 'k1', runDay: isoDate('2026-11-10'), outcome: 'sent' },
    { itemKey: 'k1', runDay: isoDate('2026-11-03'), outcome: 'sent' },
    { itemKey: 'k1', runDay: isoDate('2026-11-01'), outcome: 'failed' },
    { itemKey: 'k2', runDay: isoDate('2026-11-02'), outcome: 'pending' }
  ]);
  expect([...history.firstSentOn]).toEqual([['k1', '2026-11-03']]);
});
