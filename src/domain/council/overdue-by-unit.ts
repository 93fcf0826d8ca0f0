import type { NudgeTopic, RegionConfig } from '../../config/region-config';
import { OVERDUE_KINDS, type CouncilDashboard } from '../../contracts/council-dashboard';
import { owedItems, type OwedItem } from '../nudges/owed-items';
import { unitChain, type OrgUnit } from '../organisation/org-unit';
import type { Person } from '../people/person';
import type { RegisterSnapshot } from '../registers';
import type { RoleSlot } from '../roles/role-slots';
import type { IsoDate } from '../shared/calendar';

type OverdueKind = (typeof OVERDUE_KINDS)[number];

/** The nudge topics the council counts as overdue work, by the dashboard's kind; incidents have their own section. */
const KIND_OF_TOPIC: Readonly<Partial<Record<NudgeTopic, OverdueKind>>> = {
  classification: 'classifications',
  acknowledgement: 'acknowledgements',
  training: 'training',
  'security-plan': 'system-security-plans',
  'reserve-routines': 'reserve-routines',
  'risk-follow-up': 'risk-follow-ups'
};

const zeroCounts = (): Record<OverdueKind, number> => Object.fromEntries(OVERDUE_KINDS.map((kind) => [kind, 0])) as Record<OverdueKind, number>;

/**
 * The organisation level the region reports by: the level its area-responsible role is held per (the
 * information owner per område by default: the action plan's follow-up per area, R-REP), else the
 * second level of the tree (the first is the whole administration).
 */
export function reportingLevel(config: RegionConfig): string {
  const scope = config.roles.find((role) => role.key === config.nudges.areaResponsibleRoleKey)?.scope;
  if (scope?.kind === 'per-unit') return scope.level;
  return (config.organisationLevels[1] ?? config.organisationLevels[0]).key;
}

/**
 * The reporting unit a unit lies in (itself at the reporting level), remembered per unit; undefined
 * above that level or for a unit the tree does not know. An area's follow-up (R-REP) counts by it.
 */
export function reportingUnitOfTree(units: ReadonlyMap<string, OrgUnit>, level: string): (unitId: string | undefined) => string | undefined {
  const known = new Map<string | undefined, string | undefined>();
  return (unitId) => {
    if (!known.has(unitId)) known.set(unitId, unitChain(units, unitId).find((unit) => unit.level === level)?.id);
    return known.get(unitId);
  };
}

/** An item's unit: the register's (an asset's, a system's, a risk's), else the person's who owes it (training, acknowledgements). */
function unitOf(item: OwedItem, staff: ReadonlyMap<string, Person>): string | undefined {
  if (item.unitId !== undefined) return item.unitId;
  return item.responsibleEmail === undefined ? undefined : staff.get(item.responsibleEmail)?.unitId;
}

/**
 * R-NDG-1, R-CLS-2, R-TRN, R-SYS-1, R-RSK-1, R-ACK: what is overdue on `today` per reporting unit and
 * kind — the very duties the bot nudges about (owedItems), past due or never done, not those merely
 * due soon. Each item counts once, in the reporting unit above where it lies; an item above that level
 * (or with no unit) counts in the totals only. Every reporting unit is listed, those with nothing overdue too.
 */
export function overdueByUnit(snapshot: RegisterSnapshot, slots: readonly RoleSlot[], config: RegionConfig, today: IsoDate): CouncilDashboard['overdue'] {
  const level = reportingLevel(config);
  const units = new Map<string, OrgUnit>(snapshot.units.map((unit) => [unit.id, unit]));
  const staff = new Map(snapshot.roster.map((person) => [person.email, person]));
  const reporting = snapshot.units.filter((unit) => unit.level === level).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const counts = new Map(reporting.map((unit) => [unit.id, zeroCounts()]));
  const totals = zeroCounts();
  const reportingUnitOf = reportingUnitOfTree(units, level);
  for (const item of owedItems(snapshot, slots, config, today)) {
    const kind = KIND_OF_TOPIC[item.topic];
    if (kind === undefined || item.urgency === 'due-soon') continue;
    totals[kind] += 1;
    const unitId = unitOf(item, staff);
    const reportingId = reportingUnitOf(unitId);
    const unitCounts = reportingId === undefined ? undefined : counts.get(reportingId);
    if (unitCounts !== undefined) unitCounts[kind] += 1;
  }
  return {
    byUnit: reporting.map((unit) => ({ unitId: unit.id, unitName: unit.name, counts: counts.get(unit.id) ?? zeroCounts() })),
    totals
  };
}
