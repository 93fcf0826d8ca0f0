import type { RegionConfig, RoleConfig } from '../../../config/region-config';
import { currentVersions, isOwnSignatureFor } from '../../../domain/acknowledgements/outstanding-acknowledgements';
import type { Acknowledgement, DocumentVersion } from '../../../domain/acknowledgements/acknowledgement';
import type { OrgUnit } from '../../../domain/organisation/org-unit';
import { isCurrentStaff, type Person } from '../../../domain/people/person';
import type { RoleAssignment } from '../../../domain/roles/role-assignment';
import { isAssignmentActive, roleSlots } from '../../../domain/roles/role-slots';
import { isBefore, type IsoDate } from '../../../domain/shared/calendar';
import { sameEmail } from '../../../domain/shared/person-ref';

/**
 * Why a slot the catalogue requires has nobody (R-ORG "vacancies are visible"): never filled, an
 * empty assignment kept in the list, the last holder's assignment ended, or the holder is no
 * longer on the staff roster (the assignment outlived the employment: the same rule the
 * acknowledgements follow, so a departed person is never counted as holding a role).
 */
export type Vacancy =
  | { readonly reason: 'never-filled' }
  | { readonly reason: 'recorded-vacant' }
  | { readonly reason: 'ended'; readonly formerHolderEmail: string; readonly endedOn: IsoDate }
  | { readonly reason: 'holder-left'; readonly formerHolderEmail: string; readonly formerHolderName: string | undefined; readonly leftOn: IsoDate | undefined };

/** Whether the holder has signed the version in force of every document her role must acknowledge (R-ACK). */
export type AcknowledgementState = 'signed' | 'unsigned' | 'not-required';

/** An assignment as stored, with what a later edit is made against (the ETag, R-SEC-2). */
export interface StoredAssignment {
  readonly id: string;
  readonly etag: string;
  readonly record: RoleAssignment;
}

/** One row of the roles register: a slot the region's catalogue requires, and who holds it. */
export interface RoleSlotRow {
  /** Stable for a slot: the role and the unit (a region role has no unit). */
  readonly id: string;
  readonly role: RoleConfig;
  readonly unit: OrgUnit | undefined;
  readonly holderEmail: string | undefined;
  readonly holderName: string | undefined;
  readonly vacancy: Vacancy | undefined;
  /** Held, the role requires a documented mandate, and none is documented (R-KPI 3 "roles filled, with mandate"). */
  readonly mandateMissing: boolean;
  readonly acknowledgement: AcknowledgementState;
  /** The assignment an edit changes: the holder's, or the empty one kept for the vacancy; none for a slot never filled. */
  readonly assignment: StoredAssignment | undefined;
}

export interface RoleSlotSources {
  readonly config: RegionConfig;
  readonly units: readonly OrgUnit[];
  readonly assignments: readonly StoredAssignment[];
  /** The roster entries of the holders only (read by e-mail), never the whole staff list. */
  readonly holders: readonly Person[];
  readonly documentVersions: readonly DocumentVersion[];
  /** The holders' acknowledgements only. */
  readonly acknowledgements: readonly Acknowledgement[];
  readonly today: IsoDate;
}

export const slotId = (roleKey: string, unitId: string | undefined): string => `${roleKey}|${unitId ?? ''}`;

/** A row's key: an optional role (the council) has one slot per member, so its holder tells them apart. */
const rowId = (role: RoleConfig, unitId: string | undefined, holderEmail: string | undefined): string =>
  role.scope.kind === 'optional' ? `${slotId(role.key, unitId)}|${holderEmail ?? ''}` : slotId(role.key, unitId);

/**
 * Every slot of the catalogue's region, per-unit and optional roles, in catalogue order and then
 * by unit name. Per-system roles (the system owner) are not repeated here: their holders are the
 * owners in the IT systems register, which pages through 700+ systems on its own.
 */
