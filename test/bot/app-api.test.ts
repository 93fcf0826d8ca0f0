import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appApiServices } from '../../bot/api/app-api-services';
import { startAppService, type AppService } from '../../bot/app-service';
import type { BuildReport } from '../../bot/browser-bundles';
import { workbenchCaller } from '../../bot/http/caller-identity';
import { IDENTITY_COOKIE } from '../../bot/local/identity-cookie';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { APP_PRINCIPAL_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { startLocalSharePoint, type LocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { localToken } from '../../src/sharepoint/sp-factory';
import { WORKBENCH_IDENTITIES } from '../../src/workbench/workbench-identities';
import { httpCall } from './http-call';

function stubBundles(outDir: string): Promise<BuildReport> {
  writeFileSync(join(outDir, 'workbench.js'), 'void 0;\n');
  return Promise.resolve({ outDir, bundles: [{ name: 'workbench', file: 'workbench.js', bytes: 8, gzipBytes: 28 }], milliseconds: 0, reused: true });
}

describe('the app service API, locally (issue 8 groundwork)', () => {
  let site: LocalSharePoint;
  let service: AppService;
  let bundleDir: string;
  const employee = DEMO_PERSONAS.employee.email;
  const cookie = `${IDENTITY_COOKIE}=${encodeURIComponent(employee)}`;

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:', directory: WORKBENCH_IDENTITIES.map((identity) => ({ email: identity.email, title: identity.displayName })) });
    bundleDir = mkdtempSync(join(tmpdir(), 'tillit-bundles-'));
    const api = appApiServices({ siteUrl: site.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL), callerOf: workbenchCaller(), config: DEFAULT_REGION_CONFIG, log: () => undefined });
    service = await startAppService({ port: 0, localSiteUrl: site.siteUrl, bundleDir, prepareBundles: stubBundles, api, log: () => undefined });
  });

  afterAll(async () => {
    await service.close();
    await site.close();
    rmSync(bundleDir, { recursive: true, force: true });
  });

  test('/api/me names the caller from the workbench cookie, and is never cached', async () => {
    const answer = await httpCall(`${service.url}/api/me`, { headers: { cookie } });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ email: employee.toLowerCase() });
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  test('without a chosen identity the API answers 401 in its JSON error shape', async () => {
    const answer = await httpCall(`${service.url}/api/me`);
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toEqual({ error: { code: 'identity-required', message: expect.any(String) } });
  });

  test('locally, a write from another site is refused before any route runs (the cookie alone must not be enough)', async () => {
    const answer = await httpCall(`${service.url}/api/me`, { method: 'POST', headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{}' });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error.code).toBe('cross-site-request');
  });

  test('a body over 64 KB is refused with 413, a malformed one with 400', async () => {
    const big = await httpCall(`${service.url}/api/me`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(70_000) }) });
    expect(big.status).toBe(413);
    const malformed = await httpCall(`${service.url}/api/me`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{"unclosed' });
    expect(malformed.status).toBe(400);
  });

  test('the app principal reaches the site with full control, as Sites.Selected does on SharePoint Online', async () => {
    const answer = await httpCall(`${site.siteUrl}/_api/web/currentuser`, { headers: { authorization: `Bearer local:${APP_PRINCIPAL_EMAIL}`, accept: 'application/json' } });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ Email: APP_PRINCIPAL_EMAIL, IsSiteAdmin: true });
  });
});
