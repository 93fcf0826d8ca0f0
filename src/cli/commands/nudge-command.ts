import { SingleBar } from 'cli-progress';
import { z } from 'zod';
import { nudgeRunServices } from '../../../bot/nudges/nudge-services';
import { productionSettingsFrom } from '../../../bot/production/production-settings';
import { appOnlySharePointToken } from '../../sharepoint/app-only-token';
import { runNudges, type NudgeRunResult, type NudgeRunServices } from '../../../bot/nudges/nudge-run';
import { NudgeLogStore } from '../../../bot/nudges/nudge-log-store';
import { nudgeStatusOf, statusLines } from '../../../bot/nudges/nudge-status';
import { needsAttention, summaryLines } from '../../../bot/nudges/run-summary';
import { DEFAULT_REGION_CONFIG } from '../../config/default-region';
import { isoDateSchema } from '../../domain/shared/calendar';
import { isLocalSite } from '../../local-sharepoint/local-admin-client';
import { APP_PRINCIPAL_EMAIL } from '../../local-sharepoint/local-site-defaults';
import { localToken } from '../../sharepoint/sp-factory';
import { defineCommand } from '../command';
import { flagOption, valueOption } from '../command-option';
import { EXIT_BUSY, EXIT_NEEDS_ATTENTION, EXIT_OK } from '../exit-codes';
import { siteConnection, siteOption } from '../site-connection-options';
import { UsageError } from '../usage-error';

/** The modes are exclusive: one run does one thing (cross-field rules, with messages that say what to drop). */
const modesSchema = z
  .object({ status: z.boolean(), 'retry-dead': z.boolean(), 'resend-unknown': z.boolean(), 'dry-run': z.boolean(), only: z.string().optional() })
  .superRefine((options, context) => {
    const modes = (['status', 'retry-dead', 'resend-unknown'] as const).filter((name) => options[name]);
    if (modes.length > 1) context.addIssue({ code: z.ZodIssueCode.custom, message: `--${modes.join(' and --')} cannot be combined: give one of them` });
    if (options.status && (options['dry-run'] || options.only !== undefined)) context.addIssue({ code: z.ZodIssueCode.custom, message: '--status only reads the log: drop --dry-run and --only' });
  });

function write(line: string): void {
  process.stdout.write(`${line}\n`);
}

function exitCodeOf(result: NudgeRunResult, dryRun: boolean): number {
  if (result.status === 'busy') return EXIT_BUSY;
  for (const line of summaryLines(result.summary, dryRun)) write(line);
  if (result.stoppedEarly !== undefined) {
    write(`Stopped early: ${result.stoppedEarly}`);
    return EXIT_BUSY;
  }
  return needsAttention(result.summary) ? EXIT_NEEDS_ATTENTION : EXIT_OK;
}

/**
 * The run's services with the app's own identity (the NudgeLog and BotInstallations are the app's
 * lists): locally the app principal; on SharePoint Online the app service's app-only certificate
 * when its settings are in the environment, so an on-demand run is the scheduled run's twin.
 */
function nudgeServicesFor(site: string): NudgeRunServices {
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  if (isLocalSite(site)) return nudgeRunServices({ siteUrl: site, token: localToken(APP_PRINCIPAL_EMAIL) }, DEFAULT_REGION_CONFIG, log);
  if (process.env.TILLIT_APP_CLIENT_ID === undefined) return nudgeRunServices(siteConnection(site, undefined), DEFAULT_REGION_CONFIG, log);
  const production = productionSettingsFrom(process.env);
  if (production.siteUrl !== site) throw new UsageError(`--site ${site} is not the app service's site (TILLIT_SITE_URL ${production.siteUrl}).`);
  return nudgeRunServices({ siteUrl: site, token: appOnlySharePointToken(site, production.app) }, production.config, log, { myTasksUrl: production.myTasksUrl, bot: production.bot });
}

export const nudgeCommand = defineCommand({
  name: 'nudge',
  summary: 'send each person their digest in Teams now (the daily nudge run), or show and re-drive what failed',
  options: {
    site: siteOption,
    'dry-run': flagOption('plan and count the messages; write and send nothing'),
    only: valueOption({
      placeholder: 'EMAIL',
      schema: z.string().trim().toLowerCase().email('must be the e-mail address of a person on the roster').optional(),
      description: 'only this person\'s message',
      defaultText: 'everyone'
    }),
    'as-of': valueOption({
      placeholder: 'YYYY-MM-DD',
      schema: isoDateSchema.optional(),
      description: 'the run day: what is overdue on it, and whose messages of that day count as sent',
      defaultText: 'today in the region'
    }),
    status: flagOption('show dead letters, unknown outcomes and the last runs, then stop'),
    'retry-dead': flagOption('send the run day\'s dead-lettered messages again'),
    'resend-unknown': flagOption('send again the run day\'s messages whose outcome is unknown (they may have arrived)')
  },
  notes: [
    'Reads the registers, Snoozes, the NudgeLog and BotInstallations once each, plans with the domain\'s',
    'planner and sends one Adaptive Card per person, exactly once per run day (R-NDG-2, R-NDG-4).',
    'Exit code 0: done; 3: dead letters, unknown outcomes or failures to look at (--status);',
    '4: another process holds the run\'s lease, or took it over mid-run.',
    'On SharePoint Online with the app service\'s settings in the environment (tillit serve --help) the run',
    'signs in as the app service does, and its --site is TILLIT_SITE_URL; else with TILLIT_ACCESS_TOKEN.',
    'The Bot Connector is called anonymously (Agents Playground, the tests\' stand-in) unless the bot\'s',
    'TILLIT_BOT_CLIENT_ID, TILLIT_BOT_TENANT_ID and credential are set.'
  ],
  async run(options) {
    const modes = modesSchema.safeParse(options);
    if (!modes.success) throw new UsageError(modes.error.issues.map((issue) => issue.message).join('; '));
    // The app's own identity: the NudgeLog and BotInstallations are the app's lists (locally the app principal).
    const services = nudgeServicesFor(options.site);
    if (options.status) {
      const status = nudgeStatusOf((await new NudgeLogStore(services.registers.nudgeLog).readAll()).rows);
      for (const line of statusLines(status)) write(line);
      return status.deadLetters.length + status.unknowns.length > 0 ? EXIT_NEEDS_ATTENTION : EXIT_OK;
    }
    const bar = new SingleBar({ format: 'nudge [{bar}] {value}/{total} messages  {eta_formatted} left', hideCursor: true, noTTYOutput: false, stream: process.stderr });
    let started = false;
    try {
      const result = await runNudges(services, {
        mode: options['retry-dead'] ? 'retry-dead' : options['resend-unknown'] ? 'resend-unknown' : 'run',
        dryRun: options['dry-run'],
        only: options.only,
        asOf: options['as-of'],
        onProgress: (done, total) => {
          if (!started) bar.start(total, done);
          started = true;
          bar.update(done);
        }
      });
      if (started) bar.stop();
      if (result.status === 'busy') process.stderr.write(`tillit nudge: nothing sent: ${result.reason}.\n`);
      return exitCodeOf(result, options['dry-run']);
    } finally {
      if (started) bar.stop();
    }
  }
});
