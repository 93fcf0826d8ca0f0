import type { InformationAsset } from '../../domain/assets/information-asset';
import type { ProcessingActivity } from '../../domain/processing/processing-activity';
import type { Risk, RiskAnalysis } from '../../domain/risks/risk';
import type { IsoDate } from '../../domain/shared/calendar';
import type { ItSystem } from '../../domain/systems/it-system';
import { RISK_ANALYSIS_TITLES, RISK_TEMPLATES, type RiskTemplate } from '../catalogue/risks';
import { UNIT_PATHS } from '../catalogue/unit-paths';
import { DEMO_PERSONAS } from '../demo-personas';
import type { DemoContext } from '../demo-context';
import { addDays, addMonths, daysBefore } from '../demo-dates';
import { DEMO_TARGET_COUNTS } from '../demo-targets';
import type { Random } from '../random';
import type { DemoStaff } from './staff';
import type { DemoSystems } from './systems';
import type { DemoOrganisation, DemoUnit } from './units';

type FollowUp = 'future' | 'due-soon' | 'past' | 'none';

/**
 * R-RSK: risks on systems, assets, processes and areas, likelihood × consequence on the region's
 * scales; open risks mostly followed up on time, some past their follow-up date, some without a
 * follow-up date or an owner (R-RSK-1's gaps). The information owner persona owns one past follow-up.
 */
export function generateRisks(
  context: DemoContext,
  organisation: DemoOrganisation,
  staff: DemoStaff,
  systems: readonly ItSystem[],
  demoSystems: DemoSystems,
  assets: readonly InformationAsset[],
  processing: readonly ProcessingActivity[]
): Risk[] {
  const random = context.random('risks');
  const { asOf, config } = context;
  const total = context.count(DEMO_TARGET_COUNTS.risks, 12);
  const likelihoods = config.risk.likelihoodScale.map((level) => level.value);
  const topConsequence = config.classification.consequenceScale.length - 1;
  // The first risk is the information owner persona's; the gaps are dealt among the open risks, where they count (R-RSK-1).
  const statuses: Array<Risk['status']> = ['in-treatment', ...random.deal(total - 1, [['identified', 25], ['in-treatment', 35], ['monitored', 25], ['closed', 15]])];
  const openCount = statuses.filter((status) => status !== 'closed').length - 1;
  const owners = random.deal(openCount, [['owner', 93], ['none', 5], ['leaver', 2]]);
  const followUps = random.deal(openCount, [['future', 55], ['due-soon', 12], ['past', 28], ['none', 5]]);
  let openIndex = 0;
  const units = organisation.units.filter((unit) => unit.depth >= 1);
  const critical = units.filter((unit) => unit.unit.businessCritical);
  const akut = organisation.resolve(UNIT_PATHS.akut);

  return Array.from({ length: total }, (_, index): Risk => {
    const persona = index === 0;
    const template = persona ? RISK_TEMPLATES[5] : random.pick(RISK_TEMPLATES);
    const unit = persona ? akut : random.chance(0.4) && critical.length > 0 ? random.pick(critical) : random.pick(units);
    const subject = subjectFor(template, unit, organisation, systems, demoSystems, assets, processing, random);
    const status = statuses[index];
    const gaps = persona || status === 'closed' ? undefined : openIndex++;
    const identifiedOn = daysBefore(asOf, random.int(20, 1100));
    const ownerFate = gaps === undefined ? 'owner' : owners[gaps];
    const ownerEmail = persona
      ? DEMO_PERSONAS.informationOwner.email
      : ownerFate === 'none'
        ? undefined
        : ownerFate === 'leaver' && staff.leavers.length > 0
          ? random.pick(staff.leavers)
          : staff.chiefOf.get(subject.unit.unit.id) ?? staff.currentChiefUp(subject.unit.unit.id);
    const clampLevel = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, value));
    return {
      id: `risk-${String(index + 1).padStart(4, '0')}`,
      title: template.title,
      description: template.description,
      subjectKind: template.subjectKind,
      subjectId: subject.id,
      unitId: subject.unit.unit.id,
      ownerEmail,
      likelihood: clampLevel(template.likelihood + (random.chance(0.3) ? random.pick([-1, 1]) : 0), likelihoods[0], likelihoods[likelihoods.length - 1]),
      consequence: clampLevel(template.consequence + (random.chance(0.2) ? -1 : 0), 0, topConsequence),
      treatment: treatmentFor(status, random),
      status,
      identifiedOn,
      followUpOn: followUpFor(persona ? 'past' : gaps === undefined ? 'future' : followUps[gaps], status, identifiedOn, context, random)
    };
  });
}

