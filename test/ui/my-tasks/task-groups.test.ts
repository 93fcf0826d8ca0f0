import type { EscalatedTask, TaskItem } from '../../../src/contracts/my-tasks';
import { subjectLink } from '../../../src/sharepoint/lists/item-links';
import { groupByPerson, groupByTopic } from '../../../src/ui/my-tasks/task-groups';

/* My tasks lists the digest as the bot will (R-NDG-2): by topic in the digest's order, escalations by person (R-NDG-3). */
function task(key: string, topic: string, responsibleEmail = 'anna@region.se', responsibleName?: string): TaskItem {
  return { key, topic, detail: '', subjectKind: 'asset', subjectId: '1', subjectName: key, responsibleEmail, responsibleName, urgency: 'overdue', daysOverdue: 3 };
}

test('topics follow the digest\'s order (incidents with their 72-hour clock first), items keep the plan\'s order, and a topic the page does not know comes last, under its own key', () => {
  const groups = groupByTopic([task('r1', 'risk-follow-up'), task('i1', 'incident-assessment'), task('x1', 'a-later-topic'), task('c1', 'classification'), task('r2', 'risk-follow-up'), task('t1', 'training')]);
  expect(groups.map((group) => [group.topic, group.known, group.items.map((item) => item.key)])).toEqual([
    ['incident-assessment', true, ['i1']],
    ['classification', true, ['c1']],
    ['training', true, ['t1']],
    ['risk-follow-up', true, ['r1', 'r2']],
    ['a-later-topic', false, ['x1']]
  ]);
});

test('escalations are grouped by the person who owes them, named from the roster or else by e-mail', () => {
  const escalated = (key: string, email: string, name?: string): EscalatedTask => ({ key: `escalation:${key}`, route: 'manager', item: task(key, 'training', email, name) });
  const groups = groupByPerson([escalated('a', 'bo@region.se', 'Bo Ek'), escalated('b', 'bo@region.se', 'Bo Ek'), escalated('c', 'cia@region.se')]);
  expect(groups.map((group) => [group.name, group.items.length])).toEqual([
    ['Bo Ek', 2],
    ['cia@region.se', 1]
  ]);
});

test.each([
  ['asset', '12', '/sites/tillit/Lists/Assets/DispForm.aspx?ID=12'],
  ['system', '7', '/sites/tillit/Lists/Systems/DispForm.aspx?ID=7'],
  ['risk', '3', '/sites/tillit/Lists/Risks/DispForm.aspx?ID=3'],
  ['document', '2', '/sites/tillit/Lists/DocumentVersions/DispForm.aspx?ID=2'],
  ['incident', '9', '/sites/tillit/Lists/Incidents/DispForm.aspx?ID=9'],
  ['course', 'grund & mer', '/sites/tillit/Lists/TrainingRecords/AllItems.aspx?FilterField1=Course&FilterValue1=grund%20%26%20mer'],
  ['asset', 'not-an-id', undefined],
  ['meeting', '4', undefined]
])('a %s %s opens at %s', (kind, id, link) => {
  expect(subjectLink('/sites/tillit/', kind, id)).toBe(link);
});
