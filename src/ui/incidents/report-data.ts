import type { Incident } from '../../domain/incidents/incident';
import { incidentFromReport, incidentReportSchema, type IncidentReportInput } from '../../domain/incidents/incident-report';
import type { OrgUnit } from '../../domain/organisation/org-unit';
import { instantOf } from '../../domain/shared/calendar';
import { eq } from '../../sharepoint/odata-literal';
import type { Stored } from '../../sharepoint/repositories/list-repository';
import type { WebPartServices } from '../shell/web-part-services';

export interface Choice {
  readonly id: string;
  readonly name: string;
}

/** What the form needs before the employee starts typing: who she is, her own unit, the units. */
export interface ReportSetting {
  readonly me: string;
  readonly ownUnitId: string | undefined;
  readonly units: readonly Choice[];
}

const byName = (a: Choice, b: Choice): number => a.name.localeCompare(b.name, 'sv');

export async function loadReportSetting(services: WebPartServices): Promise<ReportSetting> {
  const me = (await services.signedInPerson()).email;
  const [staff, units] = await Promise.all([services.registers.staff.readAll(eq('Person/EMail', me)), services.registers.units.readAll()]);
  return {
    me,
    ownUnitId: staff.valid[0]?.unitId,
    units: units.valid.map((unit: OrgUnit) => ({ id: unit.id, name: unit.name })).sort(byName)
  };
}

/** The IT systems by name, read when the employee first opens the system field (700+ systems: ids and titles only). */
export async function loadSystemChoices(services: WebPartServices): Promise<Choice[]> {
  return (await services.registers.systems.readTitles()).map((system) => ({ id: system.id, name: system.title })).sort(byName);
}

/**
 * The employee's own reports, newest first. Read with her own identity: the list's item-level
 * security gives her only what she wrote, and the reporter is the item's Author, so a report naming
 * her in ReportedBy that someone else wrote is not hers (incidents-mapper.ts, R-SEC-1).
 */
export async function loadMyReports(services: WebPartServices, me: string): Promise<Incident[]> {
  const read = await services.registers.incidents.readAll(eq('ReportedBy/EMail', me));
  return read.valid.filter((incident) => incident.reportedBy === me).sort((a, b) => Date.parse(b.reportedAt) - Date.parse(a.reportedAt));
}

/** Validates the form against the clock (not in the future) and writes the report as the signed-in person (R-INC). */
export function parseReport(input: unknown, now: Date = new Date()): ReturnType<ReturnType<typeof incidentReportSchema>['safeParse']> {
  return incidentReportSchema(instantOf(now)).safeParse(input);
}

export async function sendReport(services: WebPartServices, input: IncidentReportInput, me: string, now: Date = new Date()): Promise<Stored<Incident>> {
  const at = instantOf(now);
  const report = incidentReportSchema(at).parse(input);
  return services.registers.incidents.add(incidentFromReport(report, me, at));
}
