import { createHash } from 'node:crypto';
import type { AreaFollowUp, AreaFollowUpRecipient } from '../../src/domain/council/area-follow-up-plan';
import { followUpIdOf } from '../../src/domain/council/area-follow-up-plan';
import type { Locale } from '../../src/domain/shared/localized-text';
import { MAX_TEXT_LENGTH } from '../../src/sharepoint/lists/list-schema';
import type { NudgeLogEntry } from '../../src/sharepoint/mappers/records/nudge-log-entry';
import { localeOf, type UsableInstallation } from '../nudges/nudge-messages';

/** One planned area follow-up card: a chief, their unit, the follow-up (R-REP). */
export interface AreaMessage {
  readonly recipient: AreaFollowUpRecipient;
  readonly followUp: AreaFollowUp;
  /** `area:<year>-<period>:<unit>:<chief>`: the row's key, and (unique) its write key. */
  readonly key: string;
  readonly locale: Locale;
  readonly installation: UsableInstallation | undefined;
}

/** The prefix of every card row of a follow-up. */
export function areaMessagePrefix(followUp: Pick<AreaFollowUp, 'year' | 'period'>): string {
  return `area:${followUpIdOf(followUp)}:`;
}

/** The lease row's key of a follow-up. */
export function areaRunKeyOf(followUp: Pick<AreaFollowUp, 'year' | 'period'>): string {
  return `area-run:${followUpIdOf(followUp)}`;
}

/**
 * Once per chief, area and follow-up (R-REP, R-NDG-4): the key names all three, readable in the
 * NudgeLog's Title; one longer than a Title holds keeps the follow-up and a SHA-256 of the rest.
 */
export function areaMessageKeyOf(followUp: AreaFollowUp, recipient: Pick<AreaFollowUpRecipient, 'unitId' | 'email'>): string {
  const rest = `${recipient.unitId}:${recipient.email.toLowerCase()}`;
  const key = `${areaMessagePrefix(followUp)}${rest}`;
  if (key.length <= MAX_TEXT_LENGTH) return key;
  return `${areaMessagePrefix(followUp)}sha256:${createHash('sha256').update(rest).digest('hex')}`;
}

/** The cards of a follow-up, each in its chief's Teams language (the installation's, else the region's). */
export function areaMessagesOf(
  followUp: AreaFollowUp,
  recipients: readonly AreaFollowUpRecipient[],
  installations: ReadonlyMap<string, UsableInstallation>,
  defaultLocale: Locale
): AreaMessage[] {
  return recipients.map((recipient) => {
    const installation = installations.get(recipient.email.toLowerCase());
    return { recipient, followUp, key: areaMessageKeyOf(followUp, recipient), locale: localeOf(installation?.installation, installation?.reference, defaultLocale), installation };
  });
}

/** The message's row in a state, held by `holder`. */
export function areaMessageRecord(message: AreaMessage, outcome: NudgeLogEntry['outcome'], holder: string, base: NudgeLogEntry | undefined): NudgeLogEntry {
  return {
    id: base?.id ?? 'new',
    kind: 'area-message',
    key: message.key,
    recipientEmail: message.recipient.email,
    runDay: message.followUp.day,
    outcome,
    itemKeys: [message.recipient.unitId],
    contentDigest: `${message.followUp.period}:${message.locale}`,
    holder,
    attempts: base?.attempts ?? 0,
    error: base?.error ?? ''
  };
}
