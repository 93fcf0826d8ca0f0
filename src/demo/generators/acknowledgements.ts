import type { Acknowledgement, DocumentVersion, SignedContent } from '../../domain/acknowledgements/acknowledgement';
import { acknowledgementCanonicalText, chainAll, EMPTY_CHAIN, type Seal } from '../../domain/acknowledgements/acknowledgement-chain';
import type { OrgUnit } from '../../domain/organisation/org-unit';
import type { Person } from '../../domain/people/person';
import type { RoleAssignment } from '../../domain/roles/role-assignment';
import { roleSlots, rolesByPerson } from '../../domain/roles/role-slots';
import type { IsoDate } from '../../domain/shared/calendar';
import type { ItSystem } from '../../domain/systems/it-system';
import { TOWNS } from '../catalogue/job-titles';
import { RESPONSIBILITY_TEXT_CURRENT, RESPONSIBILITY_TEXT_PREVIOUS } from '../catalogue/responsibility-document';
import { DEMO_PERSONAS } from '../demo-personas';
import type { DemoContext } from '../demo-context';
import { addDays, addMonths, employedOn, latestOf, localInstant } from '../demo-dates';
import { localDateOf } from '../../domain/shared/calendar';
import { DEMO_SCENARIO_IDS, RESPONSIBILITY_DOCUMENT_KEY } from '../demo-scenarios';
import type { Random } from '../random';
import { sha256Hex } from '../sha256';
import type { DemoStaff } from './staff';

const TITLE = 'Fördelning av ansvar för informationssäkerhet';
/** The roles the older version named (seed: DSO, biträdande DSO, RK, systemägare, informationsägare and the coordinator). */
const FIRST_VERSION_ROLES = ['informationssakerhetssamordnare', 'dataskyddsombud', 'bitradande-dataskyddsombud', 'registerkoordinator', 'informationsagare', 'systemagare'];

/**
 * R-ACK: "Fördelning av ansvar" in an older version (about three years before asOf) and the
 * current one (four months before asOf), both to be acknowledged by every role holder and every
 * manager. Ids are the scenario ids.
 */
export function generateDocumentVersions(context: DemoContext): DocumentVersion[] {
  const { asOf, config } = context;
  const roleKeys = config.roles.map((role) => role.key);
  const version = (number: string, publishedOn: IsoDate, roles: readonly string[], text: string): DocumentVersion => ({
    id: `doc-${RESPONSIBILITY_DOCUMENT_KEY}-${number}`,
    documentKey: RESPONSIBILITY_DOCUMENT_KEY,
    title: TITLE,
    version: number,
    publishedOn,
    requiredForRoles: [...roles],
    requiredForManagers: true,
    url: `https://regionexempel.sharepoint.com/sites/tillit/Styrdokument/Fordelning-av-ansvar-${number}.pdf`,
    text
  });
  const versions = [
    version('1.0', addMonths(asOf, -38), FIRST_VERSION_ROLES.filter((key) => roleKeys.includes(key)), RESPONSIBILITY_TEXT_PREVIOUS),
    version('2.0', addMonths(asOf, -4), roleKeys, RESPONSIBILITY_TEXT_CURRENT)
  ];
  if (versions[0].id !== DEMO_SCENARIO_IDS.previousResponsibilityVersionId || versions[1].id !== DEMO_SCENARIO_IDS.currentResponsibilityVersionId) {
    throw new Error('The demo document version ids no longer match DEMO_SCENARIO_IDS');
  }
  return versions;
}

type Fate = 'current' | 'old-only' | 'none';

/** Personas whose signatures the demo story fixes; everyone else is dealt a fate. */
const PERSONA_FATES: ReadonlyMap<string, Fate> = new Map<string, Fate>([
  [DEMO_PERSONAS.systemOwner.email, 'old-only'],
  [DEMO_PERSONAS.newManager.email, 'none'],
  [DEMO_PERSONAS.informationOwner.email, 'current'],
  [DEMO_PERSONAS.registryCoordinator.email, 'current'],
  [DEMO_PERSONAS.securityCoordinator.email, 'current'],
  [DEMO_PERSONAS.dataProtectionOfficer.email, 'current'],
  [DEMO_PERSONAS.deputyDataProtectionOfficer.email, 'current'],
  [DEMO_PERSONAS.ciso.email, 'current'],
  [DEMO_PERSONAS.councilChair.email, 'current'],
  [DEMO_PERSONAS.regionDirector.email, 'current']
]);

/**
 * Signed "Bekräftelse av mottagande" (seed section 5): most role holders and managers have signed
 * the current version, some only the old one, some none; new managers sign after they start as
 * managers. Every signature is a link of the keyed chain (R-ACK, R-SEC-4), chained in the order
 * they were signed and sealed with `seal` (the local key's when seeding), as Tillit's signing writes them.
 *
 * The set piece (DEMO_SCENARIO_IDS.proxySignedAcknowledgementId, listed first): a department chief's
 * acknowledgement typed in by her secretary. Tillit cannot write that any more (it signs only for
 * the caller), so the demo has it the only way left: written straight into the list, outside Tillit,
 * naming the chief and the secretary's account, with a plain SHA-256 where the seal should be. It
 * does not count (not the signer's own account), and the verification reports it as inserted.
 */