function subjectFor(
  template: RiskTemplate,
  unit: DemoUnit,
  organisation: DemoOrganisation,
  systems: readonly ItSystem[],
  demoSystems: DemoSystems,
  assets: readonly InformationAsset[],
  processing: readonly ProcessingActivity[],
  random: Random
): { id: string; unit: DemoUnit } {
  const within = new Set(organisation.subtree(unit.unit.id).map((candidate) => candidate.unit.id));
  const unitOf = (unitId: string): DemoUnit => organisation.byId.get(unitId) ?? unit;
  if (template.subjectKind === 'system') {
    const kinds = new Set(template.systemKinds ?? []);
    const candidates = systems.filter((system) => system.lifecycle === 'active' && (kinds.size === 0 || kinds.has(demoSystems.kindOf.get(system.id) ?? 'verksamhet')));
    const near = candidates.filter((system) => within.has(system.unitId));
    const chosen = near.length > 0 ? random.pick(near) : candidates.length > 0 ? random.pick(candidates) : undefined;
    if (chosen) return { id: chosen.id, unit: unitOf(chosen.unitId) };
  }
  if (template.subjectKind === 'asset') {
    const near = assets.filter((asset) => within.has(asset.unitId));
    const chosen = near.length > 0 ? random.pick(near) : assets.length > 0 ? random.pick(assets) : undefined;
    if (chosen) return { id: chosen.id, unit: unitOf(chosen.unitId) };
  }
  if (template.subjectKind === 'process') {
    // The demo's processes are the processing activities of the record of processing.
    const near = processing.filter((activity) => within.has(activity.unitId));
    const chosen = near.length > 0 ? random.pick(near) : processing.length > 0 ? random.pick(processing) : undefined;
    if (chosen) return { id: chosen.id, unit: unitOf(chosen.unitId) };
  }
  return { id: unit.unit.id, unit };
}

function treatmentFor(status: Risk['status'], random: Random): Risk['treatment'] {
  switch (status) {
    case 'identified':
      return 'open';
    case 'in-treatment':
      return 'mitigate';
    case 'monitored':
      return random.weighted<Risk['treatment']>([['accept', 50], ['mitigate', 30], ['transfer', 20]]);
    case 'closed':
      return random.weighted<Risk['treatment']>([['mitigate', 70], ['avoid', 30]]);
  }
}

function followUpFor(followUp: FollowUp, status: Risk['status'], identifiedOn: IsoDate, context: DemoContext, random: Random): IsoDate | undefined {
  const { asOf, config } = context;
  if (status === 'closed') {
    const closedOn = addMonths(identifiedOn, random.int(1, 6));
    return closedOn < asOf ? closedOn : daysBefore(asOf, 1);
  }
  switch (followUp) {
    case 'none':
      return undefined;
    case 'future':
      return addDays(asOf, random.int(config.nudges.dueSoonDays + 1, 300));
    case 'due-soon':
      return addDays(asOf, random.int(0, config.nudges.dueSoonDays));
    case 'past':
      return daysBefore(asOf, random.int(1, 240));
  }
}

/**
 * R-KPI 2: risk analyses for most business-critical areas — some current, some older than their
 * validity, some areas never analysed — plus earlier analyses kept as history.
 */
export function generateRiskAnalyses(context: DemoContext, organisation: DemoOrganisation): RiskAnalysis[] {
  const random = context.random('risk-analyses');
  const { asOf, config } = context;
  const validDays = config.risk.analysisValidMonths * 30;
  const critical = organisation.units.filter((unit) => unit.unit.businessCritical);
  const fates = random.deal(critical.length, [['current', 55], ['expired', 20], ['none', 25]]);
  const analyses: RiskAnalysis[] = [];
  const add = (unit: DemoUnit, performedOn: IsoDate): void => {
    const approvedOn = addDays(performedOn, random.int(5, 45));
    analyses.push({
      id: `ra-${String(analyses.length + 1).padStart(4, '0')}`,
      unitId: unit.unit.id,
      title: `${random.pick(RISK_ANALYSIS_TITLES)} – ${unit.unit.name}`,
      performedOn,
      // Not yet approved when the approval would lie after asOf.
      approvedOn: approvedOn <= asOf ? approvedOn : undefined
    });
  };
  critical.forEach((unit, index) => {
    // The information owner persona's area is analysed, so his page shows a current analysis.
    const fate = index === 0 ? 'current' : fates[index];
    if (fate === 'none') return;
    const performedOn = fate === 'current' ? daysBefore(asOf, random.int(10, validDays - 10)) : daysBefore(addMonths(asOf, -config.risk.analysisValidMonths), random.int(1, 500));
    if (random.chance(0.3)) add(unit, daysBefore(performedOn, random.int(370, 800)));
    add(unit, performedOn);
  });
  return analyses;
}
