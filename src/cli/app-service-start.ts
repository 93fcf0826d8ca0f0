import type { RequestHandler } from 'express';
import { startAppService, type AppService } from '../../bot/app-service';
import { appServiceEnvironmentSchema } from '../../bot/app-service-environment';
import { appApiServices } from '../../bot/api/app-api-services';
import { describeBuild } from '../../bot/browser-bundles';
import { workbenchCaller } from '../../bot/http/caller-identity';
import { myTasksOf } from '../../bot/tasks/my-tasks';
import { nudgeRunServices } from '../../bot/nudges/nudge-services';
import { scheduleDailyNudges } from '../../bot/nudges/scheduled-run';
import { scheduleDailyKpiSnapshots } from '../../bot/council/kpi-snapshot-schedule';
import { scheduleAreaFollowUps } from '../../bot/council/area-follow-up-schedule';
import { areaFollowUpServices } from '../../bot/council/area-follow-up-services';
import { botAuthSettingsFrom, isProduction } from '../../bot/agent/bot-auth-settings';
import { createTillitBot } from '../../bot/agent/tillit-agent';
import type { RegionConfig } from '../config/region-config';
import { APP_PRINCIPAL_EMAIL } from '../local-sharepoint/local-site-defaults';
import { localToken } from '../sharepoint/sp-factory';
import { hmacSeal } from './acknowledgement-key';
import { parseOrThrow } from '../domain/shared/validation';
import { DEFAULT_WORKBENCH_IDENTITY } from '../workbench/workbench-identities';

/**
 * `npm start`'s second server: the app service beside the local SharePoint, with the workbench and
 * the pass-through (DESIGN.md, "The app service, locally"). Prints where to go.
 */
export async function startLocalAppService(
  localSiteUrl: string,
  config: RegionConfig,
  acknowledgementKey: Buffer,
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env
): Promise<AppService> {
  const environment = parseOrThrow(appServiceEnvironmentSchema, env, 'The environment');
  const api = appApiServices({ siteUrl: localSiteUrl, token: localToken(APP_PRINCIPAL_EMAIL), callerOf: workbenchCaller(), config, log, acknowledgementSeal: hmacSeal(acknowledgementKey), appAccount: APP_PRINCIPAL_EMAIL });
  // Validated before anything listens: a bad bot setting stops the start with every problem named.
  const auth = botAuthSettingsFrom(env);
  const bot = (url: string): RequestHandler[] =>
    createTillitBot({ services: api, links: { siteUrl: localSiteUrl, myTasksUrl: `${url}/workbench/?part=my-tasks` }, auth, production: isProduction(env) }).endpoint;
  const service = await startAppService({ port: environment.TILLIT_APP_PORT, localSiteUrl, api, bot, log });
  // The day's plan is read once in the background now, so the first person to open My tasks does not wait for a cold read of every register.
  const tasks = myTasksOf(api);
  tasks.plans.plan(tasks.today()).catch((error: unknown) => log(`my tasks: reading the day's plan at start failed (it is read again on the first visit): ${error instanceof Error ? error.message : String(error)}`));
  // The daily nudge run (issue 9) inside the app service, as in production; the lease keeps it single across instances.
  const nudges = scheduleDailyNudges(nudgeRunServices({ siteUrl: localSiteUrl, token: localToken(APP_PRINCIPAL_EMAIL) }, config, log, { myTasksUrl: `${service.url}/workbench/?part=my-tasks` }));
  // The council's daily KPI snapshot (issue 10), caught up at the start if the day has none yet (idempotent per day).
  const snapshots = scheduleDailyKpiSnapshots(api, config.kpiSnapshots);
  // The May and December area follow-up (R-REP); locally its cards link to this service's own personal tab page.
  const followUps = scheduleAreaFollowUps(areaFollowUpServices(api, { kind: 'app-service', baseUrl: service.url }, auth));
  log(describeBuild(service.bundles));
  log('');
  log(`App service:       ${service.url}  (the bot at ${service.url}/api/messages, ${auth.mode === 'anonymous' ? 'anonymous: Agents Playground' : `Bot Service app ${auth.clientId}`})`);
  log(`Workbench:         ${service.workbenchUrl ?? ''}`);
  log(`  Web parts as on a SharePoint page; choose the demo identity, language and theme at the top (first visit: ${DEFAULT_WORKBENCH_IDENTITY.displayName}).`);
  const next = nudges?.nextRun();
  const nextSnapshot = snapshots?.nextRun();
  log(`KPI snapshot:      ${nextSnapshot === undefined ? 'not scheduled (kpiSnapshots.scheduled is off)' : `daily at ${config.kpiSnapshots.dailyAt} ${config.timeZone}, next ${nextSnapshot.toISOString()}`}; now: POST /api/council/snapshots`);
  log(`Nudge run:         ${next === undefined ? 'not scheduled (nudgeRun.scheduled is off)' : `daily at ${config.nudgeRun.dailyAt} ${config.timeZone}, next ${next.toISOString()}`}; now: npx tillit nudge`);
  const nextFollowUp = followUps?.nextRun();
  log(`Area follow-up:    ${nextFollowUp === undefined ? 'not scheduled (areaFollowUp.scheduled is off)' : `next ${nextFollowUp.toISOString()}`}; now: npx tillit area-follow-up`);
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
