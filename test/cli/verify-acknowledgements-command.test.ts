import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLocalAcknowledgementKey, hmacSeal } from '../../src/cli/acknowledgement-key';
import { verifyAcknowledgementsCommand } from '../../src/cli/commands/verify-acknowledgements-command';
import { EXIT_FINDINGS, EXIT_OK } from '../../src/cli/exit-codes';
import { seedDemoRegion } from '../../src/cli/seed-demo-region';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { DEMO_SCENARIO_IDS } from '../../src/demo/demo-scenarios';
import { isoDate } from '../../src/domain/shared/calendar';
import { startLocalSharePoint, type LocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../src/sharepoint/provisioning/provision-site';
import { registerRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';

/* `tillit verify-acknowledgements` (R-ACK, R-SEC-4): exit 0 when intact, 3 with findings naming the items. */
describe('tillit verify-acknowledgements', () => {
  let site: LocalSharePoint;
  let dataDir: string;
  let output: string[];
  let write: jest.SpyInstance;
  const admin = (): { siteUrl: string; token: () => Promise<string> } => ({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
  const run = (...args: string[]): Promise<number> => verifyAcknowledgementsCommand.run(['--site', site.siteUrl, '--key-file', join(dataDir, 'acknowledgement-key'), ...args]);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tillit-verify-'));
    const seal = hmacSeal(await ensureLocalAcknowledgementKey(dataDir));
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
    await provisionSite(connectToSite(admin()), DEFAULT_REGION_CONFIG);
    await seedDemoRegion(admin(), { asOf: isoDate('2026-11-23'), scale: 0.01, seed: 2, seal }, DEFAULT_REGION_CONFIG, () => undefined);
  }, 120_000);

  beforeEach(() => {
    output = [];
    write = jest.spyOn(process.stdout, 'write').mockImplementation((text: string | Uint8Array) => {
      output.push(String(text));
      return true;
    });
  });

  afterEach(() => write.mockRestore());

  afterAll(async () => {
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('is intact once the demo\'s hand-written item is gone; a site administrator\'s direct edit then fails it, naming the item', async () => {
    const repositories = registerRepositories(connectToSite(admin()), '/sites/tillit');
    const { valid } = await repositories.acknowledgements.readAll();
    // The set piece (written outside Tillit, after the chain's end) is reported until it is removed.
    expect(await run()).toBe(EXIT_FINDINGS);
    expect(output.join('')).toMatch(/inserted outside Tillit: item \d+/);
    const proxy = valid.find((acknowledgement) => acknowledgement.signerEmail !== acknowledgement.signedByAccount);
    expect(proxy).toBeDefined();
    const stored = await repositories.acknowledgements.get(proxy?.id ?? '');
    await repositories.acknowledgements.remove(stored.id, stored.etag);
    output.splice(0);
    expect(await run()).toBe(EXIT_OK);
    expect(output.join('')).toMatch(/the chain is intact/);

    const victim = valid.find((acknowledgement) => acknowledgement.id !== proxy?.id && acknowledgement.sequence === 2);
    const before = await repositories.acknowledgements.get(victim?.id ?? '');
    await repositories.acknowledgements.update(before.id, { ...before.record, signerTitle: 'Regiondirektör' }, before.etag);
    output.splice(0);
    expect(await run()).toBe(EXIT_FINDINGS);
    expect(output.join('')).toContain(`changed after signing: item ${before.id} (sequence 2)`);
    expect(DEMO_SCENARIO_IDS.proxySignedAcknowledgementId).toBe('ack-00001');
  }, 60_000);

  test('refuses another key\'s file as a usage of the wrong key: every item is reported', async () => {
    const otherDir = mkdtempSync(join(tmpdir(), 'tillit-verify-other-'));
    try {
      await ensureLocalAcknowledgementKey(otherDir);
      output.splice(0);
      expect(await verifyAcknowledgementsCommand.run(['--site', site.siteUrl, '--key-file', join(otherDir, 'acknowledgement-key')])).toBe(EXIT_FINDINGS);
      expect(output.join('')).toMatch(/changed after signing: item 1 /);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });
});
