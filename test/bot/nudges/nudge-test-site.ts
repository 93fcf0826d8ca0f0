import { regionDigestCard } from '../../../bot/nudges/region-digest-card';
import type { NudgeRunServices } from '../../../bot/nudges/nudge-run';
import { AgentsConnector } from '../../../bot/sender/agents-connector';
import { seedDemoRegion } from '../../../src/cli/seed-demo-region';
import { hmacSeal } from '../../../src/cli/acknowledgement-key';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { planNudges } from '../../../src/domain/nudges/nudge-plan';
import { isoDate, type IsoDate } from '../../../src/domain/shared/calendar';
import { startLocalSharePoint, type LocalSharePoint } from '../../../src/local-sharepoint/local-sharepoint-server';
import { APP_PRINCIPAL_EMAIL, LOCAL_SITE_PATH, SITE_ADMIN_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../../src/sharepoint/provisioning/provision-site';
import { registerRepositories, type RegisterRepositories } from '../../../src/sharepoint/repositories/register-repositories';
import { readNudgeSnapshot } from '../../../src/sharepoint/repositories/snapshot-reader';
import { connectToSite, localToken } from '../../../src/sharepoint/sp-factory';
import { startBotConnectorStandIn, type BotConnectorStandIn, type ConnectorBehaviourInput } from '../../support/bot-connector-stand-in';

/** The demo's day in these tests: 08:00 in Stockholm. */
export const AS_OF: IsoDate = isoDate('2026-11-23');
export const NOW = new Date('2026-11-23T07:00:00Z');

export interface NudgeTestSite {
  readonly site: LocalSharePoint;
  readonly connector: BotConnectorStandIn;
  /** The app's repositories (the run's identity). */
  readonly registers: RegisterRepositories;
  /** Everyone with a digest today, in the plan's order. */
  readonly recipients: readonly string[];
  /** The Teams user id each installed person got in the stand-in. */
  readonly teamsIds: ReadonlyMap<string, string>;
  services(overrides?: Partial<NudgeRunServices>): NudgeRunServices;
  /** Moves the services' clock on (a lease runs out without the test waiting for it). */
  advance(ms: number): void;
  /** Deletes every NudgeLog row: the next run starts from nothing. */
  clearLog(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A small demo region on the local SharePoint, the Bot Connector stand-in, and installations for
 * everyone with a digest but `notInstalled` of them (recorded as the bot records an install: a
 * personal conversation reference whose serviceUrl is the stand-in's).
 */
export async function startNudgeTestSite(options: { readonly notInstalled?: number; readonly behaviour?: ConnectorBehaviourInput } = {}): Promise<NudgeTestSite> {
  const site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
  const connection = { siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) };
  await provisionSite(connectToSite(connection), DEFAULT_REGION_CONFIG);
  await seedDemoRegion(connection, { asOf: AS_OF, scale: 0.02, seed: 3, seal: hmacSeal(Buffer.alloc(32, 5)) }, DEFAULT_REGION_CONFIG, () => undefined);
  const registers = registerRepositories(connectToSite({ siteUrl: site.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL) }), LOCAL_SITE_PATH);
  const { snapshot } = await readNudgeSnapshot(registers);
  const recipients = planNudges(snapshot, DEFAULT_REGION_CONFIG, { firstSentOn: new Map() }, AS_OF).digests.map((digest) => digest.recipientEmail);
  const connector = await startBotConnectorStandIn({ tenantLimit: null, ...options.behaviour });
  const installed = recipients.slice(options.notInstalled ?? 0);
  const teamsIds = new Map(installed.map((email, index) => [email, `29:member-${index}`]));
  await registers.botInstallations.addMany(
    installed.map((email, index) => {
      const memberId = `29:member-${index}`;
      const conversationId = connector.install(memberId, 'tenant-1');
      return {
        id: 'new',
        email,
        aadObjectId: `00000000-0000-0000-0000-${String(index).padStart(12, '0')}`,
        teamsUserId: memberId,
        conversationReference: {
          serviceUrl: connector.serviceUrl,
          channelId: 'msteams',
          conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' },
          user: { id: memberId },
          bot: { id: '28:tillit', name: 'Tillit' },
          locale: index % 2 === 0 ? 'sv-SE' : 'en-US'
        },
        installedAt: '2026-11-01T08:00:00Z'
      } as never;
    })
  );
  // The demo's morning, moving with real time (and on by hand): leases run out as they would.
  const started = Date.now();
  let skipped = 0;
  const now = (): Date => new Date(NOW.getTime() + (Date.now() - started) + skipped);
  return {
    site,
    connector,
    registers,
    recipients,
    teamsIds,
    services: (overrides = {}) => ({
      registers,
      config: DEFAULT_REGION_CONFIG,
      siteUrl: site.siteUrl,
      connector: new AgentsConnector({ token: () => Promise.resolve(undefined) }),
      buildCard: regionDigestCard(DEFAULT_REGION_CONFIG),
      now,
      log: () => undefined,
      ...overrides
    }),
    advance: (ms) => {
      skipped += ms;
    },
    clearLog: async () => {
      const rows = await registers.nudgeLog.readPage({ pageSize: 5000 });
      for (const row of rows.items) await registers.nudgeLog.remove(row.id, row.etag);
    },
    close: async () => {
      await connector.close();
      await site.close();
    }
  };
}
