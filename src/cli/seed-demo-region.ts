import type { RegionConfig } from '../config/region-config';
import { generateDemoRegion } from '../demo/generate-demo-region';
import { generateKpiHistory } from '../demo/generators/kpi-history';
import type { IsoDate } from '../domain/shared/calendar';
import { isLocalSite, LocalAdminClient } from '../local-sharepoint/local-admin-client';
import { EVERYONE_LOGIN } from '../local-sharepoint/store/site-store';
import { APP_PRINCIPAL_EMAIL } from '../local-sharepoint/local-site-defaults';
import type { Seal } from '../domain/acknowledgements/acknowledgement-chain';
import { writeSealedAcknowledgements } from '../sharepoint/acknowledgements/write-sealed-acknowledgements';
import { SITE_GROUPS } from '../sharepoint/lists/list-schema';
import { naturalWriteKey } from '../sharepoint/lists/write-key';
import { DEFAULT_MAPPING_CONTEXT } from '../sharepoint/mappers/sharepoint-item';
import { registerRepositories } from '../sharepoint/repositories/register-repositories';
import { SiteGroupMembership, type GroupMembership } from '../sharepoint/repositories/site-group-membership';
import { claimsLoginOf, SitePeople } from '../sharepoint/repositories/site-people';
import { writeSnapshot, type SnapshotWriteReport } from '../sharepoint/repositories/snapshot-writer';
import { connectToSite, localToken, type SiteConnection } from '../sharepoint/sp-factory';
import { PhaseClock } from './phase-clock';
import { sitePathOf } from './site-connection-options';

export interface DemoOptions {
  readonly asOf: IsoDate;
  readonly scale: number;
  readonly seed: number;
  /** The acknowledgement key's seal (acknowledgement-key.ts): the demo's chain verifies under it (R-SEC-4). */
  readonly seal: Seal;
}

/**
 * The demo's people who keep the registers get the group their role needs (local sites only): the
 * security coordinator, the CISO and the DSO, by their keys in the demo region's catalogue
 * (src/config/default-region.ts; keys that matched no catalogue role left the owners group empty).
 */
const COORDINATOR_GROUP_ROLES = ['informationssakerhetssamordnare', 'informationssakerhetsansvarig', 'dataskyddsombud'];

type DemoRegion = ReturnType<typeof generateDemoRegion>;

/** Who goes into which site group: everyone reads, coordinators edit, the security coordinator's office owns. */
function demoMemberships(snapshot: DemoRegion): GroupMembership[] {
  const holders = snapshot.roleAssignments.filter((assignment) => assignment.holderEmail !== undefined);
  const coordinators = holders.filter((assignment) => COORDINATOR_GROUP_ROLES.includes(assignment.roleKey));
  const members = [...new Set(holders.map((assignment) => assignment.holderEmail as string))].sort();
  return [
    // The whole region reads the registers (R-SEC-1 gives each list its own read/edit groups).
    { groupTitle: SITE_GROUPS.visitors, loginName: EVERYONE_LOGIN },
    ...coordinators.map((assignment) => ({ groupTitle: SITE_GROUPS.owners, loginName: claimsLoginOf(assignment.holderEmail as string) })),
    ...members.map((email) => ({ groupTitle: SITE_GROUPS.members, loginName: claimsLoginOf(email) }))
  ];
}

/**
 * Writes the deterministic demo region into a provisioned, empty site. On the local stand-in it
 * also fills the local directory (the demo staff can then sign in), lets everyone read the site,
 * and writes the acknowledgement chain as the app principal (the set piece's hand-written item as
 * the site administrator, seed-demo-region's connection) and each incident as its reporter. It refuses a site whose registers hold data.
 * Each phase is timed on `clock` (printed through `log` unless the caller brings its own clock).
 */
export async function seedDemoRegion(
  connection: SiteConnection,
  options: DemoOptions,
  config: RegionConfig,
  log: (line: string) => void,
  clock: PhaseClock = new PhaseClock(log)
): Promise<SnapshotWriteReport> {
  const sp = connectToSite(connection);
  const sitePath = sitePathOf(connection.siteUrl);
  // One people cache for the whole region, shared by the signers' repositories below.
  const people = new SitePeople(sp);
  const repositories = registerRepositories(sp, sitePath, DEFAULT_MAPPING_CONTEXT, people);
  if (await repositories.units.hasItems()) throw new Error('The site already has organisation units: the demo region is only written to an empty site.');

  const started = Date.now();
  const snapshot = await clock.time(
    'generate',
    () => Promise.resolve(generateDemoRegion({ asOf: options.asOf, seed: options.seed, scale: options.scale, seal: options.seal }, config)),
    (region) => `${region.roster.length} staff, ${region.systems.length} systems, ${region.assets.length} assets, ${region.processing.length} processing activities`
  );

  const local = isLocalSite(connection.siteUrl);
  if (local) {
    await clock.time(
      'directory',
      async () => {
        await new LocalAdminClient(connection.siteUrl).addToDirectory(snapshot.roster.map((person) => ({ email: person.email, title: person.displayName })));
        const memberships = demoMemberships(snapshot);
        await new SiteGroupMembership(sp).add(memberships);
        return memberships.length;
      },
      (memberships) => `${snapshot.roster.length} people, ${memberships} group memberships`
    );
  }
  // Everyone the registers name is a site user before the first write: one read of the site's
  // users and batches of ensureUser, instead of lookups register by register.
  await clock.time(
    'people',
    () => people.resolveAll(snapshot.roster.map((person) => person.email)),
    () => `${snapshot.roster.length} site users`
  );

  const report = await writeSnapshot(snapshot, repositories, {
    // Each item's write key is `demo:<register>:<record id>`: a seed cut short by a lost answer lands nothing twice.
    keyScope: 'demo',
    onRegisterWritten: (register, written, ms) => clock.record({ name: register, ms, detail: `${written} items` }),
    // The chain is the app's to write (R-ACK, R-SEC-1): locally as the app principal; on SharePoint Online with the command's own token.
    writeAcknowledgements: (acknowledgements) => {
      const app = local ? registerRepositories(connectToSite({ siteUrl: connection.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL) }), sitePath, DEFAULT_MAPPING_CONTEXT, people) : repositories;
      return writeSealedAcknowledgements(acknowledgements, { app, outsider: repositories.acknowledgements }, options.seal, 'demo');
    },
    // Incidents: each written by its reporter, who then finds it among her own reports (R-INC; the list is private).
    incidentsAs: local
      ? (reporter) => registerRepositories(connectToSite({ siteUrl: connection.siteUrl, token: localToken(reporter) }), sitePath, DEFAULT_MAPPING_CONTEXT, people).incidents
      : undefined
  });
  // The council's trend has years behind it (issue 10): the kept KPI snapshots of earlier years and meetings.
  const history = generateKpiHistory(snapshot, config, options.asOf, options.seed);
  const kept = await clock.time(
    'kpiSnapshots',
    () => repositories.kpiSnapshots.addMany(history.map((point) => ({ id: 'demo', ...point })), { keys: history.map((point) => naturalWriteKey('demo', 'kpiSnapshots', point.source, point.asOf)) }),
    (added) => `${added.length} items`
  );
  log(`Demo region written in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { ...report, written: { ...report.written, kpiSnapshots: kept.length } };
}