export function roleSlotRows(sources: RoleSlotSources): RoleSlotRow[] {
  const { config, units, assignments, holders, documentVersions, acknowledgements, today } = sources;
  const catalogue = config.roles.filter((role) => role.scope.kind !== 'per-system');
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  const roster = new Map(holders.map((person) => [person.email.toLowerCase(), person]));
  const versions = currentVersions(documentVersions, today);
  const slots = roleSlots({ ...config, roles: catalogue }, units, [], assignments.map((stored) => stored.record), today);
  const byRoleAndUnit = new Map<string, StoredAssignment[]>();
  for (const stored of [...assignments].sort((a, b) => a.record.id.localeCompare(b.record.id))) {
    const key = slotId(stored.record.roleKey, stored.record.unitId);
    byRoleAndUnit.set(key, [...(byRoleAndUnit.get(key) ?? []), stored]);
  }
  const rolesByKey = new Map(catalogue.map((role) => [role.key, role]));

  const rows = slots.map((slot): RoleSlotRow => {
    const role = rolesByKey.get(slot.roleKey) as RoleConfig;
    const candidates = byRoleAndUnit.get(slotId(slot.roleKey, slot.unitId)) ?? [];
    const active = candidates.filter((stored) => isAssignmentActive(stored.record, today));
    if (slot.holderEmail !== undefined) {
      const holderEmail = slot.holderEmail;
      const held = active.find((stored) => stored.record.holderEmail !== undefined && sameEmail(stored.record.holderEmail, holderEmail))
        // A region role may be recorded against a unit; roleSlots then finds it by role alone.
        ?? assignments.find((stored) => stored.record.roleKey === slot.roleKey && stored.record.holderEmail !== undefined && sameEmail(stored.record.holderEmail, holderEmail) && isAssignmentActive(stored.record, today));
      const person = roster.get(holderEmail.toLowerCase());
      if (person === undefined || !isCurrentStaff(person, today)) {
        const vacancy: Vacancy = { reason: 'holder-left', formerHolderEmail: holderEmail, formerHolderName: person?.displayName, leftOn: person?.endDate };
        return vacantRow(rowId(role, slot.unitId, holderEmail), role, slot.unitId, vacancy, held);
      }
      return {
        id: rowId(role, slot.unitId, holderEmail),
        role,
        unit: slot.unitId === undefined ? undefined : unitsById.get(slot.unitId),
        holderEmail,
        holderName: person.displayName,
        vacancy: undefined,
        mandateMissing: slot.requiresMandate && !slot.mandateDocumented,
        acknowledgement: acknowledgementOf(role.key, holderEmail, versions, acknowledgements),
        assignment: held
      };
    }
    const recorded = active.find((stored) => stored.record.holderEmail === undefined);
    if (recorded) return vacantRow(rowId(role, slot.unitId, undefined), role, slot.unitId, { reason: 'recorded-vacant' }, recorded);
    const ended = candidates
      .filter((stored) => stored.record.holderEmail !== undefined && stored.record.until !== undefined && isBefore(stored.record.until, today))
      .sort((a, b) => ((a.record.until ?? '') < (b.record.until ?? '') ? 1 : -1))[0];
    if (ended?.record.holderEmail !== undefined && ended.record.until !== undefined) {
      return vacantRow(rowId(role, slot.unitId, undefined), role, slot.unitId, { reason: 'ended', formerHolderEmail: ended.record.holderEmail, endedOn: ended.record.until }, undefined);
    }
    return vacantRow(rowId(role, slot.unitId, undefined), role, slot.unitId, { reason: 'never-filled' }, undefined);
  });

  function vacantRow(id: string, role: RoleConfig, unitId: string | undefined, vacancy: Vacancy, assignment: StoredAssignment | undefined): RoleSlotRow {
    return {
      id,
      role,
      unit: unitId === undefined ? undefined : unitsById.get(unitId),
      holderEmail: undefined,
      holderName: undefined,
      vacancy,
      mandateMissing: false,
      acknowledgement: 'not-required',
      assignment
    };
  }

  const order = new Map(catalogue.map((role, index) => [role.key, index]));
  return rows.sort((a, b) => (order.get(a.role.key) ?? 0) - (order.get(b.role.key) ?? 0) || (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '', 'sv') || a.id.localeCompare(b.id));
}

function acknowledgementOf(roleKey: string, email: string, versions: readonly DocumentVersion[], acknowledgements: readonly Acknowledgement[]): AcknowledgementState {
  const required = versions.filter((version) => version.requiredForRoles.includes(roleKey));
  if (required.length === 0) return 'not-required';
  const signedAll = required.every((version) => acknowledgements.some((ack) => sameEmail(ack.signerEmail, email) && isOwnSignatureFor(ack, version)));
  return signedAll ? 'signed' : 'unsigned';
}

/** The e-mails whose roster entries and acknowledgements the rows need: every active holder, once. */
export function holderEmailsOf(assignments: readonly StoredAssignment[], today: IsoDate): string[] {
  const emails = new Set<string>();
  for (const { record } of assignments) if (record.holderEmail !== undefined && isAssignmentActive(record, today)) emails.add(record.holderEmail.toLowerCase());
  return [...emails].sort();
}
