import type { TurnContext } from '@microsoft/agents-hosting';
import type { Locale } from '../../src/domain/shared/localized-text';
import { formatDate, shortHash } from '../../src/ui/acknowledgement/acknowledgement-format';
import { signAcknowledgement } from '../acknowledgements/sign-acknowledgement';
import { HttpProblem } from '../http/http-problem';
import { myTasksOf } from '../tasks/my-tasks';
import { agentText } from './agent-text';
import type { BotInstallations } from './bot-installations';
import type { BotLinks, BotServices } from './bot-services';
import { answerLocale } from './bot-commands';
import { CARD_VERBS, parseCardAction, type SignAction, type SnoozeAction } from './card-action-schemas';
import { digestCardFor } from './digest-reply';
import { noticeCard, type Card, type DigestCardInput } from './reply-cards';
import { turnSenderOf, type TurnSender } from './turn-sender';

type Notice = NonNullable<DigestCardInput['notice']>;

export interface CardActionContext {
  readonly services: BotServices;
  readonly links: BotLinks;
  readonly installations: BotInstallations;
}

/**
 * An `Action.Execute` from a digest card (Universal Actions): validated with the cards' own schemas,
 * done for the Teams user who pressed it (never a person named in the card's data), and answered with
 * the presser's refreshed digest and a notice of what happened. Bad data writes nothing (R-SEC-2).
 */
export async function cardActionAnswer(context: TurnContext, action: { verb?: unknown; data?: unknown }, deps: CardActionContext): Promise<Card> {
  const sender = await turnSenderOf(context, deps.installations);
  const locale = answerLocale(context.activity.locale, sender?.installation?.locale);
  if (sender === undefined) return noticeCard(agentText(locale, 'noIdentity'), 'error', locale);
  const parsed = parseCardAction(action.verb, action.data);
  if (!parsed.ok) {
    deps.services.log(`bot: refused a card action from ${sender.email}: ${parsed.error}`);
    return digest(deps, sender, locale, { kind: 'error', text: agentText(locale, 'badAction', { error: parsed.error }) });
  }
  try {
    const { verb } = parsed.action;
    if (verb === CARD_VERBS.sign) return digest(deps, sender, locale, await sign(deps, sender, locale, parsed.action.data));
    if (verb === CARD_VERBS.snooze) return digest(deps, sender, locale, await snooze(deps, sender, locale, parsed.action.data));
    return digest(deps, sender, locale, context.activity.value !== undefined && (context.activity.value as { trigger?: unknown }).trigger === 'manual' ? { kind: 'success', text: agentText(locale, 'refreshed') } : undefined);
  } catch (error) {
    if (error instanceof HttpProblem && error.status < 500) return digest(deps, sender, locale, { kind: 'error', text: agentText(locale, 'refused', { message: error.message }) });
    deps.services.log(`bot: a card action of ${sender.email} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return noticeCard(agentText(locale, 'failed'), 'error', locale);
  }
}

function digest(deps: CardActionContext, sender: TurnSender, locale: Locale, notice: Notice | undefined): Promise<Card> {
  return digestCardFor(deps.services, deps.links, { email: sender.email, teamsUserId: sender.teamsUserId, locale, notice });
}

/**
 * R-ACK through the web part's own path: the task must be an acknowledgement the presser owes
 * today, the document and version come from the register (the item's document version), and
 * signAcknowledgement appends to the same sealed chain. The plan is read afresh afterwards.
 */
async function sign(deps: CardActionContext, sender: TurnSender, locale: Locale, action: SignAction): Promise<Notice> {
  const tasks = myTasksOf(deps.services);
  const answer = await tasks.answerFor(sender.email);
  const item = answer.owed.find((owed) => owed.key === action.taskKey);
  if (item === undefined) return { kind: 'warning', text: agentText(locale, 'notInDigest') };
  if (item.topic !== 'acknowledgement' || item.subjectKind !== 'document') return { kind: 'error', text: agentText(locale, 'notAnAcknowledgement') };
  const version = (await deps.services.registers.documentVersions.get(item.subjectId)).record;
  const outcome = await signAcknowledgement(deps.services, sender.email, { documentKey: version.documentKey, version: version.version, place: action.place, signerTitle: action.signerTitle, printedName: action.printedName });
  tasks.plans.invalidate();
  deps.services.log(`bot: ${sender.email} signed ${version.documentKey} ${version.version} in Teams (${outcome.alreadySigned ? 'already signed' : `#${outcome.receipt.sequence}`})`);
  const values = { title: version.title, version: version.version, code: shortHash(outcome.receipt.contentHash) };
  return outcome.alreadySigned ? { kind: 'warning', text: agentText(locale, 'alreadySigned', values) } : { kind: 'success', text: agentText(locale, 'signed', values) };
}

/** R-NDG-2: My tasks' own snooze (an item of the presser's digest, a length the region offers). */
async function snooze(deps: CardActionContext, sender: TurnSender, locale: Locale, action: SnoozeAction): Promise<Notice> {
  const outcome = await myTasksOf(deps.services).snooze(sender.email, { key: action.taskKey, days: action.days });
  if (outcome.outcome === 'not-in-your-digest') return { kind: 'warning', text: agentText(locale, 'notInDigest') };
  if (outcome.outcome === 'length-not-offered') return { kind: 'error', text: agentText(locale, 'snoozeLength', { offered: outcome.offered.join(', ') }) };
  return { kind: 'success', text: agentText(locale, 'snoozed', { until: formatDate(outcome.answer.until, locale) }) };
}
