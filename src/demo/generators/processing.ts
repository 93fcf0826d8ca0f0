import type { ProcessingActivity } from '../../domain/processing/processing-activity';
import { PROCESSING_TEMPLATES, type ProcessingTemplate } from '../catalogue/processing-activities';
import type { DemoContext } from '../demo-context';
import { daysBefore } from '../demo-dates';
import { DEMO_TARGET_COUNTS } from '../demo-targets';
import type { Random } from '../random';
import type { DemoRoles } from './role-assignments';
import type { DemoStaff } from './staff';
import type { DemoSystems } from './systems';
import type { DemoOrganisation, DemoUnit } from './units';
import type { ItSystem } from '../../domain/systems/it-system';

const TRANSFER_SAFEGUARDS: readonly string[] = [
  'EU–US Data Privacy Framework (adekvansbeslut 2023/1795)',
  'Standardavtalsklausuler (2021/914) med kompletterande skyddsåtgärder'
];

/**
 * R-ROPA: ~800 processing activities (GDPR Art. 30) registered per area and department, health
 * data under Art. 9.2 h, controllers the nämnder, with the register owner (the system owner), the
 * information owner and the registry coordinator of the area — or a gap where the RK post is
 * vacant — DPIAs, GAP analyses and action plans in every state, and transfers to the USA where a
 * cloud service is used.
 */
export function generateProcessing(
  context: DemoContext,
  organisation: DemoOrganisation,
  staff: DemoStaff,
  roles: DemoRoles,
  systems: readonly ItSystem[],
  demoSystems: DemoSystems
): ProcessingActivity[] {
  const random = context.random('processing');
  const total = context.count(DEMO_TARGET_COUNTS.processing, 20);
  const units = random.shuffle(organisation.units.filter((unit) => unit.depth >= 1));
  const queues = new Map(units.map((unit) => [unit.unit.id, random.shuffle(PROCESSING_TEMPLATES[unit.profile])]));
  const placements: Array<{ template: ProcessingTemplate; unit: DemoUnit }> = [];
  while (placements.length < total) {
    let placed = false;
    for (const unit of units) {
      if (placements.length >= total) break;
      const template = queues.get(unit.unit.id)?.shift();
      if (!template) continue;
      placements.push({ template, unit });
      placed = true;
    }
    if (!placed) break;
  }

  const byId = new Map(systems.map((system) => [system.id, system]));
  return placements.map(({ template, unit }, index): ProcessingActivity => {
    const systemIds = systemsFor(template, unit, organisation, demoSystems, random);
    const linked = systemIds.map((id) => byId.get(id)).filter((system): system is ItSystem => system !== undefined);
    const usTransfer = systemIds.some((id) => demoSystems.countryOf.get(id) === 'USA');
    const areaId = unit.areaId ?? unit.unit.id;
    const gapAnalysis = random.weighted<ProcessingActivity['gapAnalysis']>([['done', 40], ['in-progress', 30], ['not-started', 30]]);
    return {
      id: `proc-${String(index + 1).padStart(4, '0')}`,
      name: `${template.name} – ${unit.unit.name}`,
      purpose: template.purpose,
      legalBasis: template.legalBasis,
      specialCategoryBasis: template.specialCategoryBasis,
      dataSubjectCategories: [...template.dataSubjects],
      personalDataCategories: [...template.personalData],
      recipients: [...template.recipients, ...(linked.some((system) => system.cloudService) ? ['Molntjänstleverantör (personuppgiftsbiträde)'] : [])],
      thirdCountryTransfers: usTransfer ? [{ country: 'USA', safeguard: random.pick(TRANSFER_SAFEGUARDS) }] : [],
      retention: template.retention,
      securityMeasures: template.securityMeasures,
      controller: unit.administration.controller,
      unitId: unit.unit.id,
      // The system owner is the register owner (seed 3.1.1); the area's information owner and RK as the roles register has them.
      registerOwnerEmail: linked.find((system) => system.ownerEmail !== undefined)?.ownerEmail,
      informationOwnerEmail: roles.holderOf('informationsagare', areaId) ?? staff.currentChiefUp(unit.unit.id),
      registryCoordinatorEmail: roles.holderOf('registerkoordinator', areaId),
      systemIds,
      dpia: random.weighted<ProcessingActivity['dpia']>(
        template.highRisk
          ? [['done', 40], ['in-progress', 15], ['needed', 20], ['not-assessed', 15], ['not-needed', 10]]
          : [['not-needed', 45], ['not-assessed', 40], ['done', 10], ['needed', 5]]
      ),
      gapAnalysis,
      actionPlan:
        gapAnalysis === 'done'
          ? random.weighted<ProcessingActivity['actionPlan']>([['done', 40], ['in-progress', 40], ['not-started', 20]])
          : gapAnalysis === 'in-progress'
            ? random.weighted<ProcessingActivity['actionPlan']>([['in-progress', 30], ['not-started', 70]])
            : 'not-started',
      lastReviewedOn: random.chance(0.9) ? daysBefore(context.asOf, random.int(5, 1000)) : undefined
    };
  });
}

/** The systems used: one of the right kind in the unit's part of the tree, else the region's main one of that kind. */
function systemsFor(template: ProcessingTemplate, unit: DemoUnit, organisation: DemoOrganisation, systems: DemoSystems, random: Random): string[] {
  const chain = new Set(organisation.chain(unit.unit.id).map((candidate) => candidate.unit.id));
  const ids: string[] = [];
  for (const kind of template.systemKinds) {
    const ofKind = (systems.byKind.get(kind) ?? []).filter((system) => system.lifecycle === 'active');
    const near = ofKind.filter((system) => chain.has(system.unitId));
    const unitBound = kind === 'medicinteknik' || kind === 'lokal';
    const chosen = near.length > 0 ? random.pick(near) : unitBound || ofKind.length === 0 ? undefined : kind === 'moln' ? random.pick(ofKind) : ofKind[0];
    if (chosen && !ids.includes(chosen.id)) ids.push(chosen.id);
  }
  return ids;
}
