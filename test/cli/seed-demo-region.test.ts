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
import { hmacSeal } from '../../src/cli/acknowledgement-key';
import { APP_PRINCIPAL_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { DEMO_SCENARIO_IDS } from '../../src/demo/demo-scenarios';
import { readAcknowledgementChain, verifyStoredChain } from '../../src/sharepoint/acknowledgements/acknowledgement-chain-reader';

const AS_OF = isoDate('2026-11-23');
const SEAL = hmacSeal(Buffer.alloc(32, 7));
const OPTIONS = { asOf: AS_OF, scale: 0.05, seed: 7, seal: SEAL };

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

  it('writes the acknowledgement chain as the app principal, and the set piece as the site administrator outside it (R-ACK, R-SEC-1, R-SEC-4)', async () => {
    const generated = generateDemoRegion(OPTIONS, DEFAULT_REGION_CONFIG);
    const sp = connectToSite(admin());
    const repositories = registerRepositories(sp, '/sites/tillit');
    const { snapshot } = await readSnapshot(repositories);
    const pairs = (acknowledgements: typeof snapshot.acknowledgements): string[] =>
      acknowledgements.map((acknowledgement) => `${acknowledgement.signerEmail} by ${acknowledgement.signedByAccount} (${acknowledgement.version}) #${acknowledgement.sequence}`).sort();
    expect(snapshot.acknowledgements.length).toBeGreaterThan(0);
    // The demo holds a signature typed in from someone else's account on purpose: it reads back as such and does not count.
    expect(pairs(snapshot.acknowledgements)).toEqual(pairs(generated.acknowledgements));

    const { items } = await readAcknowledgementChain({ sp, sitePath: '/sites/tillit', settings: repositories.settings });
    const proxy = generated.acknowledgements.find((acknowledgement) => acknowledgement.id === DEMO_SCENARIO_IDS.proxySignedAcknowledgementId);
    const proxyItem = items.find((item) => item.sequence === proxy?.sequence);
    expect(proxyItem?.author).toBe(SITE_ADMIN_EMAIL);
    expect(items.filter((item) => item !== proxyItem).every((item) => item.author === APP_PRINCIPAL_EMAIL)).toBe(true);

    // Verified under the same key, the chain is intact but for the hand-written item, named by its SharePoint id.
    const verification = await verifyStoredChain({ sp, sitePath: '/sites/tillit', settings: repositories.settings }, SEAL, APP_PRINCIPAL_EMAIL);
    expect(verification.findings).toEqual([
      { kind: 'edited-after-writing', itemIds: [proxyItem?.itemId], sequences: [proxy?.sequence] },
      { kind: 'inserted', itemIds: [proxyItem?.itemId], sequences: [proxy?.sequence] }
    ]);
    // Under another key nothing verifies: the seal is keyed.
    const otherKey = await verifyStoredChain({ sp, sitePath: '/sites/tillit', settings: repositories.settings }, hmacSeal(Buffer.alloc(32, 8)), APP_PRINCIPAL_EMAIL);
    expect(otherKey.findings.filter((finding) => finding.kind === 'changed')).toHaveLength(items.length - 1);
  }, 60_000);

  it('refuses to write the demo into a site that already holds registers', async () => {
    await expect(seedDemoRegion(admin(), OPTIONS, DEFAULT_REGION_CONFIG, () => undefined)).rejects.toThrow(/only written to an empty site/);
  });
});
