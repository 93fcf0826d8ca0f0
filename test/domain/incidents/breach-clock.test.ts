import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { breachClock, type BreachClockState } from '../../../src/domain/incidents/breach-clock';
import { incidentSchema } from '../../../src/domain/incidents/incident';
import { instant } from '../../../src/domain/shared/calendar';
import { issuesOf } from '../../../src/domain/shared/validation';
import { anIncident } from '../builders';
import { aBreach, configWith } from '../builders-extra';

/*
 * R-INC: a personal data breach is reported to IMY within 72 hours of discovery (GDPR Art. 33).
 * Discovery below: 2026-03-02 08:00 +01:00 = 07:00Z, so the deadline is 2026-03-05 07:00Z.
 */
const config = DEFAULT_REGION_CONFIG;
const discoveredAt = '2026-03-02T08:00:00+01:00';
const deadline = '2026-03-05T07:00:00.000Z';

describe('breachClock: the 72-hour clock (R-INC)', () => {
  test.each<[string, string, { reportableToAuthority?: boolean; reportedToAuthorityAt?: string }, BreachClockState, number | undefined]>([
    // [what, now, DSO's decision/report, expected state, expected minutesLeft]
    ['an hour after discovery', '2026-03-02T09:00:00+01:00', {}, 'running', 71 * 60],
    ['marked reportable, not yet reported', '2026-03-04T07:00:00Z', { reportableToAuthority: true }, 'running', 24 * 60],
    ['30 seconds before the deadline', '2026-03-05T06:59:30Z', {}, 'running', 0],
    ['at the deadline exactly', '2026-03-05T08:00:00+01:00', {}, 'running', 0],
    ['one second after the deadline', '2026-03-05T07:00:01Z', {}, 'overdue', -1],
    ['two hours after the deadline', '2026-03-05T09:00:00Z', {}, 'overdue', -120],
    ['marked reportable, past the deadline', '2026-03-06T07:00:00Z', { reportableToAuthority: true }, 'overdue', -24 * 60],
    ['reported after 50 hours', '2026-03-10T12:00:00Z', { reportedToAuthorityAt: '2026-03-04T10:00:00+01:00' }, 'reported-in-time', undefined],
    ['reported at the deadline exactly', '2026-03-10T12:00:00Z', { reportedToAuthorityAt: '2026-03-05T08:00:00+01:00' }, 'reported-in-time', undefined],
    ['reported one second late', '2026-03-10T12:00:00Z', { reportedToAuthorityAt: '2026-03-05T07:00:01Z' }, 'reported-late', undefined],
    ['reported one millisecond late', '2026-03-10T12:00:00Z', { reportedToAuthorityAt: '2026-03-05T07:00:00.001Z' }, 'reported-late', undefined],
    ['reported late, seen before the deadline (the report wins)', '2026-03-03T07:00:00Z', { reportedToAuthorityAt: '2026-03-05T09:00:00Z' }, 'reported-late', undefined],
    ['judged not reportable, before the deadline', '2026-03-03T07:00:00Z', { reportableToAuthority: false }, 'not-reportable', undefined],
    ['judged not reportable, long after the deadline', '2026-06-01T07:00:00Z', { reportableToAuthority: false }, 'not-reportable', undefined],
    ['judged not reportable, yet reported in time', '2026-06-01T07:00:00Z', { reportableToAuthority: false, reportedToAuthorityAt: '2026-03-03T07:00:00Z' }, 'reported-in-time', undefined]
  ])('%s → %s', (_what, now, decision, state, minutesLeft) => {
    const incident = aBreach({ id: 'i1', discoveredAt, ...decision });
    expect(breachClock(incident, config, instant(now))).toEqual({ state, deadline, minutesLeft });
  });

  test.each(['deviation', 'security-incident'] as const)('a %s is not a breach: no clock', (category) => {
    const incident = anIncident({ id: 'i1', category, discoveredAt, reportedAt: discoveredAt });
    expect(breachClock(incident, config, instant('2026-03-10T00:00:00Z'))).toEqual({ state: 'not-a-breach', deadline: undefined, minutesLeft: undefined });
  });

  test('the clock runs from discovery, not from when the incident was filed', () => {
    const incident = aBreach({ id: 'i1', discoveredAt, reportedAt: '2026-03-03T15:00:00+01:00' });
    expect(breachClock(incident, config, instant('2026-03-04T07:00:00Z')).deadline).toBe(deadline);
  });

  test('the configured number of hours is used (24 h)', () => {
    const clock = breachClock(aBreach({ id: 'i1', discoveredAt }), configWith({ incidents: { breachNotificationHours: 24 } }), instant('2026-03-03T06:00:00Z'));
    expect(clock).toEqual({ state: 'running', deadline: '2026-03-03T07:00:00.000Z', minutesLeft: 60 });
  });
});

