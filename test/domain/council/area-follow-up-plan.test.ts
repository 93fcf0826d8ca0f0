import { areaFollowUpLevels, areaFollowUpScheduleSchema } from '../../../src/config/area-follow-up-config';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { regionConfigSchema } from '../../../src/config/region-config';
import { dueAreaFollowUp, followUpIdOf, planAreaFollowUp } from '../../../src/domain/council/area-follow-up-plan';
import type { OrgUnit } from '../../../src/domain/organisation/org-unit';
import type { Person } from '../../../src/domain/people/person';
import { isoDate } from '../../../src/domain/shared/calendar';

/* R-REP, the action plan's section 4: in May and December every area and department chief gets their own area's follow-up. */
const DEFAULTS = areaFollowUpScheduleSchema.parse({});

describe('when the area follow-up is due (R-REP)', () => {
  test.each([
    ['2026-05-14', '23:59', undefined],
    ['2026-05-15', '08:29', undefined],
    ['2026-05-15', '08:30', { year: 2026, period: 'tertial-1', day: '2026-05-15' }],
    // A service down on the day catches up within the month.
    ['2026-05-31', '00:05', { year: 2026, period: 'tertial-1', day: '2026-05-15' }],
    ['2026-06-01', '08:30', undefined],
    ['2026-11-30', '23:00', undefined],
    ['2026-12-01', '08:30', { year: 2026, period: 'tertial-2', day: '2026-12-01' }],
    ['2026-12-31', '23:59', { year: 2026, period: 'tertial-2', day: '2026-12-01' }],
    ['2027-01-01', '08:30', undefined]
  ])('on %s at %s: %j', (day, time, expected) => {
    expect(dueAreaFollowUp(isoDate(day), time, DEFAULTS.at, DEFAULTS.runs)).toEqual(expected);
  });

  test('the region configures the days, the time and the periods; bad ones are refused with the field named', () => {
    const custom = areaFollowUpScheduleSchema.parse({ at: '13:00', runs: [{ month: 6, day: 3, period: 'half-1' }] });
    expect(dueAreaFollowUp(isoDate('2026-06-03'), '13:00', custom.at, custom.runs)).toEqual({ year: 2026, period: 'half-1', day: '2026-06-03' });
    expect(dueAreaFollowUp(isoDate('2026-05-20'), '13:00', custom.at, custom.runs)).toBeUndefined();
    expect(areaFollowUpScheduleSchema.safeParse({ runs: [{ month: 2, day: 30, period: 'year' }] }).success).toBe(false);
    expect(areaFollowUpScheduleSchema.safeParse({ at: '8:30' }).success).toBe(false);
    expect(areaFollowUpScheduleSchema.safeParse({ runs: [{ month: 5, day: 1, period: 'year' }, { month: 5, day: 20, period: 'year' }] }).success).toBe(false);
    expect(areaFollowUpScheduleSchema.safeParse({ runs: [{ month: 5, day: 1, period: 'quarter-1' }] }).success).toBe(false);
    const badLevel = regionConfigSchema.safeParse({ ...DEFAULT_REGION_CONFIG, areaFollowUp: { levels: ['sektion'] } });
    expect(badLevel.success).toBe(false);
    if (!badLevel.success) expect(badLevel.error.issues[0]).toMatchObject({ path: ['areaFollowUp', 'levels', 0], message: 'no organisation level has the key "sektion"' });
  });

  test('the levels: område and avdelning by default (the tree\'s second and third), or as configured', () => {
    expect(areaFollowUpLevels(DEFAULTS, DEFAULT_REGION_CONFIG.organisationLevels)).toEqual(['omrade', 'avdelning']);
    expect(areaFollowUpLevels({ levels: ['enhet'] }, DEFAULT_REGION_CONFIG.organisationLevels)).toEqual(['enhet']);
    expect(followUpIdOf({ year: 2026, period: 'tertial-1' })).toBe('2026-tertial-1');
  });
});

const unit = (id: string, level: string, parentId?: string): OrgUnit => ({ id, name: `Unit ${id}`, level, parentId, businessCritical: false });
const person = (email: string, unitId: string, extra: Partial<Person> = {}): Person =>
  ({ email, displayName: email.split('@')[0], unitId, employmentType: 'permanent', startDate: '2020-01-01', groups: [], ...extra }) as Person;

describe('who gets which area\'s card (R-REP)', () => {
  const units = [unit('f1', 'forvaltning'), unit('o1', 'omrade', 'f1'), unit('o2', 'omrade', 'f1'), unit('a1', 'avdelning', 'o1'), unit('a2', 'avdelning', 'o1'), unit('e1', 'enhet', 'a1')];
  const TODAY = isoDate('2026-05-15');

  test('the chief of every område and avdelning gets their area\'s card; vacancies reported; other levels left out', () => {
    const roster = [
      person('forv.chef@r.se', 'f1', { managerSince: isoDate('2019-01-01') }),
      person('omr1.chef@r.se', 'o1', { managerSince: isoDate('2019-01-01') }),
      // The chief of two departments gets a card for each.
      person('avd.chef@r.se', 'a1', { managerSince: isoDate('2019-01-01') }),
      person('staff@r.se', 'a1', { managerEmail: 'avd.chef@r.se' }),
      person('enh.chef@r.se', 'e1', { managerSince: isoDate('2019-01-01') }),
      // Becomes a manager only after the day: not chief yet, so a2 is vacant.
      person('later@r.se', 'a2', { managerSince: isoDate('2026-06-01') })
    ];
    const plan = planAreaFollowUp(units, roster, ['omrade', 'avdelning'], 'omrade', TODAY);
    // The department chief gets the follow-up of the area (område) the department lies in: the council's figures are kept per område.
    expect(plan.recipients.map((recipient) => `${recipient.unitId}:${recipient.email}`)).toEqual(['o1:avd.chef@r.se', 'o1:omr1.chef@r.se']);
    expect(plan.recipients[0]).toMatchObject({ unitName: 'Unit o1', name: 'avd.chef', chiefOf: ['a1'] });
    expect(plan.vacant).toEqual(['a2', 'o2']);
    expect(plan.outsideAreas).toEqual([]);
  });

  test('a chief of two areas gets two cards, of an area and a department in it one; a chief who has left gets none', () => {
    const roster = [
      person('Both.Chief@r.se', 'o1', { managerSince: isoDate('2019-01-01') }),
      person('Both.Chief@r.se', 'o2', { managerSince: isoDate('2019-01-01') }),
      person('both.chief@r.se', 'a2', { managerSince: isoDate('2019-01-01') }),
      person('gone@r.se', 'a1', { managerSince: isoDate('2019-01-01'), endDate: isoDate('2026-01-31') })
    ];
    const plan = planAreaFollowUp(units, roster, ['omrade', 'avdelning'], 'omrade', TODAY);
    expect(plan.recipients.map((recipient) => `${recipient.unitId}:${recipient.email}:${recipient.chiefOf.join('+')}`)).toEqual(['o1:both.chief@r.se:a2+o1', 'o2:both.chief@r.se:o2']);
    expect(plan.vacant).toEqual(['a1']);
  });

  test('a unit above the reporting level lies in no area: reported, no card', () => {
    const roster = [person('forv.chef@r.se', 'f1', { managerSince: isoDate('2019-01-01') })];
    const plan = planAreaFollowUp(units, roster, ['forvaltning'], 'omrade', TODAY);
    expect(plan.recipients).toEqual([]);
    expect(plan.outsideAreas).toEqual(['f1']);
  });
});
