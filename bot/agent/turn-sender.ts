import type { TurnContext } from '@microsoft/agents-hosting';
import type { BotInstallation } from '../../src/sharepoint/mappers/records/bot-installation';
import { BotInstallations } from './bot-installations';
import { memberOf } from './member-directory';

/** Who sent a turn, as Tillit knows them: the e-mail is what every register and the ledger name people by. */
export interface TurnSender {
  readonly email: string;
  readonly aadObjectId: string;
  readonly teamsUserId: string;
  readonly installation: BotInstallation | undefined;
}

/**
 * The person behind a turn (R-SEC-1, R-ACK): the Teams user Teams says sent it, mapped by Entra
 * object id to their installation's e-mail; when the bot has none (an install it never saw), the
 * Bot Connector's member lookup gives the e-mail, and a personal chat is recorded on the way. Never
 * from anything the message or a card carries.
 */
export async function turnSenderOf(context: TurnContext, installations: BotInstallations): Promise<TurnSender | undefined> {
  const from = context.activity.from;
  if (from?.id === undefined || from.id === '') return undefined;
  const claimed = from.aadObjectId;
  const installation = claimed === undefined || claimed === '' ? undefined : await installations.byAadObjectId(claimed);
  if (installation !== undefined && installation.uninstalledAt === undefined) {
    await installations.keepLocale(installation, context.activity.locale);
    return { email: installation.email, aadObjectId: installation.aadObjectId, teamsUserId: from.id, installation };
  }
  const member = await memberOf(context, from.id);
  // The connector's answer must be the same person Teams named, when Teams named one.
  if (member === undefined || (claimed !== undefined && claimed !== '' && member.aadObjectId !== claimed)) return undefined;
  const personal = context.activity.conversation?.conversationType === 'personal';
  const recorded = personal
    ? await installations.record({
        email: member.email,
        aadObjectId: member.aadObjectId,
        teamsUserId: member.teamsUserId,
        conversationReference: { ...context.activity.getConversationReference() },
        locale: context.activity.locale,
        scope: 'personal'
      })
    : undefined;
  return { email: member.email, aadObjectId: member.aadObjectId, teamsUserId: member.teamsUserId, installation: recorded };
}
