import type { AuthConfiguration } from '@microsoft/agents-hosting';
import type { BotAuthSettings } from './bot-auth-settings';

/**
 * The Agents SDK's connection settings for Tillit's bot settings, for the adapter that checks
 * incoming calls and the sender's token for outgoing ones: one app, one credential. The SDK also
 * reads `clientId`, `tenantId`, `clientSecret`, … from the environment, case-insensitively, at
 * module load, and merges them under a configuration passed in (notes/issue9-research.md): every
 * key is therefore named here, undefined when unused, so a stray `CLIENTID` in a developer's shell
 * cannot turn a local run into another app.
 */
export function botAuthConfiguration(settings: BotAuthSettings): AuthConfiguration {
  if (settings.mode === 'anonymous') {
    return { clientId: undefined, tenantId: undefined, clientSecret: undefined, certPemFile: undefined, certKeyFile: undefined, FICClientId: undefined, WIDAssertionFile: undefined };
  }
  return {
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
}
