import type { IsoDate } from '../../domain/shared/calendar';
import type { ItSystem } from '../../domain/systems/it-system';
import { CLOUD_SERVICES, type CloudServiceBlueprint } from '../catalogue/cloud-services';
import { CORE_SYSTEMS, type SystemBlueprint } from '../catalogue/core-systems';
import { SYSTEM_KIND_LABELS, type SystemKind } from '../catalogue/system-kinds';
import { LOCAL_SYSTEMS, MEDICAL_DEVICE_SYSTEMS, type UnitSystemBlueprint } from '../catalogue/unit-systems';
import { UNIT_PATHS } from '../catalogue/unit-paths';
import { DEMO_PERSONAS, DEMO_PERSONA_LIST } from '../demo-personas';
import type { DemoContext } from '../demo-context';
import { daysBefore } from '../demo-dates';
import { DEMO_TARGET_COUNTS } from '../demo-targets';
import type { Random } from '../random';
import { approvalFor, type ApprovalScenario } from './approvals';
import type { DemoStaff } from './staff';
import type { DemoOrganisation, DemoUnit } from './units';

export interface DemoSystems {
  /** Without assetIds: those are filled in once the assets exist. */
  readonly systems: readonly ItSystem[];
  readonly kindOf: ReadonlyMap<string, SystemKind>;
  readonly byKind: ReadonlyMap<SystemKind, readonly ItSystem[]>;
  /** Where a cloud service's provider processes data (third-country transfers in the record of processing). */
  readonly countryOf: ReadonlyMap<string, CloudServiceBlueprint['country']>;
}

interface SystemDraft {
  readonly name: string;
  readonly kind: SystemKind;
  readonly unit: DemoUnit;
  readonly description: string;
  readonly societallyImportant: boolean;
  readonly personalData: boolean;
  readonly cloud: boolean;
  readonly lifecycle: ItSystem['lifecycle'];
  readonly origin: 'core' | 'device' | 'local' | 'cloud' | 'integration';
  readonly country?: CloudServiceBlueprint['country'];
  readonly core?: SystemBlueprint;
}

/**
 * R-SYS: ~700 IT systems — the core clinical, administrative and infrastructure systems, medical
 * device software and local databases per unit, cloud services (some never authorised) and
 * integrations — with owners and förvaltningsledare from the roster, and security plans,
 * reserve routines and continuity plans in every state for the societally important ones.
 */
export function generateSystems(context: DemoContext, organisation: DemoOrganisation, staff: DemoStaff): DemoSystems {
  const random = context.random('systems');
  const total = context.count(DEMO_TARGET_COUNTS.systems, 20);
  const coreCount = Math.min(CORE_SYSTEMS.length, Math.max(10, Math.round(total * 0.16)));
  const rest = total - coreCount;
  const deviceCount = Math.round(rest * 0.34);
  const localCount = Math.round(rest * 0.2);
  const integrationCount = Math.round(rest * 0.1);
  const cloudCount = rest - deviceCount - localCount - integrationCount;

  const core = CORE_SYSTEMS.slice(0, coreCount).map(
    (blueprint): SystemDraft => ({
      name: blueprint.name,
      kind: blueprint.kind,
      unit: organisation.resolve(UNIT_PATHS[blueprint.home]),
      description: `${SYSTEM_KIND_LABELS[blueprint.kind]}. ${blueprint.description}`,
      societallyImportant: blueprint.societallyImportant,
      personalData: blueprint.personalData,
      cloud: blueprint.cloud,
      lifecycle: blueprint.lifecycle,
      origin: 'core',
      core: blueprint
    })
  );
  const workplaces = organisation.units.filter((unit) => unit.depth >= 2);
  const devices = perUnit(random, MEDICAL_DEVICE_SYSTEMS, workplaces, deviceCount).map(([blueprint, unit]) =>
    unitSystem(blueprint, unit, 'medicinteknik', 'device', `Programvara och datalagring för ${blueprint.name.toLowerCase()} på ${unit.unit.name}.`)
  );
  const locals = perUnit(random, LOCAL_SYSTEMS, workplaces, localCount).map(([blueprint, unit]) =>
    unitSystem(blueprint, unit, 'lokal', 'local', `Lokalt verktyg på ${unit.unit.name}, utanför regionens systemförvaltning.`)
  );
  const clouds = cloudServices(random, organisation, cloudCount);
  const integrationUnit = organisation.resolve(UNIT_PATHS.integrationer);
  const integrations = random
    .shuffle(core.flatMap((a, i) => core.slice(i + 1).map((b) => [a, b] as const)))
    .slice(0, integrationCount + Math.max(0, deviceCount - devices.length) + Math.max(0, localCount - locals.length))
    .map(
      ([a, b]): SystemDraft => ({
        name: `Integration ${a.name} – ${b.name}`,
        kind: 'integration',
        unit: integrationUnit,
        description: `${SYSTEM_KIND_LABELS.integration}. Meddelandeflöde mellan ${a.name} och ${b.name} via integrationsmotorn.`,
        societallyImportant: a.societallyImportant && b.societallyImportant,
        personalData: a.personalData || b.personalData,
        cloud: false,
        lifecycle: 'active',
        origin: 'integration'
      })
    );
  // Beyond the core list, some systems are on their way in (awaiting authorisation) or out.
  const others = [...devices, ...locals, ...clouds, ...integrations];
  const lifecycles = random.deal(others.length, [['active', 88], ['planned', 6], ['retired', 6]]);
  const drafts = [...core, ...others.map((draft, index): SystemDraft => ({ ...draft, lifecycle: lifecycles[index] }))];

  const owners = ownerPicker(random, organisation, staff, drafts);
  const administrators = administratorPicker(random, organisation, staff, drafts);
  const systems = drafts.map((draft, index) => toSystem(context, random, draft, index, owners[index], administrators[index]));
  const byKind = new Map<SystemKind, ItSystem[]>();
  systems.forEach((system, index) => {
    const ofKind = byKind.get(drafts[index].kind) ?? [];
    ofKind.push(system);
    byKind.set(drafts[index].kind, ofKind);
  });
  return {
    systems,
    kindOf: new Map(systems.map((system, index) => [system.id, drafts[index].kind])),
    byKind,
    countryOf: new Map(
      systems.flatMap((system, index) => {
        const country = drafts[index].country;
        return country === undefined ? [] : [[system.id, country] as const];
      })
    )
  };
}

