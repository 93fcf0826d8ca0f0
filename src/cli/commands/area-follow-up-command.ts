import { z } from 'zod';
import { appApiServices } from '../../../bot/api/app-api-services';
import { areaFollowUpSummaryLines, runAreaFollowUp, type AreaFollowUpResult } from '../../../bot/council/area-follow-up-run';
import { areaFollowUpServices } from '../../../bot/council/area-follow-up-services';
import { productionSettingsFrom } from '../../../bot/production/production-settings';
import type { AreaReportLinkBase } from '../../contracts/area-report-link';
import { reportPeriodKeySchema, reportYearSchema } from '../../contracts/council-report';
import { DEFAULT_REGION_CONFIG } from '../../config/default-region';
import { instantOf, localDateOf, yearOf } from '../../domain/shared/calendar';
import { isLocalSite } from '../../local-sharepoint/local-admin-client';
import { APP_PRINCIPAL_EMAIL } from '../../local-sharepoint/local-site-defaults';
import { appOnlySharePointToken } from '../../sharepoint/app-only-token';
import { localToken } from '../../sharepoint/sp-factory';
import { defineCommand } from '../command';
import { flagOption, valueOption } from '../command-option';
import { EXIT_BUSY, EXIT_NEEDS_ATTENTION, EXIT_OK } from '../exit-codes';
import { siteConnection, siteOption } from '../site-connection-options';
import { UsageError } from '../usage-error';

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function write(line: string): void {
  process.stdout.write(`${line}\n`);
}

function exitCodeOf(result: AreaFollowUpResult, dryRun: boolean): number {
  if (result.status === 'busy') {
    log(`tillit area-follow-up: nothing sent: ${result.reason}.`);
    return EXIT_BUSY;
  }
  for (const line of areaFollowUpSummaryLines(result.summary, dryRun)) write(line);
  if (result.stoppedEarly !== undefined) {
    write(`Stopped early: ${result.stoppedEarly}`);
    return EXIT_BUSY;
  }
  return result.summary.deadLettered + result.summary.unknown > 0 ? EXIT_NEEDS_ATTENTION : EXIT_OK;
}

/** The run's services with the app's own identity, as the app service's schedule has them; the link as the service's. */
function servicesFor(site: string, appUrl: string | undefined): ReturnType<typeof areaFollowUpServices> {
  const callerOf = (): Promise<never> => Promise.reject(new Error('tillit area-follow-up has no caller'));
  if (isLocalSite(site) || process.env.TILLIT_APP_CLIENT_ID === undefined) {
    const connection = isLocalSite(site) ? { siteUrl: site, token: localToken(APP_PRINCIPAL_EMAIL) } : siteConnection(site, undefined);
    const linkBase: AreaReportLinkBase = { kind: 'app-service', baseUrl: appUrl ?? `http://127.0.0.1:${process.env.TILLIT_APP_PORT ?? '3978'}` };
    return areaFollowUpServices(appApiServices({ ...connection, config: DEFAULT_REGION_CONFIG, callerOf, log }), linkBase);
  }
  const production = productionSettingsFrom(process.env);
  if (production.siteUrl !== site) throw new UsageError(`--site ${site} is not the app service's site (TILLIT_SITE_URL ${production.siteUrl}).`);
  if (production.teamsAppId === undefined) throw new UsageError('TILLIT_TEAMS_APP_ID (the Teams app\'s id, manifest/) is needed: the cards open the area\'s report in the app\'s personal tab.');
  const api = appApiServices({ siteUrl: site, token: appOnlySharePointToken(site, production.app), config: production.config, callerOf, log });
  return areaFollowUpServices(api, { kind: 'teams', teamsAppId: production.teamsAppId }, production.bot);
}

const modesSchema = z.object({ 'retry-dead': z.boolean(), 'resend-unknown': z.boolean() }).refine((modes) => !(modes['retry-dead'] && modes['resend-unknown']), { message: '--retry-dead and --resend-unknown cannot be combined: give one of them' });

/**
 * `tillit area-follow-up` (issue 10; R-REP, the action plan's section 4): the May or December area
 * follow-up now, as the app service's schedule sends it (bot/council/area-follow-up-run.ts), for a
 * given year and period; like `tillit nudge`, once per chief and area whatever is run again.
 */
export const areaFollowUpCommand = defineCommand({
  name: 'area-follow-up',
  summary: 'send every area and department chief their own area\'s follow-up card in Teams now (R-REP; the May/December run)',
  options: {
    site: siteOption,
    year: valueOption({ placeholder: 'YYYY', schema: reportYearSchema.optional(), description: 'the follow-up\'s year', defaultText: 'the current year' }),
    period: valueOption({ placeholder: 'tertial-1|tertial-2|…', schema: reportPeriodKeySchema, description: 'the follow-up\'s period (May: tertial-1, December: tertial-2 by default)' }),
    'app-url': valueOption({ placeholder: 'URL', schema: z.string().url('must be the app service\'s address, such as http://127.0.0.1:3978').optional(), description: 'locally: the app service whose /tab/my-tasks the cards link to', defaultText: 'http://127.0.0.1:$TILLIT_APP_PORT' }),
    'dry-run': flagOption('plan and count the cards; write and send nothing'),
    'retry-dead': flagOption('send the follow-up\'s dead-lettered cards again'),
    'resend-unknown': flagOption('send again the follow-up\'s cards whose outcome is unknown (they may have arrived)')
  },
  notes: [
    'One card per chief and area (områdeschef, avdelningschef: areaFollowUp.levels), in the chief\'s Teams',
    'language, through the nudges\' sender; every card in the NudgeLog, never sent twice (R-NDG-4).',
    'Exit code 0: done; 3: dead letters or unknown outcomes; 4: another process holds the follow-up\'s lease.',
    'On SharePoint Online with the app service\'s settings in the environment the cards open the Teams app\'s',
    'personal tab (TILLIT_TEAMS_APP_ID); locally the app service\'s /tab/my-tasks (--app-url).'
  ],
  async run(options) {
    const modes = modesSchema.safeParse(options);
    if (!modes.success) throw new UsageError(modes.error.issues.map((issue) => issue.message).join('; '));
    const services = servicesFor(options.site, options['app-url']);
    const today = localDateOf(instantOf(services.now()), services.config.timeZone);
    const year = options.year ?? yearOf(today);
    const result = await runAreaFollowUp(
      services,
      { year, period: options.period, day: today },
      { dryRun: options['dry-run'], mode: options['retry-dead'] ? 'retry-dead' : options['resend-unknown'] ? 'resend-unknown' : 'run' }
    );
    return exitCodeOf(result, options['dry-run']);
  }
});