describe('breachClock across Stockholm\'s daylight-saving changes: exactly 72 real hours (R-INC)', () => {
  test.each<[string, string, string, string, BreachClockState, number]>([
    // [what, discoveredAt, now, expected deadline, state, minutesLeft]
    // Spring forward on 29 March: 12:00 (+01) on the 28th → 13:00 (+02) on the 31st, 72 real hours later.
    ['spring: at 12:00 local on the 31st an hour is still left', '2026-03-28T12:00:00+01:00', '2026-03-31T12:00:00+02:00', '2026-03-31T11:00:00.000Z', 'running', 60],
    ['spring: a second before 13:00 local', '2026-03-28T12:00:00+01:00', '2026-03-31T12:59:59+02:00', '2026-03-31T11:00:00.000Z', 'running', 0],
    ['spring: a second after 13:00 local', '2026-03-28T12:00:00+01:00', '2026-03-31T13:00:01+02:00', '2026-03-31T11:00:00.000Z', 'overdue', -1],
    // Fall back on 25 October: 12:00 (+02) on the 24th → 11:00 (+01) on the 27th.
    ['autumn: at 11:00 local on the 27th the time is up', '2026-10-24T12:00:00+02:00', '2026-10-27T11:00:00+01:00', '2026-10-27T10:00:00.000Z', 'running', 0],
    ['autumn: at 12:00 local on the 27th it is an hour overdue', '2026-10-24T12:00:00+02:00', '2026-10-27T12:00:00+01:00', '2026-10-27T10:00:00.000Z', 'overdue', -60]
  ])('%s', (_what, discovered, now, expectedDeadline, state, minutesLeft) => {
    const clock = breachClock(aBreach({ id: 'i1', discoveredAt: discovered }), config, instant(now));
    expect(clock).toEqual({ state, deadline: expectedDeadline, minutesLeft });
    expect(Date.parse(expectedDeadline) - Date.parse(discovered)).toBe(259_200_000); // 72 × 3 600 000 ms
  });
});

describe('incidentSchema: reportedAt never before discoveredAt (R-INC, R-SEC-2)', () => {
  const base = {
    id: 'i1',
    title: 'Journal skickad till fel mottagare',
    category: 'personal-data-breach',
    unitId: 'u1',
    reportedBy: 'medarbetare@region.se',
    discoveredAt: '2026-03-02T08:00:00+01:00' // 07:00Z
  };

  test.each<[string, string, string[]]>([
    ['filed an hour after discovery', '2026-03-02T09:00:00+01:00', []],
    ['filed at the instant of discovery', '2026-03-02T08:00:00+01:00', []],
    ['filed at the same instant written in UTC', '2026-03-02T07:00:00Z', []],
    ['filed 30 minutes later, written in UTC', '2026-03-02T07:30:00Z', []],
    ['filed one second before discovery, written in UTC', '2026-03-02T06:59:59Z', ['reportedAt']],
    ['filed a day before discovery', '2026-03-01T08:00:00+01:00', ['reportedAt']]
  ])('%s: issues at %j', (_what, reportedAt, paths) => {
    const result = incidentSchema.safeParse({ ...base, reportedAt });
    expect(result.success ? [] : issuesOf(result.error).map((issue) => issue.path)).toEqual(paths);
  });

  test('the message says what is wrong', () => {
    const result = incidentSchema.safeParse({ ...base, reportedAt: '2026-03-01T08:00:00+01:00' });
    expect(result.success ? [] : issuesOf(result.error)).toEqual([
      { path: 'reportedAt', message: 'an incident cannot be reported before it was discovered' }
    ]);
  });

  test('an instant without a time zone is refused', () => {
    const result = incidentSchema.safeParse({ ...base, discoveredAt: '2026-03-02T08:00:00', reportedAt: '2026-03-04T09:00:00+01:00' });
    expect(result.success ? [] : issuesOf(result.error).map((issue) => issue.path)).toEqual(['discoveredAt']);
  });
});

describe('incidentSchema keeps the 72-hour clock honest (R-INC)', () => {
  test('a report to IMY dated before the discovery is refused, naming the field', () => {
    const result = incidentSchema.safeParse({
      id: 'i-early',
      title: 'Felskickad remiss',
      category: 'personal-data-breach',
      unitId: 'u-enhet',
      reportedBy: 'medarbetare@region.se',
      discoveredAt: '2026-03-02T08:00:00+01:00',
      reportedAt: '2026-03-02T09:00:00+01:00',
      reportedToAuthorityAt: '2026-03-01T09:00:00+01:00'
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['reportedToAuthorityAt']);
  });
});
