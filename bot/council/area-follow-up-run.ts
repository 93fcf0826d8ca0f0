import { areaFollowUpLevels } from '../../src/config/area-follow-up-config';
import { DEFAULT_NUDGE_RUN_CONFIG, type NudgeRunConfig } from '../../src/config/nudge-run-config';
import type { AreaReportLinkBase } from '../../src/contracts/area-report-link';
import type { CouncilDashboard } from '../../src/contracts/council-dashboard';
import { planAreaFollowUp, type AreaFollowUp } from '../../src/domain/council/area-follow-up-plan';
import { reportPeriodOf } from '../../src/reports/report-period';
import { reportingLevel } from '../../src/domain/council/overdue-by-unit';
import { instantOf } from '../../src/domain/shared/calendar';
import type { MessageState } from '../../src/sharepoint/mappers/records/nudge-log-entry';
import { BotInstallations } from '../agent/bot-installations';
import { areaFollowUpCard } from '../cards/area-follow-up-card';
import { canMove, claimDecision, type RunMode } from '../nudges/claim-protocol';
import { digestActivity, type AdaptiveCardJson } from '../nudges/digest-card-input';
import { newRunHolder } from '../nudges/nudge-run';
import { NudgeLogStore, type LoggedRow } from '../nudges/nudge-log-store';
import { usableInstallations } from '../nudges/nudge-messages';
import { LeaseLostError, RunLease } from '../nudges/run-lease';
import type { ConnectorPort } from '../sender/connector-port';
import { MessageSender, type SendResult } from '../sender/message-sender';
import { areaFollowUpInputOf } from './area-follow-up';
import { areaMessagePrefix, areaMessageRecord, areaMessagesOf, areaRunKeyOf, type AreaMessage } from './area-follow-up-messages';
import { councilDashboardOfPeriodFor } from './council-dashboard-as-of';
import { councilReadsOf, councilToday, type CouncilServices } from './council-dashboard-service';

export interface AreaFollowUpServices extends CouncilServices {
  readonly connector: ConnectorPort;
  /** Where the card's link opens the area's report (src/contracts/area-report-link.ts). */
  readonly linkBase: AreaReportLinkBase;
  /**
   * The dashboard the cards' figures come from: by default the follow-up period's, as the area's report
   * computes it (a finished period as at its end: council-dashboard-as-of.ts), so the card and the
   * report it links to show the same figures (R-REP).
   */
  readonly dashboardOf?: (followUp: AreaFollowUp) => Promise<CouncilDashboard>;
}

/** The follow-up period's dashboard, the same computation as the area's Word report. */
async function periodDashboardOf(services: CouncilServices, followUp: AreaFollowUp): Promise<CouncilDashboard> {
  const { dashboard } = await councilDashboardOfPeriodFor(services, reportPeriodOf(followUp.year, followUp.period));
  return dashboard;
}

export interface AreaFollowUpSummary {
  readonly followUp: string;
  planned: number;
  sent: number;
  skippedAlreadySent: number;
  notInstalled: number;
  deadLettered: number;
  stale: number;
  unknown: number;
  /** Left for a re-drive (`--retry-dead`, `--resend-unknown`) or not asked for. */
  skippedOther: number;
  /** Units at a follow-up level without a chief. */
  vacant: number;
}

export type AreaFollowUpResult =
  | { readonly status: 'done'; readonly summary: AreaFollowUpSummary; readonly stoppedEarly?: string }
  | { readonly status: 'busy'; readonly reason: string; readonly summary: AreaFollowUpSummary };

export interface AreaFollowUpOptions {
  readonly mode?: RunMode;
  readonly dryRun?: boolean;
  readonly holder?: string;
  readonly settings?: Partial<NudgeRunConfig>;
}

const OUTCOME_COUNTER = { sent: 'sent', 'dead-letter': 'deadLettered', stale: 'stale', unknown: 'unknown' } as const;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The card of one message, or why it cannot be built (then it is dead-lettered, never sent half-made). */
function cardOf(message: AreaMessage, dashboard: CouncilDashboard, linkBase: AreaReportLinkBase): ReturnType<typeof areaFollowUpCard> | string {
  try {
    return areaFollowUpCard(areaFollowUpInputOf(dashboard, message.recipient.unitId, message.locale, message.followUp.period, linkBase));
  } catch (error) {
    return `the area follow-up card could not be built: ${messageOf(error)}`;
  }
}

