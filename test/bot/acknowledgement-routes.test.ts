import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appApiServices } from '../../bot/api/app-api-services';
import { startAppService, type AppService } from '../../bot/app-service';
import type { BuildReport } from '../../bot/browser-bundles';
import { workbenchCaller } from '../../bot/http/caller-identity';
import { IDENTITY_COOKIE } from '../../bot/local/identity-cookie';
import { hmacSeal } from '../../src/cli/acknowledgement-key';
import { seedDemoRegion } from '../../src/cli/seed-demo-region';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { isoDate } from '../../src/domain/shared/calendar';
import { startLocalSharePoint, type LocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { APP_PRINCIPAL_EMAIL, SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { verifyStoredChain } from '../../src/sharepoint/acknowledgements/acknowledgement-chain-reader';
import { provisionSite } from '../../src/sharepoint/provisioning/provision-site';
import { registerRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { httpCall, type HttpAnswer } from './http-call';

/*
 * The signing API's rules (R-ACK, R-SEC-1, R-SEC-4), through the app service on the stand-in with a
 * small demo region. A new version 3.0 published "today" makes every role holder owe a signature.
 */
const SEAL = hmacSeal(Buffer.alloc(32, 3));
const TODAY = new Date('2026-11-23T10:30:00.250Z');
const OWNER = DEMO_PERSONAS.informationOwner.email;
const COLLEAGUE = DEMO_PERSONAS.registryCoordinator.email;
const EMPLOYEE = DEMO_PERSONAS.employee.email;
const COORDINATOR = DEMO_PERSONAS.securityCoordinator.email;

function stubBundles(outDir: string): Promise<BuildReport> {
  writeFileSync(join(outDir, 'workbench.js'), 'void 0;\n');
  return Promise.resolve({ outDir, bundles: [{ name: 'workbench', file: 'workbench.js', bytes: 8, gzipBytes: 28 }], milliseconds: 0, reused: true });
}

describe('/api/acknowledgements (R-ACK, R-SEC-1, R-SEC-4)', () => {
  let site: LocalSharePoint;
  let service: AppService;
  let bundleDir: string;
  const admin = (): { siteUrl: string; token: () => Promise<string> } => ({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) });
  const call = (email: string, method: string, path: string, body?: unknown): Promise<HttpAnswer> =>
    httpCall(`${service.url}${path}`, {
      method,
      headers: { cookie: `${IDENTITY_COOKIE}=${encodeURIComponent(email)}`, 'content-type': 'application/json', origin: service.url },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    });
  const form = { documentKey: 'fordelning-av-ansvar', version: '3.0', place: 'Östersund', signerTitle: 'Informationsägare', printedName: 'Test Person', confirmed: true };
  const signedBy = async (email: string): Promise<number> => {
    const { valid } = await registerRepositories(connectToSite(admin()), '/sites/tillit').acknowledgements.readAll();
    return valid.filter((acknowledgement) => acknowledgement.signerEmail === email && acknowledgement.version === '3.0').length;
  };

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
    await provisionSite(connectToSite(admin()), DEFAULT_REGION_CONFIG);
    await seedDemoRegion(admin(), { asOf: isoDate('2026-11-23'), scale: 0.02, seed: 1, seal: SEAL }, DEFAULT_REGION_CONFIG, () => undefined);
    const repositories = registerRepositories(connectToSite(admin()), '/sites/tillit');
    const current = (await repositories.documentVersions.readAll()).valid.find((version) => version.version === '2.0');
    if (!current) throw new Error('the demo has no version 2.0');
    await repositories.documentVersions.add({ ...current, id: 'new', version: '3.0', publishedOn: isoDate('2026-11-23'), text: `${current.text}\nTillägg 2026.` });
    bundleDir = mkdtempSync(join(tmpdir(), 'tillit-bundles-'));
    const api = appApiServices({ siteUrl: site.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL), callerOf: workbenchCaller(), config: DEFAULT_REGION_CONFIG, log: () => undefined, now: () => TODAY, acknowledgementSeal: SEAL, appAccount: APP_PRINCIPAL_EMAIL });
    service = await startAppService({ port: 0, localSiteUrl: site.siteUrl, bundleDir, prepareBundles: stubBundles, api, log: () => undefined });
  }, 120_000);

  afterAll(async () => {
    await service.close();
    await site.close();
    rmSync(bundleDir, { recursive: true, force: true });
  });

  test('shows a role holder the version in force, its text, her roles and that she must sign it', async () => {
    const answer = await call(OWNER, 'GET', '/api/acknowledgements/mine');
    expect(answer.status).toBe(200);
    const mine = JSON.parse(answer.body);
    expect(mine.today).toBe('2026-11-23');
    expect(mine.roles.map((role: { key: string }) => role.key)).toContain('informationsagare');
    expect(mine.documents).toEqual([expect.objectContaining({ version: '3.0', mustSign: true, text: expect.stringContaining('Bekräftelse av mottagande') })]);
    expect(mine.documents[0].signed).toBeUndefined();
    expect(mine.earlier.map((receipt: { version: string }) => receipt.version)).toContain('2.0');
    expect(mine.mayVerify).toBe(false);
  });

  test('signs with the caller\'s identity and the server\'s clock, and a repeat returns the same receipt without a second item', async () => {
    const first = await call(OWNER, 'POST', '/api/acknowledgements', form);
    expect(first.status).toBe(201);
    const { receipt, alreadySigned } = JSON.parse(first.body);
    expect(alreadySigned).toBe(false);
    expect(receipt).toMatchObject({ version: '3.0', place: 'Östersund', signedOn: '2026-11-23' });
    // The server's clock in whole seconds (the request's 10:30:00.250), whatever the browser thinks the time is.
    expect(Date.parse(receipt.signedAt)).toBe(Date.parse('2026-11-23T10:30:00Z'));
    expect(receipt.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const again = await call(OWNER, 'POST', '/api/acknowledgements', { ...form, place: 'Sveg' });
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toEqual({ receipt, alreadySigned: true });
    expect(await signedBy(OWNER)).toBe(1);
    const mine = JSON.parse((await call(OWNER, 'GET', '/api/acknowledgements/mine')).body);
    expect(mine.documents[0].signed).toEqual(receipt);
  });

  test('refuses a body naming a signer (400), and nothing is stored for the colleague', async () => {
    const forged = await call(OWNER, 'POST', '/api/acknowledgements', { ...form, signerEmail: COLLEAGUE });
    expect(forged.status).toBe(400);
    expect(JSON.parse(forged.body).error.message).toMatch(/signerEmail/);
    expect(await signedBy(COLLEAGUE)).toBe(0);
  });

  test('refuses a version not in force (409), a missing confirmation (400) and someone who owes nothing (403)', async () => {
    expect((await call(COLLEAGUE, 'POST', '/api/acknowledgements', { ...form, version: '2.0' })).status).toBe(409);
    expect((await call(COLLEAGUE, 'POST', '/api/acknowledgements', { ...form, confirmed: false })).status).toBe(400);
    const employee = await call(EMPLOYEE, 'POST', '/api/acknowledgements', form);
    expect(employee.status).toBe(403);
    expect(JSON.parse(employee.body).error.code).toBe('not-a-signatory');
    expect(await signedBy(EMPLOYEE)).toBe(0);
  });

  test('signatures that race each other are serialised into one intact chain', async () => {
    const answers = await Promise.all([COLLEAGUE, COORDINATOR].map((email) => call(email, 'POST', '/api/acknowledgements', form)));
    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    const sequences = answers.map((answer) => JSON.parse(answer.body).receipt.sequence as number).sort((a, b) => a - b);
    expect(sequences[1]).toBe(sequences[0] + 1);
  });

  test('shows the verification to the site owners only; it names an item a site administrator edited directly', async () => {
    expect((await call(EMPLOYEE, 'GET', '/api/acknowledgements/verification')).status).toBe(403);
    const before = JSON.parse((await call(COORDINATOR, 'GET', '/api/acknowledgements/verification')).body);
    // The demo's set piece, written outside Tillit, is the one item reported before anyone tampers.
    expect(before.findings.map((finding: { kind: string }) => finding.kind).sort()).toEqual(['edited-after-writing', 'inserted']);

    const repositories = registerRepositories(connectToSite(admin()), '/sites/tillit');
    const [ownerItem] = (await repositories.acknowledgements.readAll()).valid.filter((acknowledgement) => acknowledgement.signerEmail === OWNER && acknowledgement.version === '3.0');
    const stored = await repositories.acknowledgements.get(ownerItem.id);
    await repositories.acknowledgements.update(ownerItem.id, { ...stored.record, place: 'Sveg' }, stored.etag);

    const after = JSON.parse((await call(COORDINATOR, 'GET', '/api/acknowledgements/verification')).body);
    expect(after.findings).toEqual(expect.arrayContaining([{ kind: 'changed', itemIds: [ownerItem.id], sequences: [ownerItem.sequence] }]));
    const direct = await verifyStoredChain({ sp: connectToSite(admin()), sitePath: '/sites/tillit', settings: repositories.settings }, SEAL, APP_PRINCIPAL_EMAIL);
    expect(direct.findings).toEqual(after.findings);
  });
});
