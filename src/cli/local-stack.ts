import { join } from 'node:path';
import type { RegionConfig } from '../config/region-config';
import type { IsoDate } from '../domain/shared/calendar';
import { faultSettingsFromEnv } from '../local-sharepoint/faults';
import { SITE_ADMIN_EMAIL } from '../local-sharepoint/local-site-defaults';
import { startLocalSharePoint, type LocalSharePoint } from '../local-sharepoint/local-sharepoint-server';
import { provisionSite } from '../sharepoint/provisioning/provision-site';
import { connectToSite, localToken } from '../sharepoint/sp-factory';
import { seedDemoRegion } from './seed-demo-region';

export interface LocalStackOptions {
  readonly port: number;
  readonly dataDir: string;
  /** A site without lists, for provisioning by hand. */
  readonly empty: boolean;
  readonly asOf: IsoDate;
  readonly config: RegionConfig;
  readonly log: (line: string) => void;
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return env.TILLIT_DATA_DIR ?? join(cwd, '.tillit');
}

/**
 * The embedded default: the local SharePoint in its data folder, provisioned and holding the demo
 * region from the first run on (a later start finds both in the database and only listens).
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalSharePoint> {
  const started = Date.now();
  const site = await startLocalSharePoint({ port: options.port, dataDir: options.dataDir, faults: faultSettingsFromEnv(process.env.TILLIT_LOCAL_FAULTS) });
  if (options.empty || site.store.meta('demoSeededAt') !== undefined) {
    options.log(`Local SharePoint ready in ${Date.now() - started} ms (data: ${options.dataDir}).`);
    return site;
  }
  try {
    options.log('First run: provisioning the Tillit lists and writing the demo region (once; later starts reuse it).');
    const admin = { siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) };
    const report = await provisionSite(connectToSite(admin), options.config);
    options.log(`  ${report.changes.length} provisioning steps.`);
    await seedDemoRegion(admin, { asOf: options.asOf, scale: 1, seed: 1 }, options.config, options.log);
    site.store.setMeta('demoSeededAt', new Date().toISOString());
  } catch (error) {
    await site.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Setting up the local site failed: ${reason}\nDelete the data folder ${options.dataDir} to start over.`);
  }
  options.log(`Local SharePoint ready in ${((Date.now() - started) / 1000).toFixed(1)} s (data: ${options.dataDir}).`);
  return site;
}
