import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { holderUpTheTree, isAssignmentActive, roleSlots, rolesByPerson, type RoleSlot } from '../../../src/domain/roles/role-slots';
import { isoDate } from '../../../src/domain/shared/calendar';
import { aRoleAssignment, aSystem, aUnit } from '../builders';
import { configWith, label } from '../builders-extra';

/*
 * Default catalogue: four region roles (CISO, coordinator, IT security officer, DSO), the deputy DSO
 * per förvaltning, registry coordinator and information owner per område, a system owner per active
 * system, and council members as an optional role without a mandate requirement.
 */
const config = DEFAULT_REGION_CONFIG;
const today = isoDate('2026-06-15');

const REGION_ROLES = ['informationssakerhetsansvarig', 'informationssakerhetssamordnare', 'it-sakerhetsansvarig', 'dataskyddsombud'];

const units = [
  aUnit({ id: 'u-forv', level: 'forvaltning' }),
  aUnit({ id: 'u-omr-b', level: 'omrade', parentId: 'u-forv' }),
  aUnit({ id: 'u-omr-a', level: 'omrade', parentId: 'u-forv' }),
  aUnit({ id: 'u-enhet', level: 'enhet', parentId: 'u-omr-a' })
];

describe('isAssignmentActive: ended and future assignments are not active (R-ORG)', () => {
  test.each<[string, string | undefined, string | undefined, boolean]>([
    ['open-ended both ways', undefined, undefined, true],
    ['starts today', '2026-06-15', undefined, true],
    ['starts tomorrow', '2026-06-16', undefined, false],
    ['ends today: today is still its last day', undefined, '2026-06-15', true],
    ['ended yesterday', undefined, '2026-06-14', false],
    ['within its term', '2026-01-01', '2026-12-31', true],
    ['a term entirely in the past', '2024-01-01', '2025-12-31', false],
    ['a term entirely in the future', '2027-01-01', '2027-12-31', false]
  ])('%s (since %s, until %s) → %s', (_what, since, until, expected) => {
    expect(isAssignmentActive(aRoleAssignment({ id: 'ra1', roleKey: 'dataskyddsombud', since, until }), today)).toBe(expected);
  });
});

