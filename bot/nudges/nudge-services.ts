import type { RegionConfig } from '../../src/config/region-config';
import { DEFAULT_MAPPING_CONTEXT } from '../../src/sharepoint/mappers/sharepoint-item';
import { registerRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { connectToSite, type SiteConnection } from '../../src/sharepoint/sp-factory';
import { AgentsConnector } from '../sender/agents-connector';
import { connectorToken } from '../sender/connector-token';
import { botAuthSettingsFrom, type BotAuthSettings } from '../agent/bot-auth-settings';
import type { DigestCardBuilder } from './digest-card-input';
import { regionDigestCard } from './region-digest-card';
import type { NudgeRunServices } from './nudge-run';

export interface NudgeRunExtras {
  readonly buildCard?: DigestCardBuilder;
  readonly myTasksUrl?: string;
  /** The bot's app the sender signs with; from TILLIT_BOT_* in the environment when not given. */
  readonly bot?: BotAuthSettings;
  readonly now?: () => Date;
}

/**
 * The nudge run's services over one site connection, for the CLI and the app service's schedule:
 * the registers with the app's identity, the Agents SDK's connector (signed with the bot's Entra app
 * when configured), the digest card builder.
 */
export function nudgeRunServices(
  connection: SiteConnection,
  config: RegionConfig,
  log: (line: string) => void,
  extra: NudgeRunExtras = {}
): NudgeRunServices {
  const site = connectToSite(connection);
  const sitePath = new URL(connection.siteUrl).pathname.replace(/\/$/, '');
  return {
    registers: registerRepositories(site, sitePath, DEFAULT_MAPPING_CONTEXT),
    config,
    siteUrl: connection.siteUrl,
    myTasksUrl: extra.myTasksUrl,
    connector: new AgentsConnector({ token: connectorToken(extra.bot ?? botAuthSettingsFrom(process.env)) }),
    buildCard: extra.buildCard ?? regionDigestCard(config),
    now: extra.now ?? ((): Date => new Date()),
    log
  };
}
