import { z } from 'zod';
import { storeCurrentDashboard } from '../../bot/council/kpi-snapshot-schedule';
import { registerRepositories } from '../sharepoint/repositories/register-repositories';
import { sitePathOf } from './site-connection-options';
import { regionConfigSchema, type RegionConfig } from '../config/region-config';
import { isoDateSchema, type IsoDate } from '../domain/shared/calendar';
import { SITE_ADMIN_EMAIL } from '../local-sharepoint/local-site-defaults';
import { provisionSite } from '../sharepoint/provisioning/provision-site';
import { connectToSite, localToken } from '../sharepoint/sp-factory';
import type { PhaseClock } from './phase-clock';
import { seedDemoRegion } from './seed-demo-region';
import { acknowledgementKeySchema, hmacSeal } from './acknowledgement-key';
import { parseOrThrow } from '../domain/shared/validation';

/** What a first start writes into the freshly started local site. */
export interface FirstStartJob {
  readonly siteUrl: string;
  readonly asOf: IsoDate;
  readonly config: RegionConfig;
  /** The local data folder's acknowledgement key, base64 (made before the first start, acknowledgement-key.ts). */
  readonly acknowledgementKey: string;
}

/** The job as it crosses into the worker thread (first-start-worker.ts), checked on arrival. */
export const firstStartJobSchema = z.object({ siteUrl: z.string().url(), asOf: isoDateSchema, config: regionConfigSchema, acknowledgementKey: z.string() });

const phaseSchema = z.object({ name: z.string(), ms: z.number().nonnegative(), detail: z.string() });

/** What the worker tells the thread that started it: lines to print, then its phases or why it failed. */
export const firstStartMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('line'), line: z.string() }),
  z.object({ kind: z.literal('done'), phases: z.array(phaseSchema) }),
  z.object({ kind: z.literal('failed'), message: z.string() })
]);
export type FirstStartMessage = z.infer<typeof firstStartMessageSchema>;

/**
 * Provisions the Tillit lists and writes the demo region, as the site administrator, through the
 * repositories (PnPjs) and the site's REST API: the same data path a SharePoint Online site gets.
 */
export async function runFirstStart(job: FirstStartJob, clock: PhaseClock, log: (line: string) => void): Promise<void> {
  const admin = { siteUrl: job.siteUrl, token: localToken(SITE_ADMIN_EMAIL) };
  await clock.time('provision', () => provisionSite(connectToSite(admin), job.config), (report) => `${report.changes.length} steps`);
  const seal = hmacSeal(parseOrThrow(acknowledgementKeySchema, job.acknowledgementKey, 'The acknowledgement key'));
  await seedDemoRegion(admin, { asOf: job.asOf, scale: 1, seed: 1, seal }, job.config, log, clock);
  // The council's dashboard stored at once (issue 10): the tab's first open is one read, not every register.
  const sitePath = sitePathOf(job.siteUrl);
  const council = { registers: registerRepositories(connectToSite(admin), sitePath), config: job.config, now: () => new Date(), sitePath, log };
  await clock.time('council dashboard', () => storeCurrentDashboard(council, 'always'), (outcome) => outcome);
}