/**
 * The May or December area follow-up (issue 10; R-REP, the action plan's section 4): every area and
 * department chief gets their own area's card (planAreaFollowUp), in their Teams language, through the
 * nudges' sender (its rate limits and retries) and the nudges' claim protocol (claim-protocol.ts) on
 * the NudgeLog: a lease per follow-up, one row per chief and area under a unique write key, `claimed` →
 * `sending` just before the send → its outcome, so a crash or a restart neither doubles nor loses a
 * card. A chief without an installation is recorded `not-installed` (sent by a later run once installed).
 */
export async function runAreaFollowUp(services: AreaFollowUpServices, followUp: AreaFollowUp, options: AreaFollowUpOptions = {}): Promise<AreaFollowUpResult> {
  const settings: NudgeRunConfig = { ...DEFAULT_NUDGE_RUN_CONFIG, ...services.config.nudgeRun, ...options.settings };
  const mode = options.mode ?? 'run';
  const holder = options.holder ?? newRunHolder();
  const prefix = areaMessagePrefix(followUp);
  const summary: AreaFollowUpSummary = { followUp: `${followUp.year} ${followUp.period}`, planned: 0, sent: 0, skippedAlreadySent: 0, notInstalled: 0, deadLettered: 0, stale: 0, unknown: 0, skippedOther: 0, vacant: 0 };
  const today = councilToday(services);
  const read = await councilReadsOf(services).refresh();
  const levels = areaFollowUpLevels(services.config.areaFollowUp, services.config.organisationLevels);
  const plan = planAreaFollowUp(read.snapshot.units, read.snapshot.roster, levels, reportingLevel(services.config), today);
  if (plan.outsideAreas.length > 0) services.log(`area follow-up: ${plan.outsideAreas.length} unit(s) at a follow-up level lie in no area (above ${reportingLevel(services.config)}): ${plan.outsideAreas.slice(0, 10).join(', ')}`);
  summary.vacant = plan.vacant.length;
  if (plan.vacant.length > 0) services.log(`area follow-up: no chief for ${plan.vacant.length} unit(s): ${plan.vacant.slice(0, 10).join(', ')}${plan.vacant.length > 10 ? ', …' : ''}`);
  const installed = await services.registers.botInstallations.readAll();
  const messages = areaMessagesOf(followUp, plan.recipients, usableInstallations(installed.valid).byEmail, services.config.defaultLocale);
  summary.planned = messages.length;
  if (options.dryRun === true) return { status: 'done', summary };

  const store = new NudgeLogStore(services.registers.nudgeLog);
  const logged = await store.readAll();
  const lease = new RunLease(store, holder, followUp.day, settings.leaseSeconds, services.now, { kind: 'area-run', key: areaRunKeyOf(followUp) });
  const taken = await lease.acquire(logged.rows.find((row) => row.record.kind === 'area-run' && row.record.key === areaRunKeyOf(followUp)));
  if (!taken.acquired) return { status: 'busy', reason: taken.reason, summary };
  try {
    const rows = new Map(logged.rows.filter((row) => row.record.kind === 'area-message' && row.record.key.startsWith(prefix)).map((row) => [row.record.key, row]));
    const dashboard = await (services.dashboardOf ?? ((due: AreaFollowUp) => periodDashboardOf(services, due)))(followUp);
    const sender = new MessageSender(services.connector, settings);
    for (const message of messages) {
      await lease.renewIfDue();
      await sendOne(message, rows.get(message.key), { services, store, holder, mode, summary, sender, dashboard });
    }
    await lease.release('finished', JSON.stringify(summary));
    return { status: 'done', summary };
  } catch (error) {
    if (error instanceof LeaseLostError) return { status: 'done', summary, stoppedEarly: error.message };
    await lease.release('stopped', JSON.stringify({ ...summary, error: messageOf(error) })).catch((releaseError: unknown) => services.log(`area follow-up: the run's end could not be recorded: ${messageOf(releaseError)}`));
    throw error;
  }
}

interface SendContext {
  readonly services: AreaFollowUpServices;
  readonly store: NudgeLogStore;
  readonly holder: string;
  readonly mode: RunMode;
  readonly summary: AreaFollowUpSummary;
  readonly sender: MessageSender;
  readonly dashboard: CouncilDashboard;
}

