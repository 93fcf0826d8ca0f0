import { CloudAdapter, type AuthConfiguration } from '@microsoft/agents-hosting';
import type { BotAuthSettings } from './bot-auth-settings';

const CONNECTION = 'serviceConnection';

/**
 * The SDK's CloudAdapter with exactly the settings given. The SDK also reads `clientId`, `tenantId`,
 * `clientSecret`, … from the environment, case-insensitively, at module load, and merges them under
 * a configuration passed in (notes/issue9-research.md): every key is therefore named here, undefined
 * when unused, so a stray `CLIENTID` in a developer's shell cannot turn a local run into another app.
 */
export function botAdapter(settings: BotAuthSettings): CloudAdapter {
  const connection: AuthConfiguration =
    settings.mode === 'anonymous'
      ? { clientId: undefined, tenantId: undefined, clientSecret: undefined, certPemFile: undefined, certKeyFile: undefined, FICClientId: undefined, WIDAssertionFile: undefined }
      : {
          clientId: settings.clientId,
          tenantId: settings.tenantId,
          clientSecret: settings.credential.kind === 'secret' ? settings.credential.clientSecret : undefined,
          certPemFile: settings.credential.kind === 'certificate' ? settings.credential.certPemFile : undefined,
          certKeyFile: settings.credential.kind === 'certificate' ? settings.credential.certKeyFile : undefined,
          FICClientId: undefined,
          WIDAssertionFile: undefined,
          // Issuers are checked too (the tenant's, and the Bot Service's), not only the signature and audience.
          validateIssuer: true,
          ...(settings.authorityEndpoint === undefined ? {} : { authorityEndpoint: settings.authorityEndpoint })
        };
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