describe('roleSlots: vacancies are visible (R-ORG)', () => {
  test('with no units, systems or assignments, every region role is a vacant slot, in catalogue order', () => {
    const slots = roleSlots(config, [], [], [], today);
    expect(slots).toEqual(
      REGION_ROLES.map((roleKey) => ({
        roleKey,
        unitId: undefined,
        systemId: undefined,
        holderEmail: undefined,
        mandateDocumented: false,
        requiresMandate: true
      }))
    );
  });

  test('one slot per unit of the role\'s level, sorted by unit id; units of other levels get none', () => {
    const slots = roleSlots(config, units, [], [], today).filter((slot) => slot.unitId !== undefined);
    expect(slots.map((slot) => [slot.roleKey, slot.unitId, slot.holderEmail])).toEqual([
      ['bitradande-dataskyddsombud', 'u-forv', undefined],
      ['registerkoordinator', 'u-omr-a', undefined],
      ['registerkoordinator', 'u-omr-b', undefined],
      ['informationsagare', 'u-omr-a', undefined],
      ['informationsagare', 'u-omr-b', undefined]
    ]);
  });

  test('a complete picture: filled, vacant, ended and future assignments', () => {
    const assignments = [
      aRoleAssignment({ id: 'ra01', roleKey: 'informationssakerhetsansvarig', holderEmail: 'ciso@region.se' }),
      aRoleAssignment({ id: 'ra02', roleKey: 'informationssakerhetssamordnare', holderEmail: 'sara@region.se', mandateDocumented: false }),
      // The DSO's term ended yesterday: the slot is vacant, not still held.
      aRoleAssignment({ id: 'ra03', roleKey: 'dataskyddsombud', holderEmail: 'dso@region.se', until: '2026-06-14' }),
      aRoleAssignment({ id: 'ra04', roleKey: 'bitradande-dataskyddsombud', unitId: 'u-forv', holderEmail: 'bdso@region.se' }),
      aRoleAssignment({ id: 'ra05', roleKey: 'registerkoordinator', unitId: 'u-omr-a', holderEmail: 'rk.a@region.se' }),
      // A slot recorded without a holder is a vacancy too.
      aRoleAssignment({ id: 'ra06', roleKey: 'registerkoordinator', unitId: 'u-omr-b' }),
      aRoleAssignment({ id: 'ra07', roleKey: 'informationsagare', unitId: 'u-omr-a', holderEmail: 'ingrid@region.se' }),
      // Appointed from next month: vacant today.
      aRoleAssignment({ id: 'ra08', roleKey: 'informationsagare', unitId: 'u-omr-b', holderEmail: 'ivar@region.se', since: '2026-07-01' }),
      aRoleAssignment({ id: 'ra09', roleKey: 'radsledamot', holderEmail: 'ledamot1@region.se', mandateDocumented: false }),
      aRoleAssignment({ id: 'ra10', roleKey: 'radsledamot', holderEmail: 'ledamot2@region.se', until: '2026-01-31' })
    ];
    const systems = [
      aSystem({ id: 's-b', ownerEmail: 'olle@region.se', unitId: 'u-enhet' }),
      aSystem({ id: 's-a', unitId: 'u-omr-b' }),
      aSystem({ id: 's-retired', lifecycle: 'retired', ownerEmail: 'gammal@region.se' }),
      aSystem({ id: 's-planned', lifecycle: 'planned', ownerEmail: 'ny@region.se' })
    ];
    const slots = roleSlots(config, units, systems, assignments, today);
    expect(slots.map((slot) => [slot.roleKey, slot.unitId ?? slot.systemId ?? '-', slot.holderEmail ?? 'VACANT', slot.mandateDocumented])).toEqual([
      ['informationssakerhetsansvarig', '-', 'ciso@region.se', true],
      ['informationssakerhetssamordnare', '-', 'sara@region.se', false],
      ['it-sakerhetsansvarig', '-', 'VACANT', false],
      ['dataskyddsombud', '-', 'VACANT', false],
      ['bitradande-dataskyddsombud', 'u-forv', 'bdso@region.se', true],
      ['registerkoordinator', 'u-omr-a', 'rk.a@region.se', true],
      ['registerkoordinator', 'u-omr-b', 'VACANT', false],
      ['informationsagare', 'u-omr-a', 'ingrid@region.se', true],
      ['informationsagare', 'u-omr-b', 'VACANT', false],
      // System owners come from the systems register: active systems only, sorted by id; unitId is the system's unit.
      ['systemagare', 'u-omr-b', 'VACANT', false],
      ['systemagare', 'u-enhet', 'olle@region.se', true],
      // Optional roles: only the held, active ones (ledamot2's term ended).
      ['radsledamot', '-', 'ledamot1@region.se', false]
    ]);
    expect(slots.filter((slot) => slot.roleKey === 'systemagare').map((slot) => slot.systemId)).toEqual(['s-a', 's-b']);
    expect(slots.map((slot) => slot.requiresMandate)).toEqual([true, true, true, true, true, true, true, true, true, true, true, false]);
    expect(slots.filter((slot) => slot.holderEmail === undefined)).toHaveLength(5);
  });

  test('an ended assignment and its successor in the same per-unit slot: the successor holds it', () => {
    const slots = roleSlots(
      config,
      units,
      [],
      [
        aRoleAssignment({ id: 'ra1', roleKey: 'informationsagare', unitId: 'u-omr-a', holderEmail: 'fore@region.se', until: '2026-03-31' }),
        aRoleAssignment({ id: 'ra2', roleKey: 'informationsagare', unitId: 'u-omr-a', holderEmail: 'efter@region.se', since: '2026-04-01', mandateDocumented: false })
      ],
      today
    );
    const slot = slots.find((s) => s.roleKey === 'informationsagare' && s.unitId === 'u-omr-a');
    expect([slot?.holderEmail, slot?.mandateDocumented]).toEqual(['efter@region.se', false]);
    // On 2026-03-31 the predecessor still holds it.
    const before = roleSlots(config, units, [], [
      aRoleAssignment({ id: 'ra1', roleKey: 'informationsagare', unitId: 'u-omr-a', holderEmail: 'fore@region.se', until: '2026-03-31' }),
      aRoleAssignment({ id: 'ra2', roleKey: 'informationsagare', unitId: 'u-omr-a', holderEmail: 'efter@region.se', since: '2026-04-01' })
    ], isoDate('2026-03-31')).find((s) => s.roleKey === 'informationsagare' && s.unitId === 'u-omr-a');
    expect(before?.holderEmail).toBe('fore@region.se');
  });

  test('an assignment to a unit that is not of the role\'s level fills no slot', () => {
    const slots = roleSlots(config, units, [], [aRoleAssignment({ id: 'ra1', roleKey: 'informationsagare', unitId: 'u-enhet', holderEmail: 'x@region.se' })], today);
    expect(slots.filter((slot) => slot.roleKey === 'informationsagare').map((slot) => [slot.unitId, slot.holderEmail])).toEqual([
      ['u-omr-a', undefined],
      ['u-omr-b', undefined]
    ]);
  });

  test('a region role recorded against a unit still fills the region slot; one without a unit is preferred', () => {
    const withUnit = aRoleAssignment({ id: 'ra1', roleKey: 'dataskyddsombud', unitId: 'u-forv', holderEmail: 'med.enhet@region.se' });
    const withoutUnit = aRoleAssignment({ id: 'ra2', roleKey: 'dataskyddsombud', holderEmail: 'utan.enhet@region.se' });
    const dsoOf = (assignments: ReturnType<typeof aRoleAssignment>[]): string | undefined =>
      roleSlots(config, [], [], assignments, today).find((slot) => slot.roleKey === 'dataskyddsombud')?.holderEmail;
    expect(dsoOf([withUnit])).toBe('med.enhet@region.se');
    expect(dsoOf([withUnit, withoutUnit])).toBe('utan.enhet@region.se');
    expect(dsoOf([withoutUnit, withUnit])).toBe('utan.enhet@region.se');
  });

  test('system owner assignments in the role register neither add nor fill slots: the systems register decides', () => {
    const slots = roleSlots(
      config,
      [],
      [aSystem({ id: 's1', unitId: 'u-it' })],
      [aRoleAssignment({ id: 'ra1', roleKey: 'systemagare', unitId: 'u-it', holderEmail: 'annan@region.se' })],
      today
    );
    expect(slots.filter((slot) => slot.roleKey === 'systemagare')).toEqual([
      { roleKey: 'systemagare', unitId: 'u-it', systemId: 's1', holderEmail: undefined, mandateDocumented: false, requiresMandate: true }
    ]);
  });

  test('assignments of role keys the catalogue does not know create no slots', () => {
    const slots = roleSlots(config, [], [], [aRoleAssignment({ id: 'ra1', roleKey: 'okand-roll', holderEmail: 'x@region.se' })], today);
    expect(slots.map((slot) => slot.roleKey)).toEqual(REGION_ROLES);
  });

  test('the same slots whatever order the assignments, units and systems are read in', () => {
    const assignments = [
      aRoleAssignment({ id: 'ra2', roleKey: 'informationsagare', unitId: 'u-omr-a', holderEmail: 'andra@region.se' }),
      aRoleAssignment({ id: 'ra1', roleKey: 'informationsagare', unitId: 'u-omr-a', holderEmail: 'forsta@region.se' }),
      aRoleAssignment({ id: 'ra3', roleKey: 'radsledamot', holderEmail: 'b@region.se' }),
      aRoleAssignment({ id: 'ra0', roleKey: 'radsledamot', holderEmail: 'a@region.se' })
    ];
    const systems = [aSystem({ id: 's2' }), aSystem({ id: 's1' })];
    const forward = roleSlots(config, units, systems, assignments, today);
    const backward = roleSlots(config, [...units].reverse(), [...systems].reverse(), [...assignments].reverse(), today);
    expect(backward).toEqual(forward);
    // Two holders of one per-unit slot: the lowest assignment id holds it.
    expect(forward.find((slot) => slot.roleKey === 'informationsagare' && slot.unitId === 'u-omr-a')?.holderEmail).toBe('forsta@region.se');
    expect(forward.filter((slot) => slot.roleKey === 'radsledamot').map((slot) => slot.holderEmail)).toEqual(['a@region.se', 'b@region.se']);
  });

  test('a region with its own catalogue and levels (R-ORG-MULTI)', () => {
    const own = configWith({
      organisationLevels: [
        { key: 'division', label: label('Division', 'Division') },
        { key: 'sektion', label: label('Sektion', 'Section') }
      ],
      roles: [
        { key: 'informationsagare', scope: { kind: 'per-unit', level: 'division' }, label: label('Informationsägare', 'Information owner') },
        { key: 'informationssakerhetssamordnare', scope: { kind: 'region' }, requiresMandate: false, label: label('Samordnare', 'Coordinator') }
      ],
      // Every duty names a role of the region's own catalogue (roleDuties is validated against it).
      roleDuties: { dataProtectionOfficer: 'informationssakerhetssamordnare', deputyDataProtectionOfficer: 'informationssakerhetssamordnare', registryCoordinator: 'informationsagare' }
    });
    const slots = roleSlots(
      own,
      [aUnit({ id: 'd1', level: 'division' }), aUnit({ id: 'd2', level: 'division' }), aUnit({ id: 'x1', level: 'sektion' })],
      [aSystem({ id: 's1' })],
      [aRoleAssignment({ id: 'ra1', roleKey: 'informationsagare', unitId: 'd2', holderEmail: 'd2@region.se' })],
      today
    );
    expect(slots.map((slot) => [slot.roleKey, slot.unitId, slot.holderEmail, slot.requiresMandate])).toEqual([
      ['informationsagare', 'd1', undefined, true],
      ['informationsagare', 'd2', 'd2@region.se', true],
      ['informationssakerhetssamordnare', undefined, undefined, false]
    ]);
  });
});

