import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { seedDemoRegion } from '../../src/cli/seed-demo-region';
import { generateDemoRegion } from '../../src/demo/generate-demo-region';
import { goalAreaKpis } from '../../src/domain/kpi/goal-area-kpis';
import { planNudges } from '../../src/domain/nudges/nudge-plan';
import { isoDate, type IsoDate } from '../../src/domain/shared/calendar';
import { startLocalSharePoint, type LocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../src/sharepoint/provisioning/provision-site';
import { registerRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { readSnapshot } from '../../src/sharepoint/repositories/snapshot-reader';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';

const AS_OF = isoDate('2026-11-23');
const OPTIONS = { asOf: AS_OF, scale: 0.05, seed: 7 };

describe('seed-demo: the demo region written through @pnp/sp and read back (R-NDG-1, R-KPI)', () => {
  let site: LocalSharePoint;
  const admin = (): { siteUrl: string; token: () => Promise<string> } => ({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
    await provisionSite(connectToSite(admin()), DEFAULT_REGION_CONFIG);
    await seedDemoRegion(admin(), OPTIONS, DEFAULT_REGION_CONFIG, () => undefined);
  }, 120_000);

  afterAll(async () => {
    await site.close();
  });

  it('reads back every register whole and valid, with the same counts as generated', async () => {
    const generated = generateDemoRegion(OPTIONS, DEFAULT_REGION_CONFIG);
    const { snapshot, rejected } = await readSnapshot(registerRepositories(connectToSite(admin()), '/sites/tillit'));
    expect(rejected).toEqual({});
    const counts = (value: Record<string, readonly unknown[]>): Record<string, number> =>
      Object.fromEntries(Object.entries(value).map(([key, list]) => [key, list.length]));
    expect(counts(snapshot as unknown as Record<string, readonly unknown[]>)).toEqual(counts(generated as unknown as Record<string, readonly unknown[]>));
  }, 60_000);

  it('gives the same nudge digests and KPIs from the site as from the generated region: ids change, meaning does not', async () => {
    const generated = generateDemoRegion(OPTIONS, DEFAULT_REGION_CONFIG);
    const { snapshot } = await readSnapshot(registerRepositories(connectToSite(admin()), '/sites/tillit'));
    const history = { firstSentOn: new Map<string, IsoDate>() };
    const summary = (plan: ReturnType<typeof planNudges>): string[] =>
      plan.digests.map((digest) => `${digest.recipientEmail}: ${digest.owed.map((item) => `${item.topic}/${item.urgency}`).sort().join(',')} | ${digest.escalated.length}`);
    const fromSite = planNudges(snapshot, DEFAULT_REGION_CONFIG, history, AS_OF);
    const fromGenerator = planNudges(generated, DEFAULT_REGION_CONFIG, history, AS_OF);
    expect(fromSite.digests.length).toBeGreaterThan(10);
    expect(summary(fromSite)).toEqual(summary(fromGenerator));
    const measures = (report: ReturnType<typeof goalAreaKpis>): unknown => [
      report.managementSystem.measures,
      report.riskManagement.measures,
      report.riskManagement.openRisksByLevel,
      report.securityOrganisation.measures,
      report.classification.measures,
      report.training.measures
    ];
    expect(measures(goalAreaKpis(snapshot, DEFAULT_REGION_CONFIG, AS_OF))).toEqual(measures(goalAreaKpis(generated, DEFAULT_REGION_CONFIG, AS_OF)));
  }, 60_000);

  it('writes each acknowledgement as the account that signed it: SharePoint\'s Author is the signature (R-ACK, R-SEC-1)', async () => {
    const generated = generateDemoRegion(OPTIONS, DEFAULT_REGION_CONFIG);
    const { snapshot } = await readSnapshot(registerRepositories(connectToSite(admin()), '/sites/tillit'));
    const pairs = (acknowledgements: typeof snapshot.acknowledgements): string[] =>
      acknowledgements.map((acknowledgement) => `${acknowledgement.signerEmail} by ${acknowledgement.signedByAccount} (${acknowledgement.version})`).sort();
    expect(snapshot.acknowledgements.length).toBeGreaterThan(0);
    // The demo holds a signature written by someone else's account on purpose: it reads back as such and does not count.
    expect(pairs(snapshot.acknowledgements)).toEqual(pairs(generated.acknowledgements));
  }, 60_000);

  it('refuses to write the demo into a site that already holds registers', async () => {
    await expect(seedDemoRegion(admin(), OPTIONS, DEFAULT_REGION_CONFIG, () => undefined)).rejects.toThrow(/only written to an empty site/);
  });
});