/** Claims (add under the write key, or take over with If-Match) the message's row; the row this run holds, or undefined. */
async function claim(message: AreaMessage, existing: LoggedRow | undefined, context: SendContext): Promise<LoggedRow | undefined> {
  const { store, holder, summary } = context;
  const installed = message.installation !== undefined;
  const state: MessageState = installed ? 'claimed' : 'not-installed';
  let row = existing;
  // A row left `sending` by a run that stopped: its card may or may not have arrived (claim protocol).
  if (row?.record.outcome === 'sending') {
    const marked = await store.change({ row, record: { ...row.record, outcome: 'unknown', holder, error: `unknown: the run ${row.record.holder ?? '?'} stopped between the send and its log write` } });
    summary.unknown += 1;
    if (marked === undefined || context.mode !== 'resend-unknown') return undefined;
    row = marked;
  }
  const decision = claimDecision(row === undefined ? undefined : { state: row.record.outcome as MessageState, holder: row.record.holder }, holder, context.mode, installed);
  switch (decision.kind) {
    case 'claim-new': {
      const [added] = await store.add([areaMessageRecord(message, state, holder, undefined)]);
      row = added.record.holder === holder ? added : undefined;
      break;
    }
    case 'continue':
    case 'take-over':
      row = await store.change({ row: row as LoggedRow, record: areaMessageRecord(message, state, holder, (row as LoggedRow).record) });
      break;
    case 'mark-unknown':
      summary.skippedOther += 1;
      return undefined;
    case 'skip':
      if (decision.reason === 'already-sent') summary.skippedAlreadySent += 1;
      else if (decision.reason === 'not-installed') summary.notInstalled += 1;
      else summary.skippedOther += 1;
      return undefined;
  }
  if (row === undefined) summary.skippedAlreadySent += 1;
  else if (row.record.outcome === 'not-installed') {
    summary.notInstalled += 1;
    return undefined;
  }
  return row;
}

/** One card: claim, `claimed` → `sending`, the send under the rate limits, the outcome (all ETag-guarded). */
async function sendOne(message: AreaMessage, existing: LoggedRow | undefined, context: SendContext): Promise<void> {
  const { services, store, holder, summary } = context;
  const claimed = await claim(message, existing, context);
  if (claimed === undefined || message.installation === undefined) return;
  const card = cardOf(message, context.dashboard, services.linkBase);
  if (!canMove(claimed.record.outcome as MessageState, 'sending')) throw new Error(`an area follow-up card cannot move from ${claimed.record.outcome} to sending (${message.key})`);
  const sending = await store.change({ row: claimed, record: { ...claimed.record, outcome: 'sending', holder } });
  if (sending === undefined) {
    summary.skippedAlreadySent += 1;
    return;
  }
  const result: SendResult =
    typeof card === 'string' ? { outcome: 'dead-letter', attempts: 0, error: card } : await context.sender.send(message.installation.reference, digestActivity(card as unknown as AdaptiveCardJson, message.key));
  summary[OUTCOME_COUNTER[result.outcome]] += 1;
  const changes =
    result.outcome === 'sent'
      ? { sentAt: instantOf(services.now()), conversationId: result.delivered.conversationId, activityId: result.delivered.activityId, error: '' }
      : { error: result.error };
  const written = await store.change({ row: sending, record: { ...sending.record, ...changes, outcome: result.outcome, attempts: sending.record.attempts + result.attempts } });
  if (written === undefined) services.log(`area follow-up: the outcome of ${message.key} (${result.outcome}) could not be recorded: the row was changed by another run`);
  if (result.outcome !== 'sent') services.log(`area follow-up: ${message.recipient.email} (${message.recipient.unitId}): ${result.outcome}: ${'error' in result ? result.error : ''}`);
  if (result.outcome === 'stale') {
    const marked = await new BotInstallations(services)
      .markStale(message.recipient.email, 'the Bot Connector answered 403/404 to an area follow-up card: uninstalled, blocked or the conversation is gone')
      .then((found) => (found ? 'marked stale' : 'not found'))
      .catch((error: unknown) => `not marked: ${messageOf(error)}`);
    services.log(`area follow-up: installation of ${message.recipient.email} ${marked}`);
  }
}

/** The summary as the CLI and the schedule's log print it. */
export function areaFollowUpSummaryLines(summary: AreaFollowUpSummary, dryRun: boolean): string[] {
  const rows: Array<[string, number]> = [
    [dryRun ? 'planned (dry run: nothing sent)' : 'planned', summary.planned],
    ['sent', summary.sent],
    ['skipped, already sent', summary.skippedAlreadySent],
    ['not installed', summary.notInstalled],
    ['dead-lettered', summary.deadLettered],
    ['unknown outcome', summary.unknown],
    ['installation stale (403/404)', summary.stale],
    ['left for --retry-dead / --resend-unknown', summary.skippedOther],
    ['units without a chief', summary.vacant]
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [`Area follow-up ${summary.followUp}:`, ...rows.map(([label, count]) => `  ${label.padEnd(width)}  ${count}`)];
}
