import type { IncidentView } from '../../../src/contracts/incidents';
import { createTranslator } from '../../../src/i18n/translator';
import { clockText } from '../../../src/ui/incidents/incident-assessment-dialog';

const viewWith = (minutesLeft: number, state: 'running' | 'overdue'): IncidentView =>
  ({ clock: { state, minutesLeft, deadline: '2026-11-20T08:20:00.000Z' } }) as unknown as IncidentView;

describe("the 72-hour clock in words (R-INC): hours while they mean something, days after that", () => {
  test.each([
    ['sv', 5 * 60 + 7, 'running', '5 timmar och 7 minuter kvar till anmälan till IMY (senast 2026-11-20 09:20).'],
    ['sv', -(30 * 60), 'overdue', 'Tiden för anmälan till IMY gick ut 2026-11-20 09:20, för 30 timmar sedan.'],
    ['sv', -(47 * 60 + 59), 'overdue', 'Tiden för anmälan till IMY gick ut 2026-11-20 09:20, för 47 timmar sedan.'],
    ['sv', -(249 * 60), 'overdue', 'Tiden för anmälan till IMY gick ut 2026-11-20 09:20, för 10 dagar sedan.'],
    ['en', -(249 * 60), 'overdue', 'The time to report to IMY ran out 2026-11-20 09:20, 10 days ago.']
  ] as const)('%s, %i minutes left (%s)', (locale, minutesLeft, state, expected) => {
    expect(clockText(viewWith(minutesLeft, state), createTranslator(locale), 'Europe/Stockholm')).toBe(expected);
  });
});
