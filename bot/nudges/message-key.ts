import { createHash } from 'node:crypto';
import type { MyTasksAnswer, TaskItem } from '../../src/contracts/my-tasks';
import type { Locale } from '../../src/domain/shared/localized-text';
import type { IsoDate } from '../../src/domain/shared/calendar';
import { MAX_TEXT_LENGTH } from '../../src/sharepoint/lists/list-schema';

/** Hex characters of the content digest kept in a message's key: 64 bits, ample for one person's messages. */
const DIGEST_LENGTH = 16;

function itemState(item: TaskItem): string {
  return `${item.key}|${item.urgency}|${item.dueOn ?? ''}|${item.daysOverdue}`;
}

/**
 * A short, deterministic digest of what a message tells its recipient (R-NDG-4): every item with its
 * due state, escalations and staff training, and the language. The same answer on the same day gives
 * the same digest, in any process; any change to what the person is told changes it.
 */
export function contentDigestOf(answer: MyTasksAnswer, locale: Locale): string {
  const canonical = JSON.stringify({
    locale,
    owed: answer.owed.map(itemState),
    escalated: answer.escalated.map((escalated) => `${escalated.key}|${escalated.route}|${itemState(escalated.item)}`),
    staffTraining: answer.staffTraining.map(itemState),
    snoozed: answer.snoozedCount
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, DIGEST_LENGTH);
}

/**
 * The message's key (R-NDG-4): run day, content digest and recipient, readable in the NudgeLog's
 * Title. A key longer than a Title holds (a very long e-mail address) keeps the day and digest and
 * a SHA-256 of the address. Uniqueness is the write key's (one message per person and run day,
 * nudge-log-mapper.ts): a re-run whose content changed meanwhile does not send a second message.
 */
export function messageKeyOf(runDay: IsoDate, recipientEmail: string, contentDigest: string): string {
  const key = `${runDay}:${contentDigest}:${recipientEmail.toLowerCase()}`;
  if (key.length <= MAX_TEXT_LENGTH) return key;
  return `${runDay}:${contentDigest}:sha256:${createHash('sha256').update(recipientEmail.toLowerCase()).digest('hex')}`;
}

/** The key of a run day's lease row. */
export function runKeyOf(runDay: IsoDate): string {
  return `run:${runDay}`;
}
