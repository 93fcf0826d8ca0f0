import type { INetworkModule } from '@azure/msal-node';
import type { JWTVerifyGetKey } from 'jose';
import { appOnlySharePointToken } from '../../src/sharepoint/app-only-token';
import { hmacSeal } from '../../src/cli/acknowledgement-key';
import { startAppService, type AppService } from '../app-service';
import { appApiServices } from '../api/app-api-services';
import type { BuildReport } from '../browser-bundles';
import { entraCaller } from '../http/caller-identity';
import { createTillitBot } from '../agent/tillit-agent';
import { nudgeRunServices } from '../nudges/nudge-services';
import { scheduleDailyNudges } from '../nudges/scheduled-run';
import { scheduleDailyKpiSnapshots } from '../council/kpi-snapshot-schedule';
import { scheduleAreaFollowUps } from '../council/area-follow-up-schedule';
import { areaFollowUpServices } from '../council/area-follow-up-services';
import { myTasksOf } from '../tasks/my-tasks';
import type { ProductionSettings } from './production-settings';

/**
 * MSAL's network client and the callers' signing keys, for tests only: production leaves both
 * unset and talks to Entra ID (the same extension points entraCaller and MSAL offer themselves).
 */
export interface ProductionStartSeams {
  readonly entraNetwork?: INetworkModule;
  readonly callerKeys?: JWTVerifyGetKey;
  readonly prepareBundles?: (outDir: string) => Promise<BuildReport>;
}

/**
 * The app service as Teams and SharePoint Online reach it (README, "Production"): the API for the web
 * parts and the tab, where the caller is the Entra user of the token they send; the bot at
 * /api/messages, which accepts only the Bot Service's signed calls; the daily nudge run and KPI snapshot. Everything
 * it reads and writes on the site goes with the app's own app-only token. No workbench, no
 * pass-through: those are local only.
 */
export async function startProductionAppService(settings: ProductionSettings, log: (line: string) => void, seams: ProductionStartSeams = {}): Promise<AppService> {
  const token = appOnlySharePointToken(settings.siteUrl, settings.app, { networkClient: seams.entraNetwork });
  const callerOf = entraCaller({ tenantId: settings.app.tenantId, audience: settings.apiAudience, keys: seams.callerKeys, authorityHost: settings.app.authorityHost });
  const api = appApiServices({ siteUrl: settings.siteUrl, token, callerOf, config: settings.config, log, acknowledgementSeal: hmacSeal(settings.acknowledgementKey) });
  const links = { siteUrl: settings.siteUrl, myTasksUrl: settings.myTasksUrl };
  const service = await startAppService({
    port: settings.port,
    host: settings.host,
    api,
    bot: () => createTillitBot({ services: api, links, auth: settings.bot, production: true }).endpoint,
    // The council's tab (issue 10) signs in with nested app authentication as the app's own registration (its SPA
    // platform, redirect brk-multihub://<domain>), asking for the delegated scope under the API's application ID URI.
    tabSignIn: { mode: 'nested-app', clientId: settings.app.clientId, tenantId: settings.app.tenantId, apiScope: `${settings.apiAudience.find((audience) => audience.includes('://')) ?? `api://${settings.app.clientId}`}/access_as_user`, siteUrl: settings.siteUrl },
    log,
    ...(seams.prepareBundles === undefined ? {} : { prepareBundles: seams.prepareBundles })
  });
  // As locally: the day's plan is read once in the background, so the first person to open My tasks does not wait for a cold read.
  const tasks = myTasksOf(api);
  tasks.plans.plan(tasks.today()).catch((error: unknown) => log(`my tasks: reading the day's plan at start failed (it is read again on the first visit): ${error instanceof Error ? error.message : String(error)}`));
  const nudges = scheduleDailyNudges(nudgeRunServices({ siteUrl: settings.siteUrl, token }, settings.config, log, { myTasksUrl: settings.myTasksUrl, bot: settings.bot }));
  // The council's daily KPI snapshot (issue 10), caught up at the start if the day has none yet.
  const snapshots = scheduleDailyKpiSnapshots(api, settings.config.kpiSnapshots);
  // The May and December area follow-up (R-REP): its cards open the Teams app's personal tab, so it needs the app's id.
  const followUps = settings.teamsAppId === undefined ? undefined : scheduleAreaFollowUps(areaFollowUpServices(api, { kind: 'teams', teamsAppId: settings.teamsAppId }, settings.bot));
  const next = nudges?.nextRun();
  const nextSnapshot = snapshots?.nextRun();
  log(`Tillit app service: ${service.url} for ${settings.siteUrl}`);
  log(`  API: callers' Entra tokens for ${settings.apiAudience.join(' or ')} (tenant ${settings.app.tenantId}); the site with app ${settings.app.clientId}'s certificate`);
  log(`  Bot: /api/messages for Bot Service app ${settings.bot.clientId}`);
  log(`  Nudge run: ${next === undefined ? 'not scheduled (nudgeRun.scheduled is off)' : `daily at ${settings.config.nudgeRun.dailyAt} ${settings.config.timeZone}, next ${next.toISOString()}`}`);
  log(`  KPI snapshot: ${nextSnapshot === undefined ? 'not scheduled (kpiSnapshots.scheduled is off)' : `daily at ${settings.config.kpiSnapshots.dailyAt} ${settings.config.timeZone}, next ${nextSnapshot.toISOString()}`}`);
  const nextFollowUp = followUps?.nextRun();
  log(
    `  Area follow-up: ${settings.teamsAppId === undefined ? 'not scheduled (TILLIT_TEAMS_APP_ID, the Teams app\'s id, is not set)' : nextFollowUp === undefined ? 'not scheduled (areaFollowUp.scheduled is off)' : `next ${nextFollowUp.toISOString()}`}`
  );
  return {
    ...service,
    close: async () => {
      followUps?.stop();
      nudges?.stop();
      snapshots?.stop();
      await service.close();
    }
  };
}
