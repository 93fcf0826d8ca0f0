import type { RoleConfig } from '../../config/region-config';
import type { RoleAssignment } from '../../domain/roles/role-assignment';
import type { IsoDate } from '../../domain/shared/calendar';
import { UNIT_PATHS } from '../catalogue/unit-paths';
import { DEMO_PERSONAS, DEMO_PERSONA_LIST } from '../demo-personas';
import type { DemoContext } from '../demo-context';
import { daysBefore, earliestOf, latestOf } from '../demo-dates';
import type { Random } from '../random';
import type { DemoStaff } from './staff';
import type { DemoOrganisation } from './units';

export interface DemoRoles {
  readonly assignments: readonly RoleAssignment[];
  /** The security council, chair first and convener second (R-MTG). */
  readonly councilMembers: readonly string[];
  /** The active holder of a role for a unit (undefined unit: a region role), if any. */
  holderOf(roleKey: string, unitId?: string): string | undefined;
}

/** Region roles the demo personas hold; any other region role goes to a member of the security function. */
const PERSONA_ROLES: Readonly<Record<string, string>> = {
  informationssakerhetsansvarig: DEMO_PERSONAS.ciso.email,
  informationssakerhetssamordnare: DEMO_PERSONAS.securityCoordinator.email,
  dataskyddsombud: DEMO_PERSONAS.dataProtectionOfficer.email
};

/**
 * Per-unit roles the personas hold: the registry coordinator and the information owner of Område
 * Akutsjukvård, and the deputy DSO of its administration (Hälso- och sjukvårdsförvaltningen).
 */
const PERSONA_UNIT_ROLES: ReadonlyArray<{ roleKey: string; email: string; unitPath: readonly string[] }> = [
  { roleKey: 'bitradande-dataskyddsombud', email: DEMO_PERSONAS.deputyDataProtectionOfficer.email, unitPath: DEMO_PERSONAS.deputyDataProtectionOfficer.unitPath },
  { roleKey: 'registerkoordinator', email: DEMO_PERSONAS.registryCoordinator.email, unitPath: DEMO_PERSONAS.informationOwner.unitPath },
  { roleKey: 'informationsagare', email: DEMO_PERSONAS.informationOwner.email, unitPath: DEMO_PERSONAS.informationOwner.unitPath }
];

/** The role the chief of a unit holds by virtue of the post (seed: områdeschefer are information owners). */
const CHIEF_ROLE_KEYS = new Set(['informationsagare']);

/**
 * R-ORG: a holder for every configured role — region roles, one per unit of a role's level, the
 * council members — with some vacancies (recorded as an empty assignment, or simply missing),
 * some holders without a documented mandate (the 2023 report's complaint), a former holder whose
 * assignment has ended, and information owners who are the chiefs of their areas, including a
 * chief who has left and whose role nobody has taken over. System owners live in the systems register.
 */
