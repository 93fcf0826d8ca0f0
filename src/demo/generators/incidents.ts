import type { Incident } from '../../domain/incidents/incident';
import { addHoursTo } from '../../domain/shared/calendar';
import type { ItSystem } from '../../domain/systems/it-system';
import { INCIDENT_TEMPLATES, type IncidentTemplate } from '../catalogue/incidents';
import { UNIT_PATHS } from '../catalogue/unit-paths';
import { DEMO_PERSONAS } from '../demo-personas';
import type { DemoContext } from '../demo-context';
import { daysBefore, daysFromTo, localInstant } from '../demo-dates';
import { DEMO_TARGET_COUNTS } from '../demo-targets';
import type { Random } from '../random';
import type { DemoRoles } from './role-assignments';
import type { DemoStaff } from './staff';
import type { DemoSystems } from './systems';
import type { DemoOrganisation, DemoUnit } from './units';

/**
 * R-INC: deviations, security incidents and personal data breaches over two years, assessed by
 * unit chiefs and (breaches) by the DSO or a deputy; reported to IMY in time, late, or judged not
 * reportable — and, as of asOf, one breach inside its 72-hour window and one past it, unreported.
 */
export function generateIncidents(
  context: DemoContext,
  organisation: DemoOrganisation,
  staff: DemoStaff,
  roles: DemoRoles,
  systems: readonly ItSystem[],
  demoSystems: DemoSystems
): Incident[] {
  const random = context.random('incidents');
  const { asOf, config } = context;
  const zone = config.timeZone;
  const dso = roles.holderOf('dataskyddsombud') ?? DEMO_PERSONAS.dataProtectionOfficer.email;
  const akutmottagning = organisation.resolve([...UNIT_PATHS.akutmottagning, 'Akutmottagning Östersund']);
  const incidents: Incident[] = [];
  const id = (): string => `inc-${String(incidents.length + 1).padStart(4, '0')}`;

  // Reported by the employee persona yesterday afternoon: the DSO has not yet assessed it.
  const runningDiscovered = localInstant(daysBefore(asOf, 1), 14, 10, zone);
  incidents.push({
    id: id(),
    title: 'Patientlista skickad till fel e-postadress',
    description: 'En lista med namn, personnummer och besöksorsak för dagens patienter skickades till en extern adress med liknande namn.',
    category: 'personal-data-breach',
    status: 'reported',
    unitId: akutmottagning.unit.id,
    reportedBy: DEMO_PERSONAS.employee.email,
    reportedAt: addHoursTo(runningDiscovered, 35 / 60),
    discoveredAt: runningDiscovered,
    assessedBy: undefined,
    reportableToAuthority: undefined,
    reportedToAuthorityAt: undefined,
    systemIds: [],
    personalData: 'yes'
  });

  // Assessed as reportable six days ago, and never reported to IMY.
  const overdueDiscovered = localInstant(daysBefore(asOf, 6), 9, 20, zone);
  incidents.push({
    id: id(),
    title: 'Obehörig åtkomst till journal via delat konto',
    description: 'Vid loggkontroll upptäcktes att ett delat konto använts för att läsa journaler utan vårdrelation under flera veckor.',
    category: 'personal-data-breach',
    status: 'assessed',
    unitId: akutmottagning.unit.id,
    reportedBy: DEMO_PERSONAS.registryCoordinator.email,
    reportedAt: addHoursTo(overdueDiscovered, 2),
    discoveredAt: overdueDiscovered,
    assessedBy: DEMO_PERSONAS.dataProtectionOfficer.email,
    reportableToAuthority: true,
    reportedToAuthorityAt: undefined,
    systemIds: (demoSystems.byKind.get('journal') ?? []).slice(0, 1).map((system) => system.id),
    personalData: 'yes'
  });

  const total = context.count(DEMO_TARGET_COUNTS.incidents, 8);
  const workplaces = organisation.units.filter((unit) => unit.depth >= 2);
  const templates = Array.from({ length: total }, () => random.pick(INCIDENT_TEMPLATES));
  const breachCount = templates.filter((template) => template.category === 'personal-data-breach').length;
  const breachOutcomes = random.deal(breachCount, [['in-time', 50], ['not-reportable', 40], ['late', 10]]);
  let breachIndex = 0;
  for (const template of templates) {
    const discoveredOn = daysBefore(asOf, random.int(7, 730));
    const discoveredAt = localInstant(discoveredOn, random.int(7, 16), random.int(0, 59), zone);
    const { unit, systemIds } = placeOf(template, workplaces, organisation, systems, demoSystems, random);
    const reporters = staff.membersOf.get(unit.unit.id) ?? [];
    const reportedBy = reporters.length > 0 ? random.pick(reporters) : staff.currentChiefUp(unit.unit.id) ?? DEMO_PERSONAS.employee.email;
    const status = statusFor(template, daysFromTo(discoveredOn, asOf), random);
    const breach = template.category === 'personal-data-breach';
    const outcome = breach ? breachOutcomes[breachIndex++] : undefined;
    const deputy = roles.holderOf('bitradande-dataskyddsombud', unit.administrationId);
    incidents.push({
      id: id(),
      title: template.title,
      description: template.description,
      category: template.category,
      status,
      unitId: unit.unit.id,
      reportedBy,
      reportedAt: addHoursTo(discoveredAt, random.int(1, 30)),
      discoveredAt,
      assessedBy: status === 'reported' ? undefined : breach ? (deputy !== undefined && random.chance(0.6) ? deputy : dso) : staff.currentChiefUp(unit.unit.id),
      reportableToAuthority: outcome === undefined ? undefined : outcome !== 'not-reportable',
      reportedToAuthorityAt:
        outcome === 'in-time' ? addHoursTo(discoveredAt, random.int(6, 70)) : outcome === 'late' ? addHoursTo(discoveredAt, random.int(80, 160)) : undefined,
      systemIds,
      // What the reporter answered: the category followed from it (categoryFromAnswers).
      personalData: breach ? 'yes' : 'no'
    });
  }
  return incidents;
}

/** Breaches are always assessed by the DSO before they leave 'reported'; other incidents close over weeks. */
function statusFor(template: IncidentTemplate, ageDays: number, random: Random): Incident['status'] {
  if (template.category === 'personal-data-breach') return ageDays > 60 && random.chance(0.85) ? 'closed' : 'assessed';
  if (ageDays > 60) return random.chance(0.85) ? 'closed' : 'assessed';
  if (ageDays > 14) return random.weighted<Incident['status']>([['assessed', 60], ['closed', 20], ['reported', 20]]);
  return random.chance(0.6) ? 'reported' : 'assessed';
}

function placeOf(
  template: IncidentTemplate,
  workplaces: readonly DemoUnit[],
  organisation: DemoOrganisation,
  systems: readonly ItSystem[],
  demoSystems: DemoSystems,
  random: Random
): { unit: DemoUnit; systemIds: string[] } {
  const unit = random.pick(workplaces);
  if (template.systemKinds.length === 0) return { unit, systemIds: [] };
  const chain = new Set(organisation.chain(unit.unit.id).map((candidate) => candidate.unit.id));
  const kinds = new Set(template.systemKinds);
  const candidates = systems.filter((system) => system.lifecycle === 'active' && kinds.has(demoSystems.kindOf.get(system.id) ?? 'verksamhet'));
  const near = candidates.filter((system) => chain.has(system.unitId));
  const chosen = near.length > 0 ? random.pick(near) : candidates.length > 0 ? candidates[0] : undefined;
  return { unit, systemIds: chosen ? [chosen.id] : [] };
}

