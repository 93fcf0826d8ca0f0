import type { AreaReportLinkBase } from '../../src/contracts/area-report-link';
import { botAuthSettingsFrom, type BotAuthSettings } from '../agent/bot-auth-settings';
import { AgentsConnector } from '../sender/agents-connector';
import { connectorToken } from '../sender/connector-token';
import type { AreaFollowUpServices } from './area-follow-up-run';
import type { CouncilServices } from './council-dashboard-service';

/**
 * The area follow-up's services over the council's (the app's identity on the site): the Agents
 * SDK's connector signed with the bot's Entra app (from TILLIT_BOT_* when not given), as the nudges'.
 */
export function areaFollowUpServices(council: CouncilServices, linkBase: AreaReportLinkBase, bot?: BotAuthSettings): AreaFollowUpServices {
  return {
    registers: council.registers,
    config: council.config,
    now: council.now,
    sitePath: council.sitePath,
    log: council.log,
    connector: new AgentsConnector({ token: connectorToken(bot ?? botAuthSettingsFrom(process.env)) }),
    linkBase
  };
}
