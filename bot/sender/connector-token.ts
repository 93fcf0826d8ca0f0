import { MsalTokenProvider } from '@microsoft/agents-hosting';
import { botAuthConfiguration } from '../agent/bot-auth-configuration';
import type { BotAuthSettings } from '../agent/bot-auth-settings';

/** The Bot Connector's resource: the token the sender presents (Azure Bot Service, single tenant or multi). */
export const BOT_CONNECTOR_SCOPE = 'https://api.botframework.com';

/**
 * How the sender signs its calls to the Bot Connector: with the bot's Entra app (TILLIT_BOT_CLIENT_ID
 * and its secret or certificate, the same settings `/api/messages` checks calls with) when one is
 * configured; anonymously otherwise — which only Agents Playground and the tests' connector stand-in
 * accept (a production start without the bot's app refuses to start, bot-auth-settings.ts).
 */
export function connectorToken(bot: BotAuthSettings): () => Promise<string | undefined> {
  if (bot.mode === 'anonymous') return () => Promise.resolve(undefined);
  const provider = new MsalTokenProvider(botAuthConfiguration(bot));
  return () => provider.getAccessToken(BOT_CONNECTOR_SCOPE);
}