export function generateRoleAssignments(context: DemoContext, organisation: DemoOrganisation, staff: DemoStaff): DemoRoles {
  const random = context.random('roles');
  const { asOf } = context;
  const assignments: RoleAssignment[] = [];
  const add = (assignment: Omit<RoleAssignment, 'id'>): void => {
    assignments.push({ id: `role-${String(assignments.length + 1).padStart(4, '0')}`, ...assignment });
  };
  const sinceFor = (email: string, daysAgo: number): IsoDate => latestOf(daysBefore(asOf, daysAgo), staff.byEmail.get(email)?.startDate ?? asOf);
  const securityUnit = organisation.resolve(DEMO_PERSONAS.ciso.unitPath);
  const memberUnder = (unitId: string, taken: ReadonlySet<string>): string | undefined => {
    const pool = organisation.subtree(unitId).flatMap((unit) => staff.membersOf.get(unit.unit.id) ?? []).filter((email) => !taken.has(email));
    return pool.length === 0 ? undefined : random.pick(pool);
  };
  // The personas hold only the roles their stories give them.
  const taken = new Set<string>(DEMO_PERSONA_LIST.map((persona) => persona.email));
  const regionRoleSince = new Map<string, IsoDate>();

  for (const role of context.config.roles) {
    const scope = role.scope;
    if (scope.kind === 'region') {
      const holder = PERSONA_ROLES[role.key] ?? memberUnder(organisation.resolve(UNIT_PATHS.itDrift).unit.id, taken);
      if (holder === undefined) continue;
      taken.add(holder);
      const since = sinceFor(holder, random.int(200, 1500));
      regionRoleSince.set(role.key, since);
      // The personas' roles are documented; the IT security officer's mandate is one of the gaps the council sees.
      add({ roleKey: role.key, unitId: undefined, holderEmail: holder, since, until: undefined, mandateDocumented: PERSONA_ROLES[role.key] !== undefined });
    } else if (scope.kind === 'per-unit') {
      addUnitRoles(role, scope.level);
    }
    // Per-system roles are the systems register's owners; optional roles other than the council stay empty.
  }

  function addUnitRoles(role: RoleConfig, level: string): void {
    const units = organisation.units.filter((unit) => unit.unit.level === level);
    const fates = random.deal(units.length, [['filled', 80], ['vacant', 8], ['vacant-recorded', 6], ['no-mandate', 16]]);
    units.forEach((unit, index) => {
      const persona = PERSONA_UNIT_ROLES.find((entry) => entry.roleKey === role.key && organisation.resolve(entry.unitPath).unit.id === unit.unit.id);
      if (persona) {
        add({ roleKey: role.key, unitId: unit.unit.id, holderEmail: persona.email, since: sinceFor(persona.email, 700), until: undefined, mandateDocumented: true });
        return;
      }
      const fate = fates[index];
      if (CHIEF_ROLE_KEYS.has(role.key)) {
        // The chief holds it; a vacant post leaves the role vacant, a chief who left leaves a stale assignment.
        const chief = staff.chiefOf.get(unit.unit.id);
        if (chief === undefined) {
          add({ roleKey: role.key, unitId: unit.unit.id, holderEmail: undefined, since: undefined, until: undefined, mandateDocumented: false });
          return;
        }
        add({ roleKey: role.key, unitId: unit.unit.id, holderEmail: chief, since: staff.byEmail.get(chief)?.managerSince, until: undefined, mandateDocumented: fate !== 'no-mandate' });
        return;
      }
      if (fate === 'vacant') return;
      const holder = fate === 'vacant-recorded' ? undefined : memberUnder(unit.unit.id, taken);
      if (holder !== undefined) taken.add(holder);
      add({
        roleKey: role.key,
        unitId: unit.unit.id,
        holderEmail: holder,
        since: holder === undefined ? undefined : sinceFor(holder, random.int(60, 1800)),
        until: undefined,
        mandateDocumented: holder !== undefined && fate !== 'no-mandate'
      });
    });
  }

  // The coordinator before the current one, who has since left: an ended assignment, kept for the history (R-SEC-4).
  const coordinatorSince = regionRoleSince.get('informationssakerhetssamordnare');
  const staffAdministration = organisation.resolve(UNIT_PATHS.regionstaben).administrationId;
  const formerCoordinator = staff.leavers
    .map((email) => staff.byEmail.get(email))
    .find(
      (person) =>
        person !== undefined &&
        coordinatorSince !== undefined &&
        person.startDate < daysBefore(coordinatorSince, 30) &&
        staff.kindOf.get(person.email) === 'staff' &&
        organisation.byId.get(person.unitId)?.administrationId === staffAdministration
    );
  if (coordinatorSince !== undefined && formerCoordinator !== undefined) {
    const until = earliestOf(daysBefore(coordinatorSince, 1), formerCoordinator.endDate ?? asOf);
    add({
      roleKey: 'informationssakerhetssamordnare',
      unitId: undefined,
      holderEmail: formerCoordinator.email,
      since: latestOf(formerCoordinator.startDate, daysBefore(until, 2000)),
      until,
      mandateDocumented: false
    });
  }

  const councilMembers = councilOf(organisation, staff, random, assignments, securityUnit.unit.id);
  if (context.config.roles.some((role) => role.key === 'radsledamot')) {
    for (const email of councilMembers) {
      add({ roleKey: 'radsledamot', unitId: undefined, holderEmail: email, since: sinceFor(email, random.int(100, 1200)), until: undefined, mandateDocumented: true });
    }
  }

  return {
    assignments,
    councilMembers,
    holderOf: (roleKey, unitId) =>
      assignments.find(
        (assignment) =>
          assignment.roleKey === roleKey &&
          assignment.unitId === unitId &&
          assignment.holderEmail !== undefined &&
          (assignment.until === undefined || assignment.until >= asOf)
      )?.holderEmail
  };
}

/**
 * The security council as the seed lays it out: the preparedness chief chairs, the coordinator
 * convenes, with the DSO, the CISO, the IT security officer and people for law, patient safety,
 * COSMIC and the national e-health services.
 */
function councilOf(
  organisation: DemoOrganisation,
  staff: DemoStaff,
  random: Random,
  assignments: readonly RoleAssignment[],
  securityUnitId: string
): string[] {
  const personas = new Set(DEMO_PERSONA_LIST.map((persona) => persona.email));
  const members: string[] = [DEMO_PERSONAS.councilChair.email, DEMO_PERSONAS.securityCoordinator.email, DEMO_PERSONAS.dataProtectionOfficer.email, DEMO_PERSONAS.ciso.email];
  const itSecurity = assignments.find((assignment) => assignment.roleKey === 'it-sakerhetsansvarig')?.holderEmail;
  if (itSecurity !== undefined) members.push(itSecurity);
  members.push(DEMO_PERSONAS.systemOwner.email);
  const from = [
    ['Regionstaben', 'Område Ledningsstöd', 'Kansliavdelningen', 'Juridiska enheten'],
    ['Regionstaben', 'Område Ledningsstöd', 'Kvalitet och patientsäkerhet', 'Patientsäkerhetsenheten'],
    ['Hälso- och sjukvårdsförvaltningen', 'Område Vårdadministration och läkemedel', '1177 och vårdgaranti'],
    ['Regionstaben', 'Område Säkerhet och beredskap', 'Säkerhet och beredskap', 'Krisberedskap']
  ];
  for (const path of from) {
    const unit = organisation.resolve(path);
    const pool = organisation
      .subtree(unit.path.length === path.length ? unit.unit.id : securityUnitId)
      .flatMap((candidate) => staff.membersOf.get(candidate.unit.id) ?? [])
      .filter((email) => !members.includes(email) && !personas.has(email));
    if (pool.length > 0) members.push(random.pick(pool));
  }
  return members;
}
