import type { RegionConfig } from '../../config/region-config';
import { currentStaff, isManager, type Person } from '../people/person';
import { addDaysTo, daysBetween, isBefore, laterOf, type IsoDate } from '../shared/calendar';
import { sameEmail } from '../shared/person-ref';
import type { Acknowledgement, DocumentVersion } from './acknowledgement';

export interface OutstandingAcknowledgement {
  readonly personEmail: string;
  readonly documentKey: string;
  readonly documentVersionId: string;
  readonly title: string;
  readonly version: string;
  readonly dueOn: IsoDate;
  readonly daysOverdue: number;
}

export interface AcknowledgementProgress {
  readonly documentKey: string;
  readonly version: string;
  readonly required: number;
  readonly signed: number;
  readonly outstanding: number;
}

/** The version in force per document: the newest already published on `today`. */
export function currentVersions(versions: readonly DocumentVersion[], today: IsoDate): DocumentVersion[] {
  const newest = new Map<string, DocumentVersion>();
  for (const version of versions) {
    if (isBefore(today, version.publishedOn)) continue;
    const known = newest.get(version.documentKey);
    if (!known || isBefore(known.publishedOn, version.publishedOn) || (known.publishedOn === version.publishedOn && known.id < version.id)) {
      newest.set(version.documentKey, version);
    }
  }
  return [...newest.values()].sort((a, b) => a.documentKey.localeCompare(b.documentKey));
}

/**
 * A signature counts only for the exact version, and only when the account that wrote it is the
 * signer's own: nobody can sign for someone else (R-ACK, R-SEC-1).
 */
export function isOwnSignatureFor(acknowledgement: Acknowledgement, version: DocumentVersion): boolean {
  return (
    acknowledgement.documentKey === version.documentKey &&
    acknowledgement.version === version.version &&
    sameEmail(acknowledgement.signerEmail, acknowledgement.signedByAccount)
  );
}

interface Signatory {
  readonly email: string;
  /** From when this person had to sign: the publication, or later if they became a manager later. */
  readonly since: IsoDate;
}

function signatoriesOf(
  version: DocumentVersion,
  rolesByPerson: ReadonlyMap<string, ReadonlySet<string>>,
  current: readonly Person[],
  today: IsoDate
): Signatory[] {
  const since = new Map<string, IsoDate>();
  // Only role holders on the current roster must sign, as managers below: a role assignment that
  // outlived its holder's employment (left, or not yet started) would otherwise keep a departed
  // person "outstanding" forever, inflate the progress denominator, and send a "sign this" nudge
  // to the area contact, who cannot sign for them. The stale assignment is a vacancy (R-ORG).
  for (const person of current) {
    const roles = rolesByPerson.get(person.email);
    if (roles !== undefined && version.requiredForRoles.some((role) => roles.has(role))) since.set(person.email, version.publishedOn);
  }
  if (version.requiredForManagers) {
    for (const person of current) {
      if (!isManager(person, today) || person.managerSince === undefined) continue;
      const from = laterOf(version.publishedOn, person.managerSince);
      const known = since.get(person.email);
      since.set(person.email, known === undefined || isBefore(from, known) ? from : known);
    }
  }
  return [...since.entries()].map(([email, from]) => ({ email, since: from })).sort((a, b) => a.email.localeCompare(b.email));
}

/** R-ACK: who still has to acknowledge the version in force of each document, and by when. */
export function outstandingAcknowledgements(
  versions: readonly DocumentVersion[],
  acknowledgements: readonly Acknowledgement[],
  rolesByPerson: ReadonlyMap<string, ReadonlySet<string>>,
  roster: readonly Person[],
  config: RegionConfig,
  today: IsoDate
): OutstandingAcknowledgement[] {
  const outstanding: OutstandingAcknowledgement[] = [];
  // The current roster, worked out once for every document version.
  const current = currentStaff(roster, today);
  for (const version of currentVersions(versions, today)) {
    const signed = new Set(acknowledgements.filter((ack) => isOwnSignatureFor(ack, version)).map((ack) => ack.signerEmail));
    for (const signatory of signatoriesOf(version, rolesByPerson, current, today)) {
      if (signed.has(signatory.email)) continue;
      const dueOn = addDaysTo(signatory.since, config.acknowledgements.signWithinDays);
      outstanding.push({
        personEmail: signatory.email,
        documentKey: version.documentKey,
        documentVersionId: version.id,
        title: version.title,
        version: version.version,
        dueOn,
        daysOverdue: Math.max(0, daysBetween(dueOn, today))
      });
    }
  }
  return outstanding;
}

/** Per document version in force: how many must sign, have signed, have not (the council's view of R-ACK). */
export function acknowledgementProgress(
  versions: readonly DocumentVersion[],
  acknowledgements: readonly Acknowledgement[],
  rolesByPerson: ReadonlyMap<string, ReadonlySet<string>>,
  roster: readonly Person[],
  today: IsoDate
): AcknowledgementProgress[] {
  // The current roster, worked out once for every document version.
  const current = currentStaff(roster, today);
  return currentVersions(versions, today).map((version) => {
    const signatories = signatoriesOf(version, rolesByPerson, current, today);
    const signed = new Set(acknowledgements.filter((ack) => isOwnSignatureFor(ack, version)).map((ack) => ack.signerEmail));
    const signedCount = signatories.filter((signatory) => signed.has(signatory.email)).length;
    return {
      documentKey: version.documentKey,
      version: version.version,
      required: signatories.length,
      signed: signedCount,
      outstanding: signatories.length - signedCount
    };
  });
}

/**
 * R-ACK: whether `email` must acknowledge `version` on `today` — the same rule as the outstanding
 * list (a current role holder the version names, or a manager when it names managers). The signing
 * route asks it, so nobody signs a document that is not theirs to sign.
 */
export function mustAcknowledge(
  version: DocumentVersion,
  email: string,
  rolesByPerson: ReadonlyMap<string, ReadonlySet<string>>,
  roster: readonly Person[],
  today: IsoDate
): boolean {
  return signatoriesOf(version, rolesByPerson, currentStaff(roster, today), today).some((signatory) => sameEmail(signatory.email, email));
}
