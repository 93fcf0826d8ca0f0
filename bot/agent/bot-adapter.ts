import { CloudAdapter, type AuthConfiguration } from '@microsoft/agents-hosting';
import { botAuthConfiguration } from './bot-auth-configuration';
import type { BotAuthSettings } from './bot-auth-settings';

const CONNECTION = 'serviceConnection';

/** The SDK's CloudAdapter with exactly the settings given (bot-auth-configuration.ts says why every key is named). */
export function botAdapter(settings: BotAuthSettings): CloudAdapter {
  const connection = botAuthConfiguration(settings);
  const config: AuthConfiguration =
    settings.mode === 'anonymous' ? connection : { ...connection, connections: new Map([[CONNECTION, connection]]), connectionsMap: [{ serviceUrl: '*', connection: CONNECTION }] };
  const adapter = new CloudAdapter(config);
  const expected = settings.mode === 'anonymous' ? undefined : settings.clientId;
  // Belt and braces against the environment merge above: the adapter must be the app we configured.
  if (adapter.getClientId() !== expected) {
    throw new Error(`The bot adapter came up with the client id ${String(adapter.getClientId())}, not ${String(expected)}: an environment variable read by the Agents SDK (clientId, tenantId, Connections__…) overrides Tillit's settings; remove it and use TILLIT_BOT_CLIENT_ID.`);
  }
  return adapter;
}
