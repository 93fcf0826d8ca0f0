import { BREACH_CLOCK_STATES, type AssessmentRequest, type IncidentView, type PersonRef } from '../../src/contracts/incidents';
import { breachClock } from '../../src/domain/incidents/breach-clock';
import type { Incident } from '../../src/domain/incidents/incident';
import { applyAssessment, incidentAccess, type IncidentAccess } from '../../src/domain/incidents/incident-assessment';
import { incidentDeciders, incidentDirectory, type IncidentDeciders } from '../../src/domain/incidents/incident-deciders';
import { unitChain } from '../../src/domain/organisation/org-unit';
import { unitChiefs } from '../../src/domain/organisation/unit-chiefs';
import { roleSlots } from '../../src/domain/roles/role-slots';
import { instantOf, localDateOf, type Instant } from '../../src/domain/shared/calendar';
import { ConflictError, NotFoundError } from '../../src/domain/shared/errors';
import { eq, or } from '../../src/sharepoint/odata-literal';
import type { Stored } from '../../src/sharepoint/repositories/list-repository';
import type { Caller } from '../http/caller-identity';
import { HttpProblem } from '../http/http-problem';
import type { AppApiServices } from './app-api-services';

type Services = Pick<AppApiServices, 'registers' | 'config' | 'now'>;

interface Judged {
  readonly stored: Stored<Incident>;
  readonly deciders: IncidentDeciders;
  readonly access: IncidentAccess;
  readonly names: ReadonlyMap<string, string>;
  readonly unitName: string;
  readonly now: Instant;
}

async function readIncident(services: Services, id: string): Promise<Stored<Incident>> {
  if (!/^\d{1,9}$/.test(id)) throw new HttpProblem(404, 'not-found', `There is no incident ${id}.`);
  try {
    return await services.registers.incidents.get(id);
  } catch (error) {
    if (error instanceof NotFoundError) throw new HttpProblem(404, 'not-found', `There is no incident ${id}.`);
    throw error;
  }
}

/**
 * Who assesses the incident (R-INC), read with the app's identity: the unit tree, the staff of the
 * incident's unit and the units above it (the chief is among them), the DSO and deputy DSO
 * assignments, and the names of the people the answer names. A few small reads, each on an
 * indexed column (the roster outgrows the list view threshold; the units list does not).
 */
async function judge(services: Services, caller: Caller, stored: Stored<Incident>): Promise<Judged> {
  const { registers, config } = services;
  const now = instantOf(services.now());
  const today = localDateOf(now, config.timeZone);
  const incident = stored.record;
  const units = (await registers.units.readAll()).valid;
  const chain = unitChain(new Map(units.map((unit) => [unit.id, unit])), incident.unitId);
  const { dataProtectionOfficer, deputyDataProtectionOfficer } = config.roleDuties;
  const [staff, assignments, readsAllItems] = await Promise.all([
    chain.length === 0 ? Promise.resolve([]) : registers.staff.readAll(or(...chain.map((unit) => eq('UnitId', Number(unit.id))))).then((read) => read.valid),
    registers.roleAssignments.readAll(or(eq('Role', dataProtectionOfficer), eq('Role', deputyDataProtectionOfficer))).then((read) => read.valid),
    registers.incidents.everyItemReadableBy(caller.email)
  ]);
  const directory = incidentDirectory(units, unitChiefs(staff, today), roleSlots(config, units, [], assignments, today), config);
  const deciders = incidentDeciders(incident, directory);
  const access = incidentAccess(incident, deciders, { email: caller.email, readsAllItems });
  const named = [incident.reportedBy, deciders.unitChief, ...deciders.dataProtectionOfficers].filter((email): email is string => email !== undefined);
  const unknown = [...new Set(named)].filter((email) => !staff.some((person) => person.email === email));
  const more = unknown.length === 0 ? [] : (await registers.staff.readAll(or(...unknown.map((email) => eq('Person/EMail', email))))).valid;
  const names = new Map([...staff, ...more].map((person) => [person.email, person.displayName]));
  return { stored, deciders, access, names, unitName: chain[0]?.name ?? incident.unitId, now };
}

async function viewOf(services: Services, judged: Judged): Promise<IncidentView> {
  const { stored, deciders, access, names, now } = judged;
  const incident = stored.record;
  const person = (email: string): PersonRef => ({ email, name: names.get(email) ?? email });
  const systems = incident.systemIds.length === 0 ? [] : (await services.registers.systems.readAll(or(...incident.systemIds.map((id) => eq('ID', Number(id)))))).valid;
  const clock = breachClock(incident, services.config, now);
  return {
    incident,
    etag: stored.etag,
    unitName: judged.unitName,
    systemNames: systems.map((system) => system.name),
    reporter: person(incident.reportedBy),
    ...(deciders.unitChief === undefined ? {} : { unitChief: person(deciders.unitChief) }),
    dataProtectionOfficers: deciders.dataProtectionOfficers.map(person),
    clock: { state: BREACH_CLOCK_STATES.includes(clock.state) ? clock.state : 'not-a-breach', deadline: clock.deadline, minutesLeft: clock.minutesLeft },
    access: { assess: access.assess, decideForAuthority: access.decideForAuthority },
    now
  };
}

/**
 * `GET /api/incidents/:id`: the incident for its unit's chief, the DSO and deputy DSO when it is a
 * (possible) personal data breach, the site's owners, and its reporter; 403 for anyone else, as
 * SharePoint would refuse them the item (R-SEC-1).
 */
export async function incidentFor(services: Services, caller: Caller, id: string): Promise<IncidentView> {
  const judged = await judge(services, caller, await readIncident(services, id));
  if (!judged.access.read) throw new HttpProblem(403, 'not-your-incident', 'Only the unit\'s chief, the data protection officer (for personal data), the site\'s owners and the reporter may read this incident.');
  return viewOf(services, judged);
}

/**
 * `POST /api/incidents/:id/assessment`: the unit chief's or the DSO's assessment (applyAssessment),
 * written by the app against the ETag the assessor saw: a change in between is a 409, never
 * overwritten (R-SEC-2). AssessedBy is the caller, never a value from the request.
 */
export async function assessIncident(services: Services, caller: Caller, id: string, request: AssessmentRequest): Promise<IncidentView> {
  const judged = await judge(services, caller, await readIncident(services, id));
  const { etag, ...assessment } = request;
  const outcome = applyAssessment(judged.stored.record, assessment, judged.access, caller.email, judged.now);
  if (outcome.kind === 'forbidden') {
    throw new HttpProblem(
      403,
      outcome.reason,
      outcome.reason === 'dso-only'
        ? 'Only the data protection officer decides whether a personal data breach is one and whether it is reported to IMY.'
        : 'Only the unit\'s chief, and the data protection officer for personal data, assess this incident.'
    );
  }
  if (outcome.kind === 'invalid') throw new HttpProblem(400, 'invalid-assessment', `The assessment is invalid: ${outcome.issues.join('; ')}`);
  if (etag !== judged.stored.etag) throw new HttpProblem(409, 'conflict', 'Someone changed the incident after you opened it. Read it again and assess it anew.');
  let newEtag: string;
  try {
    newEtag = await services.registers.incidents.update(id, outcome.incident, etag);
  } catch (error) {
    if (error instanceof ConflictError) throw new HttpProblem(409, 'conflict', 'Someone changed the incident after you opened it. Read it again and assess it anew.');
    throw error;
  }
  // Answered with who assessed it as judged when the assessment was made: a DSO who says "not a breach" still sees her own result.
  return viewOf(services, { ...judged, stored: { id, record: outcome.incident, etag: newEtag } });
}
