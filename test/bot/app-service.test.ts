import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppService, type AppService } from '../../bot/app-service';
import type { BuildReport } from '../../bot/browser-bundles';
import { IDENTITY_COOKIE } from '../../bot/local/identity-cookie';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { startLocalSharePoint, type LocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { membershipLogin } from '../../src/local-sharepoint/store/site-store';
import { WORKBENCH_IDENTITIES } from '../../src/workbench/workbench-identities';
import { httpCall } from './http-call';

const COORDINATOR = DEMO_PERSONAS.registryCoordinator.email;
const EMPLOYEE = DEMO_PERSONAS.employee.email;

/** The routes are under test here, not esbuild: a one-line bundle stands in for the built one. */
function stubBundles(outDir: string): Promise<BuildReport> {
  writeFileSync(join(outDir, 'workbench.js'), 'void 0;\n');
  return Promise.resolve({ outDir, bundles: [{ name: 'workbench', file: 'workbench.js', bytes: 8, gzipBytes: 28 }], milliseconds: 0, reused: true });
}

function cookieFor(email: string): string {
  return `${IDENTITY_COOKIE}=${encodeURIComponent(email)}`;
}

describe('the app service, locally (DESIGN.md "The app service, locally")', () => {
  let site: LocalSharePoint;
  let service: AppService;
  let bundleDir: string;
  const logged: string[] = [];

  beforeAll(async () => {
    site = await startLocalSharePoint({
      port: 0,
      dataDir: ':memory:',
      directory: WORKBENCH_IDENTITIES.map((identity) => ({ email: identity.email, title: identity.displayName }))
    });
    bundleDir = mkdtempSync(join(tmpdir(), 'tillit-bundles-'));
    service = await startAppService({ port: 0, localSiteUrl: site.siteUrl, bundleDir, prepareBundles: stubBundles, log: (line) => logged.push(line) });
  });

  afterAll(async () => {
    await service.close();
    await site.close();
    rmSync(bundleDir, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 and names the workbench', () => {
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(service.workbenchUrl).toBe(`${service.url}/workbench/`);
  });

  test('answers /api/messages with 501 and a JSON error until the bot arrives', async () => {
    const answer = await httpCall(`${service.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(answer.status).toBe(501);
    expect(JSON.parse(answer.body)).toEqual({ error: { code: 'not-implemented', message: expect.stringMatching(/bot/) } });
  });

  test('answers an unknown route with 404 JSON', async () => {
    const answer = await httpCall(`${service.url}/no/such/route`);
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body).error.code).toBe('not-found');
  });

  describe('/workbench/', () => {
    test('serves the page in the language asked for, with a strict content security policy and the default identity for a first visit', async () => {
      const answer = await httpCall(`${service.url}/workbench/?lang=en&theme=dark`);
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('<html lang="en">');
      expect(answer.body).toContain('data-site-path="/sites/tillit"');
      expect(answer.body).toContain('src="/workbench/assets/workbench.js"');
      expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
      expect(String(answer.headers['set-cookie'])).toContain(`${IDENTITY_COOKIE}=${encodeURIComponent(WORKBENCH_IDENTITIES[0].email)}`);
      expect(String(answer.headers['set-cookie'])).toMatch(/HttpOnly/);
      expect(String(answer.headers['set-cookie'])).toMatch(/SameSite=Strict/);
    });

    test('keeps a chosen identity on a later visit', async () => {
      const answer = await httpCall(`${service.url}/workbench/`, { headers: { cookie: cookieFor(EMPLOYEE) } });
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('<html lang="sv">');
      expect(answer.headers['set-cookie']).toBeUndefined();
    });

    test('refuses an address parameter it does not know, or a value outside its choices, with 400 JSON naming it', async () => {
      const theme = await httpCall(`${service.url}/workbench/?theme=purple`);
      expect(theme.status).toBe(400);
      expect(JSON.parse(theme.body).error.message).toMatch(/theme/);
      const unknown = await httpCall(`${service.url}/workbench/?debug=1`);
      expect(unknown.status).toBe(400);
      expect(JSON.parse(unknown.body).error.message).toMatch(/debug/);
    });

    test('serves the bundle', async () => {
      const answer = await httpCall(`${service.url}/workbench/assets/workbench.js`);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toMatch(/javascript/);
    });

    test('chooses a demo identity, and refuses any other e-mail', async () => {
      const chosen = await httpCall(`${service.url}/workbench/api/identity`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: EMPLOYEE.toUpperCase() }) });
      expect(chosen.status).toBe(200);
      expect(JSON.parse(chosen.body)).toEqual({ identity: { role: 'employee', email: EMPLOYEE, displayName: 'Anna Svensson' } });
      expect(String(chosen.headers['set-cookie'])).toContain(cookieFor(EMPLOYEE));

      const stranger = await httpCall(`${service.url}/workbench/api/identity`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: SITE_ADMIN_EMAIL }) });
      expect(stranger.status).toBe(400);
      expect(JSON.parse(stranger.body).error.code).toBe('unknown-identity');
      expect(stranger.headers['set-cookie']).toBeUndefined();

      const malformed = await httpCall(`${service.url}/workbench/api/identity`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"email": 42, "role": "admin"}' });
      expect(malformed.status).toBe(400);
      expect(JSON.parse(malformed.body).error.code).toBe('invalid-request');
    });

    test('says which identity the cookie names', async () => {
      const answer = await httpCall(`${service.url}/workbench/api/session`, { headers: { cookie: cookieFor(COORDINATOR) } });
      expect(JSON.parse(answer.body).identity.email).toBe(COORDINATOR);
    });
  });

  describe('/sites/tillit/… passed through to the local SharePoint', () => {
    test('signs in as the identity in the cookie, never as an Authorization header the browser sends', async () => {
      const answer = await httpCall(`${service.url}/sites/tillit/_api/web/currentuser?$select=Email`, {
        headers: { cookie: cookieFor(COORDINATOR), accept: 'application/json', authorization: `Bearer local:${SITE_ADMIN_EMAIL}` }
      });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).Email).toBe(COORDINATOR);
    });

    test('changes who SharePoint sees when the identity changes', async () => {
      const answer = await httpCall(`${service.url}/sites/tillit/_api/web/currentuser?$select=Email`, { headers: { cookie: cookieFor(EMPLOYEE), accept: 'application/json' } });
      expect(JSON.parse(answer.body).Email).toBe(EMPLOYEE);
    });

    test('refuses a request without an identity (401) and one naming an unknown identity (403)', async () => {
      const without = await httpCall(`${service.url}/sites/tillit/_api/web/currentuser`, { headers: { accept: 'application/json' } });
      expect(without.status).toBe(401);
      expect(JSON.parse(without.body).error.code).toBe('identity-required');
      const forged = await httpCall(`${service.url}/sites/tillit/_api/web/currentuser`, { headers: { accept: 'application/json', cookie: cookieFor(SITE_ADMIN_EMAIL) } });
      expect(forged.status).toBe(403);
      expect(JSON.parse(forged.body).error.code).toBe('unknown-identity');
    });

    test('hands SharePoint\'s own refusal of a write on untouched, body and all', async () => {
      const answer = await httpCall(`${service.url}/sites/tillit/_api/web/lists`, {
        method: 'POST',
        headers: { cookie: cookieFor(EMPLOYEE), accept: 'application/json', 'content-type': 'application/json', origin: service.url },
        body: JSON.stringify({ Title: 'Forged', BaseTemplate: 100 })
      });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)['odata.error'].code).toMatch(/UnauthorizedAccessException/);
    });

    test('refuses a write from another origin before SharePoint sees it', async () => {
      const answer = await httpCall(`${service.url}/sites/tillit/_api/web/lists`, {
        method: 'POST',
        headers: { cookie: cookieFor(COORDINATOR), 'content-type': 'application/json', origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
        body: '{}'
      });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).error.code).toBe('cross-site-request');
    });

    test("hands SharePoint's classic pages (DispForm.aspx) on as HTML, read as the cookie's identity", async () => {
      const { store } = site;
      const list = store.transaction(() => store.addList('Incidents', 'Incidents', '', 100));
      const coordinator = store.transaction(() => store.ensureUser(membershipLogin(COORDINATOR)));
      const members = store.associatedGroup('member');
      if (!members) throw new Error('the site has no members group');
      const now = '2026-11-30T09:00:00Z';
      const item = store.transaction(() => {
        store.addGroupMember(members.id, coordinator.id);
        return store.insertItem(list.id, { Title: 'Läckage <i>', Created: now, Modified: now, AuthorId: coordinator.id, EditorId: coordinator.id });
      });
      const answer = await httpCall(`${service.url}/sites/tillit/Lists/Incidents/DispForm.aspx?ID=${item.id}`, { headers: { cookie: cookieFor(COORDINATOR) } });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.body).toContain('<h1>Läckage &lt;i&gt;</h1>');
      const missing = await httpCall(`${service.url}/sites/tillit/Lists/Incidents/DispForm.aspx?ID=999`, { headers: { cookie: cookieFor(COORDINATOR) } });
      expect(missing.status).toBe(404);
      expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    });

    test('refuses a Host that is not the loopback (DNS rebinding)', async () => {
      const answer = await httpCall(`${service.url}/sites/tillit/_api/web/currentuser`, { headers: { cookie: cookieFor(COORDINATOR), host: 'rebound.example:3978' } });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).error.code).toBe('forbidden-host');
    });

    test('answers 502 JSON when the local SharePoint is not there', async () => {
      const orphanDir = mkdtempSync(join(tmpdir(), 'tillit-bundles-'));
      const orphan = await startAppService({ port: 0, localSiteUrl: 'http://127.0.0.1:1/sites/tillit', bundleDir: orphanDir, prepareBundles: stubBundles, log: (line) => logged.push(line) });
      try {
        const answer = await httpCall(`${orphan.url}/sites/tillit/_api/web`, { headers: { cookie: cookieFor(COORDINATOR) } });
        expect(answer.status).toBe(502);
        expect(JSON.parse(answer.body).error.code).toBe('sharepoint-unreachable');
      } finally {
        await orphan.close();
        rmSync(orphanDir, { recursive: true, force: true });
      }
    });
  });

  test('without a local site there is neither workbench nor pass-through', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tillit-bundles-'));
    const production = await startAppService({ port: 0, bundleDir: dir, prepareBundles: stubBundles, log: (line) => logged.push(line) });
    try {
      expect(production.workbenchUrl).toBeUndefined();
      expect((await httpCall(`${production.url}/workbench/`)).status).toBe(404);
      expect((await httpCall(`${production.url}/sites/tillit/_api/web`, { headers: { cookie: cookieFor(COORDINATOR) } })).status).toBe(404);
    } finally {
      await production.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
