import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { isoDate } from '../../../src/domain/shared/calendar';
import { seedDemoRegion } from '../../../src/cli/seed-demo-region';
import { startLocalSharePoint, type LocalSharePoint } from '../../../src/local-sharepoint/local-sharepoint-server';
import { SITE_ADMIN_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../../src/sharepoint/provisioning/provision-site';
import { connectToSite, localToken } from '../../../src/sharepoint/sp-factory';
import { ensureLocalAcknowledgementKey, hmacSeal } from '../../../src/cli/acknowledgement-key';

/** A fixed "today" so that what is overdue in the pages does not depend on when the tests run. */
export const E2E_AS_OF = isoDate('2026-11-23');
/** 5 % of the demo region (about 200 staff): every persona and every kind of item. */
export const E2E_SCALE = 0.05;
/** Set by the e2e project's global setup: a data folder holding the seeded site, copied by each test file. */
export const TEMPLATE_ENV = 'TILLIT_E2E_TEMPLATE_DIR';

export interface DemoSite {
  readonly site: LocalSharePoint;
  /** The data folder's acknowledgement key (R-SEC-4), for the app service and the verification. */
  readonly acknowledgementKey: Buffer;
  close(): Promise<void>;
}

/** Provisions and seeds the small demo region into a new data folder, and closes the site (its database complete on disk). */
export async function seedDemoDataDir(dataDir: string): Promise<void> {
  const site = await startLocalSharePoint({ port: 0, dataDir });
  try {
    const admin = { siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) };
    await provisionSite(connectToSite(admin), DEFAULT_REGION_CONFIG);
    // The key lives in the data folder, as `npm start` keeps it: the copies each test file makes carry it along.
    const seal = hmacSeal(await ensureLocalAcknowledgementKey(dataDir));
    await seedDemoRegion(admin, { asOf: E2E_AS_OF, scale: E2E_SCALE, seed: 1, seal }, DEFAULT_REGION_CONFIG, () => undefined);
  } finally {
    await site.close();
  }
}

/**
 * The local SharePoint on a temporary data folder holding the small demo region: a copy of the
 * template seeded once per run (test/e2e/global-setup.ts), so each test file may write freely;
 * seeded here when a file runs without the global setup.
 */
export async function startDemoSite(env: NodeJS.ProcessEnv = process.env): Promise<DemoSite> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tillit-e2e-'));
  try {
    const template = env[TEMPLATE_ENV];
    if (template) await cp(template, dataDir, { recursive: true });
    else await seedDemoDataDir(dataDir);
    const acknowledgementKey = await ensureLocalAcknowledgementKey(dataDir);
    const site = await startLocalSharePoint({ port: 0, dataDir });
    return {
      site,
      acknowledgementKey,
      close: async () => {
        await site.close();
        await rm(dataDir, { recursive: true, force: true });
      }
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
