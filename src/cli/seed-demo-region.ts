import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import type { RegionConfig } from '../config/region-config';
import { generateDemoRegion } from '../demo/generate-demo-region';
import type { IsoDate } from '../domain/shared/calendar';
import { isLocalSite, LocalAdminClient } from '../local-sharepoint/local-admin-client';
import { EVERYONE_LOGIN } from '../local-sharepoint/store/site-store';
import { SITE_GROUPS } from '../sharepoint/lists/list-schema';
import { registerRepositories } from '../sharepoint/repositories/register-repositories';
import { writeSnapshot, type SnapshotWriteReport } from '../sharepoint/repositories/snapshot-writer';
import { connectToSite, localToken, type SiteConnection } from '../sharepoint/sp-factory';
import { sitePathOf } from './site-connection-options';

export interface DemoOptions {
  readonly asOf: IsoDate;
  readonly scale: number;
  readonly seed: number;
}

/** The demo's people who keep the registers get the group their role needs (local sites only). */
const COORDINATOR_GROUP_ROLES = ['security-coordinator', 'ciso', 'dso'];

/**
 * Writes the deterministic demo region into a provisioned, empty site. On the local stand-in it
 * also fills the local directory (the demo staff can then sign in), lets everyone read the site,
 * and writes each acknowledgement as its signer. It refuses a site whose registers hold data.
 */
export async function seedDemoRegion(
  connection: SiteConnection,
  options: DemoOptions,
  config: RegionConfig,
  log: (line: string) => void
): Promise<SnapshotWriteReport> {
  const sp = connectToSite(connection);
  const sitePath = sitePathOf(connection.siteUrl);
  const repositories = registerRepositories(sp, sitePath);
  const existing = await repositories.units.list().items.top(1).select('ID')();
  if (existing.length > 0) throw new Error('The site already has organisation units: the demo region is only written to an empty site.');

  const started = Date.now();
  const snapshot = generateDemoRegion({ asOf: options.asOf, seed: options.seed, scale: options.scale }, config);
  log(`Demo region generated in ${Date.now() - started} ms: ${snapshot.roster.length} staff, ${snapshot.systems.length} systems, ${snapshot.assets.length} assets, ${snapshot.processing.length} processing activities.`);

  const local = isLocalSite(connection.siteUrl);
  if (local) {
    await new LocalAdminClient(connection.siteUrl).addToDirectory(snapshot.roster.map((person) => ({ email: person.email, title: person.displayName })));
    // The whole region reads the registers (R-SEC-1 gives each list its own read/edit groups).
    await sp.web.siteGroups.getByName(SITE_GROUPS.visitors).users.add(EVERYONE_LOGIN);
    const coordinators = snapshot.roleAssignments.filter((assignment) => COORDINATOR_GROUP_ROLES.includes(assignment.roleKey) && assignment.holderEmail !== undefined);
    for (const assignment of coordinators) {
      await sp.web.siteGroups.getByName(SITE_GROUPS.owners).users.add(`i:0#.f|membership|${assignment.holderEmail ?? ''}`);
    }
    const members = new Set(snapshot.roleAssignments.filter((assignment) => assignment.holderEmail !== undefined).map((assignment) => assignment.holderEmail as string));
    for (const email of [...members].sort()) await sp.web.siteGroups.getByName(SITE_GROUPS.members).users.add(`i:0#.f|membership|${email}`);
  }

  let lastLogged = '';
  const report = await writeSnapshot(snapshot, repositories, {
    // Each item's write key is `demo:<register>:<record id>`: a seed cut short by a lost answer lands nothing twice.
    keyScope: 'demo',
    onProgress: (register, progress) => {
      const line = `  ${register}: ${progress.done}/${progress.total}`;
      if (progress.done === progress.total && line !== lastLogged) {
        log(line);
        lastLogged = line;
      }
    },
    acknowledgementsAs: local
      ? (signer) => registerRepositories(connectToSite({ siteUrl: connection.siteUrl, token: localToken(signer) }), sitePath).acknowledgements
      : undefined
  });
  log(`Demo region written in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return report;
}