export function generateAcknowledgements(
  context: DemoContext,
  staff: DemoStaff,
  registers: { readonly units: readonly OrgUnit[]; readonly systems: readonly ItSystem[]; readonly roleAssignments: readonly RoleAssignment[] },
  versions: readonly DocumentVersion[],
  seal: Seal
): Acknowledgement[] {
  const random = context.random('acknowledgements');
  const { asOf, config } = context;
  const [previous, current] = versions;
  const roles = rolesByPerson(roleSlots(config, registers.units, registers.systems, registers.roleAssignments, asOf));
  const signatories = signatoriesOf(current, roles, staff.roster, asOf);
  const fates = random.deal(signatories.length, [['current', 72], ['old-only', 14], ['none', 14]]);
  const signatures: SignedContent[] = [];
  const digests = new Map(versions.map((version) => [version.id, sha256Hex(version.text)]));
  const contentOf = (person: Person, version: DocumentVersion, signedOn: IsoDate, account: string): SignedContent => {
    const signedAt = localInstant(signedOn, random.int(8, 16), random.int(0, 59), config.timeZone);
    return {
      documentKey: version.documentKey,
      version: version.version,
      documentDigest: digests.get(version.id) ?? sha256Hex(version.text),
      signerEmail: person.email,
      signedByAccount: account,
      signedOn: localDateOf(signedAt, config.timeZone),
      signedAt,
      place: random.pick(TOWNS),
      signerTitle: staff.titleOf.get(person.email) ?? 'Medarbetare',
      printedName: person.displayName
    };
  };
  const sign = (person: Person, version: DocumentVersion, signedOn: IsoDate): void => {
    signatures.push(contentOf(person, version, signedOn, person.email));
  };

  const proxyTarget = signatories.find(
    (person) => staff.kindOf.get(person.email) === 'chief' && !PERSONA_FATES.has(person.email) && (staff.membersOf.get(person.unitId) ?? []).length > 0
  );
  const proxy = proxyTarget && contentOf(proxyTarget, current, signDate(current.publishedOn, proxyTarget, asOf, random) ?? asOf, random.pick(staff.membersOf.get(proxyTarget.unitId) ?? []));

  signatories.forEach((person, index) => {
    const fate = person === proxyTarget ? 'none' : PERSONA_FATES.get(person.email) ?? (isNewManager(person, asOf) && random.chance(0.5) ? 'none' : fates[index]);
    // The old version: signed by those who were on the roster then, when their fate includes it.
    const signedPrevious = fate === 'old-only' || (fate === 'current' && random.chance(0.6));
    const previousDate = signedPrevious ? signDate(previous.publishedOn, person, current.publishedOn, random) : undefined;
    if (previousDate !== undefined) sign(person, previous, previousDate);
    if (fate === 'current') {
      const date = signDate(current.publishedOn, person, asOf, random);
      if (date !== undefined) sign(person, current, date);
    }
  });

  // Chiefs who have left signed the old version while they were here: history the KPIs must not count.
  for (const email of staff.leavers.filter((candidate) => staff.kindOf.get(candidate) === 'chief')) {
    const person = staff.byEmail.get(email);
    const date = person && signDate(previous.publishedOn, person, person.endDate ?? asOf, random);
    if (person && date !== undefined) sign(person, previous, date);
  }

  // The chain in the order of signing (ties by signer, then version: deterministic).
  const ordered = [...signatures].sort((a, b) => a.signedAt.localeCompare(b.signedAt) || a.signerEmail.localeCompare(b.signerEmail) || a.version.localeCompare(b.version));
  const chained = chainAll(ordered, EMPTY_CHAIN, seal);
  const acknowledgements: Acknowledgement[] = [];
  if (proxy) {
    // Placed after the chain's end, as a hand-written item would be; its "seal" is an unkeyed digest.
    const sequence = chained.head.sequence + 1;
    const contentHash = sha256Hex(acknowledgementCanonicalText(proxy, sequence, chained.head.hash));
    acknowledgements.push({ id: DEMO_SCENARIO_IDS.proxySignedAcknowledgementId, ...proxy, sequence, previousHash: chained.head.hash, contentHash });
  }
  chained.sealed.forEach((acknowledgement) => acknowledgements.push({ id: `ack-${String(acknowledgements.length + 1).padStart(5, '0')}`, ...acknowledgement }));
  return acknowledgements;
}

function isNewManager(person: Person, asOf: IsoDate): boolean {
  return person.managerSince !== undefined && person.managerSince > addDays(asOf, -92) && person.managerSince <= asOf;
}

/** Current staff who must sign the version in force: its role holders and every manager (the domain's rule, R-ACK). */
function signatoriesOf(version: DocumentVersion, roles: ReadonlyMap<string, ReadonlySet<string>>, roster: readonly Person[], asOf: IsoDate): Person[] {
  return roster.filter((person) => {
    if (!employedOn(person, asOf)) return false;
    const holdsRole = version.requiredForRoles.some((role) => roles.get(person.email)?.has(role) ?? false);
    const isManager = version.requiredForManagers && person.managerSince !== undefined && person.managerSince <= asOf;
    return holdsRole || isManager;
  });
}

/** A day from the later of publication, employment start and manager start, within 45 days, not after `latest`. */
function signDate(publishedOn: IsoDate, person: Person, latest: IsoDate, random: Random): IsoDate | undefined {
  const from = [publishedOn, person.startDate, person.managerSince ?? publishedOn].reduce(latestOf);
  const date = addDays(from, random.int(0, 45));
  return date <= latest && (person.endDate === undefined || date <= person.endDate) ? date : undefined;
}

