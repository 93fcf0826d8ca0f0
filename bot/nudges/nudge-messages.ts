import { BotInstallations } from '../agent/bot-installations';
import type { MyTasksAnswer } from '../../src/contracts/my-tasks';
import type { RegionConfig } from '../../src/config/region-config';
import type { Snooze } from '../../src/domain/nudges/snooze';
import type { IsoDate } from '../../src/domain/shared/calendar';
import { SUPPORTED_LOCALES, type Locale } from '../../src/domain/shared/localized-text';
import type { BotInstallation } from '../../src/sharepoint/mappers/records/bot-installation';
import { conversationReferenceSchema, type ConversationReference } from '../sender/connector-port';
import { myTasksAnswerOf } from '../tasks/my-tasks-answer';
import type { PlannedDay } from '../tasks/planned-day';
import { contentDigestOf, messageKeyOf } from './message-key';

/** A person's installation the sender can use: installed, not stale, with a valid conversation reference. */
export interface UsableInstallation {
  readonly installation: BotInstallation;
  readonly reference: ConversationReference;
}

/** One planned digest message (R-NDG-2: one per person per run). */
export interface PlannedMessage {
  readonly recipientEmail: string;
  readonly recipientName: string | undefined;
  readonly runDay: IsoDate;
  readonly key: string;
  readonly contentDigest: string;
  readonly locale: Locale;
  readonly answer: MyTasksAnswer;
  /** The owed items' keys: the history's first reminder per item (R-NDG-3). */
  readonly itemKeys: readonly string[];
  readonly installation: UsableInstallation | undefined;
}

export interface MessagePlan {
  readonly messages: PlannedMessage[];
  /** People with something planned whose snoozes hide all of it today: no message (R-NDG-2). */
  readonly snoozedAway: number;
  /** Installations whose reference does not validate: reported, the person counts as not installed. */
  readonly unusableInstallations: readonly string[];
}

/** The person's language in Teams, from the installation (its locale, else the reference's), else the region's default. */
export function localeOf(installation: BotInstallation | undefined, reference: ConversationReference | undefined, fallback: Locale): Locale {
  const tag = (installation as { locale?: unknown } | undefined)?.locale ?? reference?.locale;
  if (typeof tag !== 'string') return fallback;
  const language = tag.toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as Locale) : fallback;
}

/** Installations by lower-case e-mail that the sender can use (not uninstalled, not marked stale, a valid reference). */
export function usableInstallations(installations: readonly BotInstallation[]): { readonly byEmail: ReadonlyMap<string, UsableInstallation>; readonly unusable: string[] } {
  const byEmail = new Map<string, UsableInstallation>();
  const unusable: string[] = [];
  for (const installation of installations) {
    if (!BotInstallations.isReachable(installation)) continue;
    const reference = conversationReferenceSchema.safeParse(installation.conversationReference);
    if (!reference.success) {
      unusable.push(installation.email);
      continue;
    }
    byEmail.set(installation.email.toLowerCase(), { installation, reference: reference.data });
  }
  return { byEmail, unusable };
}

function hasAnything(answer: MyTasksAnswer): boolean {
  return answer.owed.length + answer.escalated.length + answer.staffTraining.length > 0;
}

/**
 * R-NDG-1..3: the day's messages, one per person who owes something, is told of an escalation, or
 * manages staff with overdue training, after their own snoozes — the same answer My tasks shows
 * (myTasksAnswerOf). Pure: the plan, the snoozes by person, the installations and the day decide it.
 */
export function planMessages(
  planned: PlannedDay,
  snoozes: ReadonlyMap<string, readonly Snooze[]>,
  installations: ReadonlyMap<string, UsableInstallation>,
  today: IsoDate,
  settings: { readonly config: Pick<RegionConfig, 'nudges' | 'defaultLocale'>; readonly sitePath: string; readonly only?: string }
): Omit<MessagePlan, 'unusableInstallations'> {
  const candidates = settings.only !== undefined ? [settings.only.toLowerCase()] : [...new Set([...planned.digests.keys(), ...planned.reports.keys()])].sort();
  const messages: PlannedMessage[] = [];
  let snoozedAway = 0;
  for (const email of candidates) {
    const answer = myTasksAnswerOf(planned, email, snoozes.get(email) ?? [], today, settings);
    if (!hasAnything(answer)) {
      if (answer.snoozedCount > 0) snoozedAway += 1;
      continue;
    }
    const installation = installations.get(email);
    const locale = localeOf(installation?.installation, installation?.reference, settings.config.defaultLocale);
    const contentDigest = contentDigestOf(answer, locale);
    messages.push({
      recipientEmail: email,
      recipientName: planned.staff.get(email)?.displayName,
      runDay: today,
      key: messageKeyOf(today, email, contentDigest),
      contentDigest,
      locale,
      answer,
      itemKeys: answer.owed.map((item) => item.key),
      installation
    });
  }
  return { messages, snoozedAway };
}
