import { createHash } from 'node:crypto';
import type { RegionConfig } from '../config/region-config';
import { SITE_ADMIN_EMAIL } from '../local-sharepoint/local-site-defaults';
import { ALL_LISTS } from '../sharepoint/lists/all-lists';
import { provisionSite } from '../sharepoint/provisioning/provision-site';
import { connectToSite, localToken } from '../sharepoint/sp-factory';

/** The store's meta key holding the fingerprint of the list schemas the local site was last provisioned with. */
export const PROVISIONED_SCHEMA_META = 'provisionedSchema';

/**
 * What provisioning builds from: the list schemas and the region's configuration (its choices and
 * roles become column choices). A change to either changes the fingerprint.
 */
export function schemaFingerprint(config: RegionConfig): string {
  return createHash('sha256').update(JSON.stringify({ lists: ALL_LISTS, config })).digest('hex');
}

export interface SchemaMeta {
  meta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
}

/**
 * A data folder made by an earlier Tillit has the lists of that version: a list added since (the
 * Snoozes list of My tasks) or a column would be missing, and the pages using it would fail. So a
 * later start whose schemas differ from those the site was provisioned with provisions again —
 * idempotent, it only adds what is missing — and says what it changed. The demo data already written
 * stays as it was; the log says to delete the folder for data that uses the new columns.
 */
export async function upgradeLocalSchema(siteUrl: string, store: SchemaMeta, config: RegionConfig, log: (line: string) => void): Promise<number> {
  const fingerprint = schemaFingerprint(config);
  if (store.meta(PROVISIONED_SCHEMA_META) === fingerprint) return 0;
  const report = await provisionSite(connectToSite({ siteUrl, token: localToken(SITE_ADMIN_EMAIL) }), config);
  store.setMeta(PROVISIONED_SCHEMA_META, fingerprint);
  if (report.changes.length > 0) {
    log(`The data folder was made by an earlier version of Tillit: its lists were brought up to date (${report.changes.length} changes).`);
    log('  Data written before keeps its old shape; delete the data folder to start over with a fresh demo region.');
  }
  return report.changes.length;
}
