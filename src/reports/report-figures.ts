import type { CouncilDashboard, MeasureData } from '../contracts/council-dashboard';
import { OVERDUE_KINDS } from '../contracts/council-dashboard';

/**
 * The sums and selections the report states in words (R-REP), pure over the dashboard: nothing
 * here recomputes a KPI (the dashboard's figures are the domain's), it only counts what is there,
 * so the Word document and the tab cannot disagree.
 */

type OverdueKind = (typeof OVERDUE_KINDS)[number];
type RiskRow = CouncilDashboard['risks']['open'][number];
type IncidentRow = CouncilDashboard['incidents']['open'][number];
type UnitOverdue = CouncilDashboard['overdue']['byUnit'][number];

export function allMeasures(dashboard: CouncilDashboard): MeasureData[] {
  return dashboard.goalAreas.flatMap((area) => area.measures);
}

/** Measures with both a percentage and a target: the ones that can meet it or not. */
export function targetedMeasures(measures: readonly MeasureData[]): MeasureData[] {
  return measures.filter((m) => m.percent !== undefined && m.targetPercent !== undefined);
}

export function meetsTarget(m: MeasureData): boolean | undefined {
  if (m.percent === undefined || m.targetPercent === undefined) return undefined;
  return m.percent >= m.targetPercent;
}

/** The measure furthest below its target (the summary names it), or undefined when all meet theirs. */
export function weakestMeasure(measures: readonly MeasureData[]): MeasureData | undefined {
  return targetedMeasures(measures)
    .filter((m) => meetsTarget(m) === false)
    .reduce<MeasureData | undefined>((worst, m) => (worst === undefined || gapOf(m) > gapOf(worst) ? m : worst), undefined);
}

function gapOf(m: MeasureData): number {
  return (m.targetPercent ?? 0) - (m.percent ?? 0);
}

/** Open risks per level, in the configuration's order of levels (lowest first); unknown level keys at the end. */
export function risksPerLevel(risks: CouncilDashboard['risks'], rows: readonly RiskRow[] = risks.open): { key: string; count: number }[] {
  const counts = new Map<string, number>(risks.levels.map((level) => [level.key, 0]));
  for (const risk of rows) counts.set(risk.levelKey, (counts.get(risk.levelKey) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** Open risks at the two highest levels (kritisk and hög by default): what the summary calls severe. */
export function severeRiskCount(risks: CouncilDashboard['risks'], rows: readonly RiskRow[] = risks.open): number {
  const severe = new Set(risks.levels.slice(-2).map((level) => level.key));
  return rows.filter((risk) => severe.has(risk.levelKey)).length;
}

/** Highest level first, then the highest score, then the title: the order a council reads risks in. */
export function risksByGravity(risks: CouncilDashboard['risks'], rows: readonly RiskRow[] = risks.open): RiskRow[] {
  const rank = new Map(risks.levels.map((level, index) => [level.key, index]));
  return [...rows].sort(
    (a, b) =>
      (rank.get(b.levelKey) ?? -1) - (rank.get(a.levelKey) ?? -1) ||
      b.likelihood * b.consequence - a.likelihood * a.consequence ||
      a.title.localeCompare(b.title)
  );
}

/** The heat map: open risks per likelihood (rows, highest first) and consequence (columns). */
export function heatMap(risks: CouncilDashboard['risks'], rows: readonly RiskRow[] = risks.open): { likelihood: number; counts: number[] }[] {
  const likelihoods = [...risks.likelihoods].sort((a, b) => b.value - a.value);
  return likelihoods.map((likelihood) => ({
    likelihood: likelihood.value,
    counts: risks.consequences.map((consequence) => rows.filter((risk) => risk.likelihood === likelihood.value && risk.consequence === consequence.value).length)
  }));
}

export function overdueTotal(counts: Partial<Record<OverdueKind, number>>): number {
  return OVERDUE_KINDS.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
}

/** Units with something overdue, the most first (then by name, so the order is stable). */
export function unitsWithOverdue(overdue: CouncilDashboard['overdue']): UnitOverdue[] {
  return overdue.byUnit
    .filter((unit) => overdueTotal(unit.counts) > 0)
    .sort((a, b) => overdueTotal(b.counts) - overdueTotal(a.counts) || a.unitName.localeCompare(b.unitName));
}

/** The average per unit of each kind (the area report's comparison), over every unit the dashboard reports. */
export function averagePerUnit(overdue: CouncilDashboard['overdue']): Record<OverdueKind, number> {
  const units = Math.max(1, overdue.byUnit.length);
  return Object.fromEntries(OVERDUE_KINDS.map((kind) => [kind, (overdue.totals[kind] ?? 0) / units])) as Record<OverdueKind, number>;
}

export function incidentsReported(dashboard: CouncilDashboard): number {
  return Object.values(dashboard.incidents.byCategory).reduce((sum, count) => sum + count, 0);
}

/**
 * An area's own rows (the action plan's section 4, R-REP): the risks and incidents that lie in the
 * area (the dashboard's reportingUnitId: the area's own and its departments' and units').
 */
export function ofUnit<Row extends RiskRow | IncidentRow>(rows: readonly Row[], unit: UnitOverdue): Row[] {
  return rows.filter((row) => row.reportingUnitId === unit.unitId);
}

/** Actions that are neither done nor cancelled: carried forward into next year's work. */
export function openActions(actions: CouncilDashboard['actionPlan']): CouncilDashboard['actionPlan'] {
  return actions.filter((action) => action.state !== 'done' && action.state !== 'cancelled');
}
