import { acknowledgementCanonicalText, type Acknowledgement, type DocumentVersion } from '../../domain/acknowledgements/acknowledgement';
import type { OrgUnit } from '../../domain/organisation/org-unit';
import type { Person } from '../../domain/people/person';
import type { RoleAssignment } from '../../domain/roles/role-assignment';
import { roleSlots, rolesByPerson } from '../../domain/roles/role-slots';
import type { IsoDate } from '../../domain/shared/calendar';
import type { ItSystem } from '../../domain/systems/it-system';
import { TOWNS } from '../catalogue/job-titles';
import { DEMO_PERSONAS } from '../demo-personas';
import type { DemoContext } from '../demo-context';
import { addDays, addMonths, employedOn, latestOf, localInstant } from '../demo-dates';
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
  const version = (number: string, publishedOn: IsoDate, roles: readonly string[]): DocumentVersion => ({
    id: `doc-${RESPONSIBILITY_DOCUMENT_KEY}-${number}`,
    documentKey: RESPONSIBILITY_DOCUMENT_KEY,
    title: TITLE,
    version: number,
    publishedOn,
    requiredForRoles: [...roles],
    requiredForManagers: true,
    url: `https://regionexempel.sharepoint.com/sites/tillit/Styrdokument/Fordelning-av-ansvar-${number}.pdf`
  });
  const versions = [
    version('1.0', addMonths(asOf, -38), FIRST_VERSION_ROLES.filter((key) => roleKeys.includes(key))),
    version('2.0', addMonths(asOf, -4), roleKeys)
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
 * managers; one acknowledgement was written from someone else's account and so does not count.
 * Each carries the SHA-256 of its canonical text, as the signing adapter would write it.
 */
export function generateAcknowledgements(
  context: DemoContext,
  staff: DemoStaff,
  registers: { readonly units: readonly OrgUnit[]; readonly systems: readonly ItSystem[]; readonly roleAssignments: readonly RoleAssignment[] },
  versions: readonly DocumentVersion[]
): Acknowledgement[] {
  const random = context.random('acknowledgements');
  const { asOf, config } = context;
  const [previous, current] = versions;
  const roles = rolesByPerson(roleSlots(config, registers.units, registers.systems, registers.roleAssignments, asOf));
  const signatories = signatoriesOf(current, roles, staff.roster, asOf);
  const fates = random.deal(signatories.length, [['current', 72], ['old-only', 14], ['none', 14]]);
  const acknowledgements: Acknowledgement[] = [];
  const sign = (person: Person, version: DocumentVersion, signedOn: IsoDate, account = person.email): void => {
    const unsigned = {
      documentKey: version.documentKey,
      version: version.version,
      signerEmail: person.email,
      signedByAccount: account,
      signedAt: localInstant(signedOn, random.int(8, 16), random.int(0, 59), config.timeZone),
      place: random.pick(TOWNS),
      signerTitle: staff.titleOf.get(person.email) ?? 'Medarbetare',
      printedName: person.displayName
    };
    acknowledgements.push({
      id: `ack-${String(acknowledgements.length + 1).padStart(5, '0')}`,
      ...unsigned,
      contentHash: sha256Hex(acknowledgementCanonicalText(unsigned))
    });
  };

  // The set piece: a department chief's acknowledgement typed in by a secretary from her own account.
  const proxyTarget = signatories.find(
    (person) => staff.kindOf.get(person.email) === 'chief' && !PERSONA_FATES.has(person.email) && (staff.membersOf.get(person.unitId) ?? []).length > 0
  );
  if (proxyTarget) {
    const secretary = random.pick(staff.membersOf.get(proxyTarget.unitId) ?? []);
    sign(proxyTarget, current, signDate(current.publishedOn, proxyTarget, asOf, random) ?? asOf, secretary);
  }

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
  if (proxyTarget && acknowledgements[0].id !== DEMO_SCENARIO_IDS.proxySignedAcknowledgementId) {
    throw new Error('The proxy-signed acknowledgement is no longer the first one');
  }
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

