import { contentDigestOf, messageKeyOf, runKeyOf } from '../../../bot/nudges/message-key';
import type { MyTasksAnswer, TaskItem } from '../../../src/contracts/my-tasks';
import { isoDate } from '../../../src/domain/shared/calendar';

const item = (key: string, overrides: Partial<TaskItem> = {}): TaskItem => ({
  key,
  topic: 'classification',
  detail: 'missing',
  subjectKind: 'asset',
  subjectId: '1',
  subjectName: 'Journal',
  responsibleEmail: 'anna@region.se',
  urgency: 'overdue',
  dueOn: isoDate('2026-11-01'),
  daysOverdue: 22,
  ...overrides
});
const answer = (owed: TaskItem[]): MyTasksAnswer => ({ asOf: isoDate('2026-11-23'), email: 'anna@region.se', owed, escalated: [], staffTraining: [], snoozedCount: 0, snoozeDays: [7] });

describe('a message\'s key: person, run day, content (R-NDG-4)', () => {
  it('is the same for the same answer and language, in any process', () => {
    expect(contentDigestOf(answer([item('a')]), 'sv')).toBe(contentDigestOf(answer([item('a')]), 'sv'));
    expect(contentDigestOf(answer([item('a')]), 'sv')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with anything the person is told: an item, its due state, the language', () => {
    const base = contentDigestOf(answer([item('a')]), 'sv');
    expect(contentDigestOf(answer([item('a'), item('b')]), 'sv')).not.toBe(base);
    expect(contentDigestOf(answer([item('a', { daysOverdue: 23 })]), 'sv')).not.toBe(base);
    expect(contentDigestOf(answer([item('a', { urgency: 'due-soon' })]), 'sv')).not.toBe(base);
    expect(contentDigestOf(answer([item('a')]), 'en')).not.toBe(base);
  });

  it('reads as day, digest and recipient, and fits a Title however long the address', () => {
    expect(messageKeyOf(isoDate('2026-11-23'), 'Anna@Region.se', '0123456789abcdef')).toBe('2026-11-23:0123456789abcdef:anna@region.se');
    const long = messageKeyOf(isoDate('2026-11-23'), `${'a'.repeat(240)}@region.se`, '0123456789abcdef');
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long).toMatch(/^2026-11-23:0123456789abcdef:sha256:[0-9a-f]{64}$/);
    expect(runKeyOf(isoDate('2026-11-23'))).toBe('run:2026-11-23');
  });
});
