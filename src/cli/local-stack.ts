import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RegionConfig } from '../config/region-config';
import type { IsoDate } from '../domain/shared/calendar';
import { faultSettingsFromEnv } from '../local-sharepoint/faults';
import { startLocalSharePoint, type LocalSharePoint } from '../local-sharepoint/local-sharepoint-server';
import { firstStartMessageSchema, type FirstStartJob } from './first-start';
import { acknowledgementKeyFromEnv, ensureLocalAcknowledgementKey } from './acknowledgement-key';
import { formatPhase, type Phase } from './phase-clock';
import { PROVISIONED_SCHEMA_META, schemaFingerprint, upgradeLocalSchema } from './schema-upgrade';

export interface LocalStackOptions {
  readonly port: number;
  readonly dataDir: string;
  /** A site without lists, for provisioning by hand. */
  readonly empty: boolean;
  readonly asOf: IsoDate;
  readonly config: RegionConfig;
  readonly log: (line: string) => void;
}

/** The local SharePoint as `npm start` leaves it, with the first start's phases (none on a later start). */
export interface LocalStack extends LocalSharePoint {
  readonly phases: readonly Phase[];
  /** The acknowledgement chain's key (R-SEC-4): TILLIT_ACKNOWLEDGEMENT_KEY, else the data folder's, made once. */
  readonly acknowledgementKey: Buffer;
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return env.TILLIT_DATA_DIR ?? join(cwd, '.tillit');
}

/**
 * Runs the first start's writing (first-start.ts) on a worker thread and prints its lines as they
 * come; resolves with its phases. The site keeps answering on this thread meanwhile.
 */
function firstStartInWorker(job: FirstStartJob, log: (line: string) => void): Promise<readonly Phase[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'first-start-worker.cjs'), { workerData: job });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      outcome();
    };
    worker.on('message', (raw: unknown) => {
      const parsed = firstStartMessageSchema.safeParse(raw);
      if (!parsed.success) {
        settle(() => reject(new Error(`The first start's worker sent a message it should not: ${JSON.stringify(raw)}`)));
        void worker.terminate();
        return;
      }
      const message = parsed.data;
      if (message.kind === 'line') log(message.line);
      else if (message.kind === 'done') {
        settle(() => resolve(message.phases));
        // Its heap holds the whole generated region: let it go now rather than when its idle connections time out.
        void worker.terminate();
      }
      else settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The first start's worker stopped (exit code ${code}) before it was done.`))));
  });
}

/**
 * The embedded default: the local SharePoint in its data folder, provisioned and holding the demo
 * region from the first run on (a later start finds both in the database and only listens). The
 * first start prints the time of each phase as it ends.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const started = Date.now();
  // Before the first start's seed: the demo's chain is sealed with it, and every later start verifies with the same key.
  const acknowledgementKey = acknowledgementKeyFromEnv() ?? (await ensureLocalAcknowledgementKey(options.dataDir));
  const site = await startLocalSharePoint({ port: options.port, dataDir: options.dataDir, faults: faultSettingsFromEnv(process.env.TILLIT_LOCAL_FAULTS) });
  if (options.empty || site.store.meta('demoSeededAt') !== undefined) {
    if (!options.empty) {
      await upgradeLocalSchema(site.siteUrl, site.store, options.config, options.log).catch(async (error: unknown) => {
        await site.close();
        throw error;
      });
    }
    options.log(`Local SharePoint ready in ${Date.now() - started} ms (data: ${options.dataDir}).`);
    return { ...site, phases: [], acknowledgementKey };
  }
  try {
    options.log('First run: provisioning the Tillit lists and writing the demo region (once; later starts reuse it).');
    const start: Phase = { name: 'start', ms: Date.now() - started, detail: 'the local SharePoint listens' };
    options.log(formatPhase(start));
    const written = await firstStartInWorker({ siteUrl: site.siteUrl, asOf: options.asOf, config: options.config, acknowledgementKey: acknowledgementKey.toString('base64') }, options.log);
    site.store.setMeta('demoSeededAt', new Date().toISOString());
    site.store.setMeta(PROVISIONED_SCHEMA_META, schemaFingerprint(options.config));
    const total: Phase = { name: 'total', ms: Date.now() - started, detail: '' };
    options.log(formatPhase(total));
    options.log(`Local SharePoint ready in ${(total.ms / 1000).toFixed(1)} s (data: ${options.dataDir}).`);
    return { ...site, phases: [start, ...written, total], acknowledgementKey };
  } catch (error) {
    await site.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Setting up the local site failed: ${reason}\nDelete the data folder ${options.dataDir} to start over.`);
  }
}
