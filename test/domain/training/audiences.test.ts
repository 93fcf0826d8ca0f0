import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import type { AudienceConfig } from '../../../src/config/region-config';
import type { EmploymentType } from '../../../src/domain/people/person';
import { isoDate } from '../../../src/domain/shared/calendar';
import { audienceMembers } from '../../../src/domain/training/audiences';
import { aPerson, aSystem } from '../builders';
import { label } from '../builders-extra';
import { NO_ROLES, rolesOf } from '../builders-more';

const today = isoDate('2026-06-15');
const audience = (key: string): AudienceConfig => {
  const found = DEFAULT_REGION_CONFIG.training.audiences.find((a) => a.key === key);
  if (!found) throw new Error(`no audience ${key}`);
  return found;
};
const emails = (people: ReadonlyArray<{ email: string }>): string[] => people.map((person) => person.email).sort();

describe('all staff: every employment type counts, only the current roster (R-TRN-1, R-TRN-4)', () => {
  const roster = [
    aPerson({ email: 'permanent@region.se', employmentType: 'permanent' }),
    aPerson({ email: 'temporary@region.se', employmentType: 'temporary' }),
    aPerson({ email: 'hourly@region.se', employmentType: 'hourly' }),
    aPerson({ email: 'consultant@region.se', employmentType: 'consultant' }),
    aPerson({ email: 'left.yesterday@region.se', endDate: '2026-06-14' }),
    aPerson({ email: 'last.day.today@region.se', endDate: '2026-06-15' }),
    aPerson({ email: 'starts.tomorrow@region.se', startDate: '2026-06-16' }),
    aPerson({ email: 'starts.today@region.se', startDate: '2026-06-15' })
  ];

  test('hourly staff and consultants are members; people who left or have not started are not', () => {
    expect(emails(audienceMembers(audience('alla-medarbetare'), roster, [], NO_ROLES, today))).toEqual([
      'consultant@region.se',
      'hourly@region.se',
      'last.day.today@region.se',
      'permanent@region.se',
      'starts.today@region.se',
      'temporary@region.se'
    ]);
  });

  test.each<[EmploymentType[], string[]]>([
    [['permanent'], ['last.day.today@region.se', 'permanent@region.se', 'starts.today@region.se']],
    [['hourly', 'consultant'], ['consultant@region.se', 'hourly@region.se']]
  ])('a region counting only %j counts only those', (employmentTypes, expected) => {
    const own: AudienceConfig = { ...audience('alla-medarbetare'), members: { kind: 'all-staff', employmentTypes } };
    expect(emails(audienceMembers(own, roster, [], NO_ROLES, today))).toEqual(expected);
  });

  test('an empty roster has no members', () => {
    expect(audienceMembers(audience('alla-medarbetare'), [], [], NO_ROLES, today)).toEqual([]);
  });
});

describe('managers (R-TRN-2)', () => {
  test('current staff whose manager start has come', () => {
    const roster = [
      aPerson({ email: 'chef@region.se', managerSince: '2019-01-01' }),
      aPerson({ email: 'ny.chef@region.se', managerSince: '2026-06-15' }),
      aPerson({ email: 'blivande.chef@region.se', managerSince: '2026-06-16' }),
      aPerson({ email: 'slutat.chef@region.se', managerSince: '2019-01-01', endDate: '2026-05-31' }),
      aPerson({ email: 'medarbetare@region.se' })
    ];
    expect(emails(audienceMembers(audience('chefer'), roster, [], NO_ROLES, today))).toEqual(['chef@region.se', 'ny.chef@region.se']);
  });
});

describe('förvaltningsledare: administrators of active systems only (R-TRN-3)', () => {
  test('planned and retired systems do not make anybody a förvaltningsledare; people who left are out', () => {
    const roster = ['fl.active', 'fl.retired', 'fl.planned', 'fl.both', 'fl.left', 'owner', 'nobody'].map((name) =>
      aPerson({ email: `${name}@region.se`, endDate: name === 'fl.left' ? '2026-01-31' : undefined })
    );
    const systems = [
      aSystem({ id: 's1', administratorEmail: 'FL.Active@Region.se' }),
      aSystem({ id: 's2', lifecycle: 'retired', administratorEmail: 'fl.retired@region.se' }),
      aSystem({ id: 's3', lifecycle: 'planned', administratorEmail: 'fl.planned@region.se' }),
      aSystem({ id: 's4', lifecycle: 'retired', administratorEmail: 'fl.both@region.se' }),
      aSystem({ id: 's5', administratorEmail: 'fl.both@region.se' }),
      aSystem({ id: 's6', administratorEmail: 'fl.left@region.se' }),
      // The system owner is not the förvaltningsledare; a system without one adds nobody.
      aSystem({ id: 's7', ownerEmail: 'owner@region.se' })
    ];
    const members = audienceMembers(audience('forvaltningsledare'), roster, systems, NO_ROLES, today);
    expect(emails(members)).toEqual(['fl.active@region.se', 'fl.both@region.se']);
    // Two systems, one person: listed once.
    expect(members.filter((person) => person.email === 'fl.both@region.se')).toHaveLength(1);
  });
});

describe('the regional board, a roster group (R-TRN-3)', () => {
  test('members of the group on the current roster', () => {
    const roster = [
      aPerson({ email: 'ordforande@region.se', groups: ['regionstyrelsen'] }),
      aPerson({ email: 'ledamot@region.se', groups: ['fullmaktige', 'regionstyrelsen'] }),
      aPerson({ email: 'avgatt@region.se', groups: ['regionstyrelsen'], endDate: '2025-12-31' }),
      aPerson({ email: 'fullmaktige@region.se', groups: ['fullmaktige'] }),
      aPerson({ email: 'nastan@region.se', groups: ['regionstyrelsen-ersattare'] })
    ];
    expect(emails(audienceMembers(audience('regionstyrelsen'), roster, [], NO_ROLES, today))).toEqual([
      'ledamot@region.se',
      'ordforande@region.se'
    ]);
  });
});

describe('a role audience (R-ORG-MULTI: a region can train role holders)', () => {
  test('holders of the role who are on the current roster', () => {
    const registryCoordinators: AudienceConfig = {
      key: 'registerkoordinatorer',
      label: label('Registerkoordinatorer', 'Registry coordinators'),
      members: { kind: 'role', roleKey: 'registerkoordinator' },
      courseKey: 'grundutbildning',
      targetPercent: 100,
      deadline: { anchor: 'employment-start' }
    };
    const roster = [
      aPerson({ email: 'rk@region.se' }),
      aPerson({ email: 'rk.slutat@region.se', endDate: '2026-01-31' }),
      aPerson({ email: 'agare@region.se' })
    ];
    const roles = rolesOf({
      'rk@region.se': ['registerkoordinator'],
      'rk.slutat@region.se': ['registerkoordinator'],
      'agare@region.se': ['informationsagare'],
      'rk.inte.pa.listan@region.se': ['registerkoordinator']
    });
    expect(emails(audienceMembers(registryCoordinators, roster, [], roles, today))).toEqual(['rk@region.se']);
  });
});
