import type { NudgeRunConfig } from '../../src/config/nudge-run-config';
import { MessageSender } from '../sender/message-sender';
import { BotInstallations } from '../agent/bot-installations';
import type { DispatchContext } from './message-dispatch';
import type { NudgeLogStore } from './nudge-log-store';
import type { NudgeRunServices } from './nudge-run';
import type { RunLease } from './run-lease';
import type { RunSummary } from './run-summary';

/** The sending side of a run, wired from its services: the sender, the lease's renewal, marking stale installations. */
export function dispatchContext(
  services: NudgeRunServices,
  settings: NudgeRunConfig,
  run: { readonly store: NudgeLogStore; readonly holder: string; readonly summary: RunSummary; readonly lease: RunLease }
): DispatchContext {
  return {
    store: run.store,
    sender: new MessageSender(services.connector, settings),
    buildCard: services.buildCard,
    holder: run.holder,
    settings,
    siteUrl: services.siteUrl,
    myTasksUrl: services.myTasksUrl ?? `${services.siteUrl}/SitePages/MyTasks.aspx`,
    now: services.now,
    log: services.log,
    summary: run.summary,
    beforeChunk: () => run.lease.renewIfDue(),
    markStale: async (message) => {
      if (message.installation === undefined) return;
      // The bot's own record of installations marks it (StaleAt, cleared by the next install); logged,
      // never thrown: a stale mark that fails is tried again at the next 403/404 (R-SEC-3).
      const marked = await new BotInstallations(services)
        .markStale(message.recipientEmail, 'the Bot Connector answered 403/404 to a nudge: uninstalled, blocked or the conversation is gone')
        .then((found) => (found ? 'marked stale' : 'not found'))
        .catch((error: unknown) => `not marked: ${error instanceof Error ? error.message : String(error)}`);
      services.log(`nudge: the connector answered 403/404 for ${message.recipientEmail}; installation ${marked}`);
    },
    onProgress: () => undefined
  };
}
