import type { DocumentVersion, Acknowledgement } from '../../src/domain/acknowledgements/acknowledgement';
import { currentVersions, mustAcknowledge } from '../../src/domain/acknowledgements/outstanding-acknowledgements';
import type { Person } from '../../src/domain/people/person';
import { roleSlots, rolesByPerson } from '../../src/domain/roles/role-slots';
import { instantOf, localDateOf, type Instant, type IsoDate } from '../../src/domain/shared/calendar';
import { sameEmail } from '../../src/domain/shared/person-ref';
import { eq } from '../../src/sharepoint/odata-literal';
import type { AppApiServices } from '../api/app-api-services';

export type SignerServices = Pick<AppApiServices, 'registers' | 'config' | 'now'>;

/**
 * What the acknowledgement rules need to know about one person on one day (R-ACK): the document
 * versions, the roster and everyone's roles, read with the app's identity and validated on read.
 */
export interface SignerContext {
  readonly email: string;
  readonly today: IsoDate;
  readonly at: Instant;
  readonly versions: readonly DocumentVersion[];
  readonly inForce: readonly DocumentVersion[];
  readonly roster: readonly Person[];
  readonly person: Person | undefined;
  readonly roles: ReadonlySet<string>;
  readonly rolesByPerson: ReadonlyMap<string, ReadonlySet<string>>;
  /** The caller's own acknowledgements (any version). */
  readonly signed: readonly Acknowledgement[];
}

export async function loadSignerContext(services: SignerServices, email: string): Promise<SignerContext> {
  // Whole seconds: SharePoint keeps no more, and the seal must survive the round trip (acknowledgement-chain.ts).
  const now = new Date(Math.floor(services.now().getTime() / 1000) * 1000);
  const at = instantOf(now);
  const today = localDateOf(at, services.config.timeZone);
  const { registers } = services;
  const [versions, staff, units, systems, assignments] = await Promise.all([
    registers.documentVersions.readAll(),
    registers.staff.readAll(),
    registers.units.readAll(),
    registers.systems.readAll(),
    registers.roleAssignments.readAll()
  ]);
  const inForce = currentVersions(versions.valid, today);
  // Indexed DocumentKey first: past the list view threshold a filter must start on an index.
  const signed = (await Promise.all(inForce.map((version) => registers.acknowledgements.readAll(eq('DocumentKey', version.documentKey)))))
    .flatMap((screened) => screened.valid)
    .filter((acknowledgement) => sameEmail(acknowledgement.signerEmail, email));
  const byPerson = rolesByPerson(roleSlots(services.config, units.valid, systems.valid, assignments.valid, today));
  return {
    email,
    today,
    at,
    versions: versions.valid,
    inForce,
    roster: staff.valid,
    person: staff.valid.find((person) => sameEmail(person.email, email)),
    roles: byPerson.get(email) ?? new Set<string>(),
    rolesByPerson: byPerson,
    signed
  };
}

/** R-ACK: whether the caller must sign `version` today (the domain's rule for the outstanding list). */
export function mustSign(context: SignerContext, version: DocumentVersion): boolean {
  return mustAcknowledge(version, context.email, context.rolesByPerson, context.roster, context.today);
}
