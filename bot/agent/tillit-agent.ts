import { AgentApplication, CardFactory, MessageFactory, TurnState, type CloudAdapter, type TurnContext } from '@microsoft/agents-hosting';
import type { RequestHandler } from 'express';
import { agentText } from './agent-text';
import { botAdapter } from './bot-adapter';
import type { BotAuthSettings } from './bot-auth-settings';
import { answerLocale, commandOf } from './bot-commands';
import { BotInstallations } from './bot-installations';
import type { BotLinks, BotServices } from './bot-services';
import { cardActionAnswer } from './card-action-turns';
import { digestCardFor } from './digest-reply';
import { onMembersAdded, onMembersRemoved, onUninstall, recordPersonalInstall } from './installation-turns';
import { messagesEndpoint } from './messages-endpoint';
import { helpReplyCard, noticeCard, type Card } from './reply-cards';
import { turnSenderOf } from './turn-sender';

export interface TillitBotOptions {
  readonly services: BotServices;
  readonly links: BotLinks;
  readonly auth: BotAuthSettings;
  /** Production (NODE_ENV=production): an anonymous configuration is refused outright. */
  readonly production: boolean;
}

export interface TillitBot {
  readonly adapter: CloudAdapter;
  readonly app: AgentApplication<TurnState>;
  readonly installations: BotInstallations;
  /** Express handlers for POST /api/messages: authorise, parse, process. */
  readonly endpoint: RequestHandler[];
}

/** The SDK types an invoke's card as `{ type: 'AdaptiveCard' }`; every card the bot builds is one. */
function asSdkCard(card: Card): { type: 'AdaptiveCard'; [key: string]: unknown } {
  return { ...card, type: 'AdaptiveCard' };
}

function cardMessage(card: Card): ReturnType<typeof MessageFactory.attachment> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/**
 * The Tillit bot (issue 9) on the Microsoft 365 Agents SDK: install events recorded in
 * BotInstallations, "mina uppgifter" / "my tasks" and "hjälp" / "help" answered in the person's
 * Teams locale, and the digest card's Action.Execute buttons (R-NDG-1..3, R-ACK).
 */
export function createTillitBot(options: TillitBotOptions): TillitBot {
  const { services, links } = options;
  if (options.production && options.auth.mode === 'anonymous') throw new Error('The bot cannot run anonymously in production: set TILLIT_BOT_CLIENT_ID, TILLIT_BOT_TENANT_ID and a credential.');
  const adapter = botAdapter(options.auth);
  const installations = new BotInstallations(services);
  const app = new AgentApplication<TurnState>({ adapter, removeRecipientMention: true, startTypingTimer: false });

  // The SDK's default answers the user in English that "the source code" needs fixing: log instead, tell them briefly, in their language.
  adapter.onTurnError = async (context: TurnContext, error: Error): Promise<void> => {
    services.log(`bot: a ${context.activity.type ?? '?'} turn failed: ${error.stack ?? error.message}`);
    if (context.activity.type === 'message') await context.sendActivity(agentText(answerLocale(context.activity.locale), 'failed'));
  };

  app.onActivity('installationUpdate', async (context) => {
    const action = String(context.activity.action ?? '');
    if (action.startsWith('remove')) {
      await onUninstall(context, installations);
      return;
    }
    if (action.startsWith('add') && (await recordPersonalInstall(context, installations))) {
      const locale = answerLocale(context.activity.locale);
      await context.sendActivity(agentText(locale, 'welcome'));
      await context.sendActivity(cardMessage(helpReplyCard(locale)));
    }
  });
  app.onConversationUpdate('membersAdded', (context) => onMembersAdded(context, installations));
  app.onConversationUpdate('membersRemoved', (context) => onMembersRemoved(context, installations));

  app.onActivity('message', async (context) => {
    const sender = await turnSenderOf(context, installations);
    const locale = answerLocale(context.activity.locale, sender?.installation?.locale);
    if (sender === undefined) {
      await context.sendActivity(agentText(locale, 'noIdentity'));
      return;
    }
    const command = commandOf(context.activity.text);
    if (command === 'my-tasks') {
      await context.sendActivity(cardMessage(await digestCardFor(services, links, { email: sender.email, teamsUserId: sender.teamsUserId, locale })));
    } else if (command === 'help') {
      await context.sendActivity(cardMessage(helpReplyCard(locale)));
    } else {
      await context.sendActivity(MessageFactory.text(agentText(locale, 'shortHelp')));
    }
  });

  // Every verb, known or not: an unknown one gets an error card from the same place as bad data.
  app.adaptiveCards.actionExecute(/.*/, async (context, _state, action) => {
    try {
      return asSdkCard(await cardActionAnswer(context, action as { verb?: unknown; data?: unknown }, { services, links, installations }));
    } catch (error) {
      services.log(`bot: a card action failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return asSdkCard(noticeCard(agentText(answerLocale(context.activity.locale), 'failed'), 'error', answerLocale(context.activity.locale)));
    }
  });

  const endpoint = messagesEndpoint({ adapter, logic: (context) => app.run(context), log: services.log });
  return { adapter, app, installations, endpoint };
}