describe('rolesByPerson and holderUpTheTree (R-ORG, used by R-ACK, R-TRN-3 and R-NDG-3)', () => {
  const slot = (roleKey: string, unitId: string | undefined, holderEmail: string | undefined, systemId?: string): RoleSlot => ({
    roleKey,
    unitId,
    systemId,
    holderEmail,
    mandateDocumented: true,
    requiresMandate: true
  });

  test('role keys per holder; vacancies belong to nobody', () => {
    const byPerson = rolesByPerson([
      slot('informationsagare', 'u-omr-a', 'ingrid@region.se'),
      slot('registerkoordinator', 'u-omr-a', 'ingrid@region.se'),
      slot('informationsagare', 'u-omr-b', 'ingrid@region.se'),
      slot('systemagare', 'u-it', 'olle@region.se', 's1'),
      slot('dataskyddsombud', undefined, undefined)
    ]);
    expect([...byPerson.entries()].map(([email, roles]) => [email, [...roles].sort()])).toEqual([
      ['ingrid@region.se', ['informationsagare', 'registerkoordinator']],
      ['olle@region.se', ['systemagare']]
    ]);
  });

  test('no slots, nobody holds anything', () => {
    expect(rolesByPerson([]).size).toBe(0);
  });

  const slots = [
    slot('informationsagare', 'u-omr-a', 'ingrid@region.se'),
    slot('informationsagare', 'u-omr-b', undefined),
    slot('informationsagare', 'u-forv', 'forv@region.se'),
    // A system slot in the same unit must not answer for the unit's information owner.
    slot('informationsagare', 'u-enhet', 'system@region.se', 's1')
  ];

  test.each<[string, string[], string | undefined]>([
    ['the unit itself holds nobody, its område does', ['u-enhet', 'u-omr-a', 'u-forv'], 'ingrid@region.se'],
    ['a vacant område passes to the förvaltning', ['u-enhet-b', 'u-omr-b', 'u-forv'], 'forv@region.se'],
    ['nearest first', ['u-omr-a', 'u-forv'], 'ingrid@region.se'],
    ['no unit chain', [], undefined],
    ['a chain of unknown units', ['u-x', 'u-y'], undefined]
  ])('%s', (_what, chain, expected) => {
    expect(holderUpTheTree(slots, 'informationsagare', chain)).toBe(expected);
  });

  test('another role\'s holder never answers', () => {
    expect(holderUpTheTree([slot('registerkoordinator', 'u-omr-a', 'rk@region.se')], 'informationsagare', ['u-omr-a'])).toBeUndefined();
  });
});