function perUnit(
  random: Random,
  blueprints: readonly UnitSystemBlueprint[],
  units: readonly DemoUnit[],
  count: number
): Array<readonly [UnitSystemBlueprint, DemoUnit]> {
  const pairs = blueprints.flatMap((blueprint) => units.filter((unit) => blueprint.profiles.includes(unit.profile)).map((unit) => [blueprint, unit] as const));
  return random.sample(pairs, count);
}

function unitSystem(blueprint: UnitSystemBlueprint, unit: DemoUnit, kind: SystemKind, origin: SystemDraft['origin'], description: string): SystemDraft {
  return {
    name: `${blueprint.name} – ${unit.unit.name}`,
    kind,
    unit,
    description: `${SYSTEM_KIND_LABELS[kind]}. ${description}`,
    societallyImportant: blueprint.societallyImportantIn?.includes(unit.profile) ?? false,
    personalData: blueprint.personalData,
    cloud: false,
    lifecycle: 'active',
    origin
  };
}

/** Each service once under its own name; beyond the list, the same service registered again by another unit. */
function cloudServices(random: Random, organisation: DemoOrganisation, count: number): SystemDraft[] {
  const units = organisation.units.filter((unit) => unit.depth >= 1);
  const order = random.shuffle(CLOUD_SERVICES);
  const result: SystemDraft[] = [];
  const names = new Set<string>();
  for (let index = 0; result.length < count && index < count * 4; index += 1) {
    const service = order[index % order.length];
    const unit = random.pick(units);
    const name = index < order.length ? service.name : `${service.name} – ${unit.unit.name}`;
    if (names.has(name)) continue;
    names.add(name);
    result.push({
      name,
      kind: 'moln',
      unit,
      description: `${SYSTEM_KIND_LABELS.moln}. ${service.description} Leverantören behandlar data i ${service.country === 'SE' ? 'Sverige' : service.country === 'EU' ? 'EU/EES' : 'USA'}.`,
      societallyImportant: false,
      personalData: service.personalData,
      cloud: true,
      lifecycle: 'active',
      origin: 'cloud',
      country: service.country
    });
  }
  return result;
}

/** The system owner: the chief of the system's unit (its avdelning for unit systems), with a few gaps and owners who have left. */
function ownerPicker(random: Random, organisation: DemoOrganisation, staff: DemoStaff, drafts: readonly SystemDraft[]): Array<string | undefined> {
  const fates = random.deal(drafts.length, [['owner', 93], ['none', 5], ['leaver', 2]]);
  return drafts.map((draft, index) => {
    if (draft.core?.ownedBy === 'systemOwner') return DEMO_PERSONAS.systemOwner.email;
    const fate = fates[index];
    if (fate === 'none') return undefined;
    if (fate === 'leaver' && staff.leavers.length > 0) return random.pick(staff.leavers);
    const ownerUnit =
      draft.origin === 'device' || draft.origin === 'local' ? (organisation.chain(draft.unit.unit.id).find((unit) => unit.depth <= 2) ?? draft.unit) : draft.unit;
    return staff.chiefOf.get(ownerUnit.unit.id) ?? staff.currentChiefUp(ownerUnit.unit.id);
  });
}

/** Förvaltningsledare: staff of the system's unit or of IT-förvaltning; many administer several systems. */
function administratorPicker(random: Random, organisation: DemoOrganisation, staff: DemoStaff, drafts: readonly SystemDraft[]): Array<string | undefined> {
  const fates = random.deal(drafts.length, [['admin', 92], ['none', 8]]);
  const itStaff = organisation.subtree(organisation.resolve(UNIT_PATHS.itForvaltning).unit.id).flatMap((unit) => staff.membersOf.get(unit.unit.id) ?? []);
  // The personas administer only what their stories say.
  const reserved = new Set<string>(DEMO_PERSONA_LIST.map((persona) => persona.email));
  const byAdministration = new Map<string, string[]>();
  return drafts.map((draft, index) => {
    if (draft.core?.administeredBy === 'systemAdministrator') return DEMO_PERSONAS.systemAdministrator.email;
    if (draft.core?.administeredBy === 'consultant') return DEMO_PERSONAS.consultant.email;
    if (fates[index] === 'none') return undefined;
    const known = byAdministration.get(draft.unit.administrationId) ?? [];
    if (known.length > 0 && random.chance(0.45)) return random.pick(known);
    const local = organisation.subtree(draft.unit.unit.id).flatMap((unit) => staff.membersOf.get(unit.unit.id) ?? []);
    const pool = (local.length > 0 && draft.origin !== 'integration' ? local : itStaff).filter((email) => !reserved.has(email));
    if (pool.length === 0) return known.length > 0 ? random.pick(known) : undefined;
    const chosen = random.pick(pool);
    byAdministration.set(draft.unit.administrationId, [...known, chosen]);
    return chosen;
  });
}

function toSystem(
  context: DemoContext,
  random: Random,
  draft: SystemDraft,
  index: number,
  ownerEmail: string | undefined,
  administratorEmail: string | undefined
): ItSystem {
  const { asOf, config } = context;
  const active = draft.lifecycle === 'active';
  const review = (scenario: ApprovalScenario, months: number): ItSystem['securityPlan'] =>
    approvalFor(scenario, asOf, months, config.nudges.dueSoonDays, random);
  const critical: ReadonlyArray<readonly [ApprovalScenario, number]> = [['current', 45], ['due-soon', 8], ['expired', 20], ['draft', 12], ['missing', 15]];
  const ordinary: ReadonlyArray<readonly [ApprovalScenario, number]> = [['current', 12], ['expired', 5], ['draft', 10], ['missing', 73]];
  const scenarios = draft.societallyImportant && active ? critical : ordinary;
  // The persona's COSMIC: an approved, current SSP but expired reserve routines (R-SYS-1).
  const persona = draft.core?.ownedBy === 'systemOwner' && draft.core.name === 'COSMIC';
  const securityPlan = review(persona ? 'current' : random.weighted(scenarios), config.systems.securityPlanReviewMonths);
  const reserveRoutines = review(persona ? 'expired' : random.weighted(scenarios), config.systems.reserveRoutinesReviewMonths);
  const continuityPlan = review(random.weighted(scenarios), config.systems.securityPlanReviewMonths);
  return {
    id: `sys-${String(index + 1).padStart(4, '0')}`,
    name: draft.name,
    description: draft.description,
    lifecycle: draft.lifecycle,
    unitId: draft.unit.unit.id,
    ownerEmail,
    administratorEmail,
    assetIds: [],
    handlesPersonalData: draft.personalData,
    societallyImportant: draft.societallyImportant,
    cloudService: draft.cloud,
    securityPlan,
    reserveRoutines,
    continuityPlan,
    authorisation: authorisationFor(draft, asOf, random)
  };
}

/** Authorisation by IT security before introduction: legacy systems predate it, many cloud services never asked. */
function authorisationFor(draft: SystemDraft, asOf: IsoDate, random: Random): ItSystem['authorisation'] {
  if (draft.lifecycle === 'planned') return { status: 'pending', decidedOn: undefined };
  const weights: ReadonlyArray<readonly [ItSystem['authorisation']['status'], number]> =
    draft.origin === 'cloud'
      ? [['approved', 40], ['pending', 15], ['not-requested', 38], ['rejected', 7]]
      : draft.origin === 'core'
        ? [['approved', 65], ['not-requested', 35]]
        : draft.origin === 'integration'
          ? [['approved', 60], ['not-requested', 40]]
          : [['approved', 30], ['pending', 5], ['not-requested', 65]];
  const status = random.weighted(weights);
  return { status, decidedOn: status === 'approved' || status === 'rejected' ? daysBefore(asOf, random.int(10, 2500)) : undefined };
}
