import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppService, type AppService } from '../../bot/app-service';
import type { BuildReport } from '../../bot/browser-bundles';
import { IDENTITY_COOKIE } from '../../bot/local/identity-cookie';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { tabSignInSchema } from '../../src/tab/tab-page';
import { httpCall } from './http-call';

function stubBundles(outDir: string): Promise<BuildReport> {
  writeFileSync(join(outDir, 'tab.js'), 'void 0;\n');
  return Promise.resolve({ outDir, bundles: [{ name: 'tab', file: 'tab.js', bytes: 8, gzipBytes: 28 }], milliseconds: 0, reused: true });
}

const NESTED_APP = { mode: 'nested-app', clientId: '11111111-2222-4333-8444-555555555555', tenantId: '66666666-7777-4888-9999-000000000000', apiScope: 'api://tillit.region.se/access_as_user', siteUrl: 'https://region.sharepoint.com/sites/tillit' } as const;

/** The root element's data-sign-in as the bundle reads it. */
function signInOf(html: string): unknown {
  const match = /data-sign-in="([^"]*)"/.exec(html);
  return JSON.parse((match?.[1] ?? '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

describe('the council tab\'s pages on the app service (issue 10)', () => {
  const services: AppService[] = [];
  let bundleDir: string;

  beforeAll(() => {
    bundleDir = mkdtempSync(join(tmpdir(), 'tillit-tab-bundles-'));
  });

  afterAll(async () => {
    for (const service of services) await service.close();
    rmSync(bundleDir, { recursive: true, force: true });
  });

  test('locally: /tab/, /tab/config and /tab/my-tasks name their page, lang and title; a first visit is the security coordinator; Teams may frame them', async () => {
    const service = await startAppService({ port: 0, localSiteUrl: 'http://127.0.0.1:9/sites/tillit', bundleDir, prepareBundles: stubBundles, log: () => undefined });
    services.push(service);
    const dashboard = await httpCall(`${service.url}/tab/?lang=en`);
    expect(dashboard.status).toBe(200);
    expect(dashboard.body).toContain('<html lang="en">');
    expect(dashboard.body).toContain('<title>Tillit – information security council</title>');
    expect(dashboard.body).toContain('data-page="dashboard"');
    expect(tabSignInSchema.parse(signInOf(dashboard.body))).toEqual({ mode: 'local', sitePath: '/sites/tillit' });
    expect(dashboard.headers['set-cookie']?.[0]).toContain(`${IDENTITY_COOKIE}=${encodeURIComponent(DEMO_PERSONAS.securityCoordinator.email)}`);
    const csp = String(dashboard.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain('frame-ancestors');
    expect(csp).toContain('https://teams.microsoft.com');
    expect(csp).toContain("connect-src 'self';");

    const config = await httpCall(`${service.url}/tab/config`);
    expect(config.body).toContain('<html lang="sv">');
    expect(config.body).toContain('data-page="config"');
    const myTasks = await httpCall(`${service.url}/tab/my-tasks`, { headers: { cookie: `${IDENTITY_COOKIE}=${encodeURIComponent(DEMO_PERSONAS.employee.email)}` } });
    expect(myTasks.body).toContain('data-page="my-tasks"');
    // A visitor who chose an identity keeps it.
    expect(myTasks.headers['set-cookie']).toBeUndefined();
    expect((await httpCall(`${service.url}/tab/assets/tab.js`)).body).toBe('void 0;\n');
    expect((await httpCall(`${service.url}/tab/?lang=de`)).status).toBe(400);
  });

  test('on SharePoint Online: the page names nested app authentication and allows Entra ID and the site, and there is no identity cookie', async () => {
    const service = await startAppService({ port: 0, bundleDir, prepareBundles: stubBundles, tabSignIn: NESTED_APP, log: () => undefined });
    services.push(service);
    const dashboard = await httpCall(`${service.url}/tab/`);
    expect(dashboard.status).toBe(200);
    expect(tabSignInSchema.parse(signInOf(dashboard.body))).toEqual(NESTED_APP);
    expect(dashboard.headers['set-cookie']).toBeUndefined();
    expect(String(dashboard.headers['content-security-policy'])).toContain("connect-src 'self' https://login.microsoftonline.com https://res.cdn.office.net https://region.sharepoint.com;");
  });

  test('the split bundle: the page loads the entry as a module and preloads its static chunks; hashed chunks are cached for good, the entry revalidated', async () => {
    const splitBundles = (outDir: string): Promise<BuildReport> => {
      mkdirSync(join(outDir, 'chunks'), { recursive: true });
      writeFileSync(join(outDir, 'tab.js'), 'import "./chunks/chunk-AB12CD34.js";\n');
      writeFileSync(join(outDir, 'chunks', 'chunk-AB12CD34.js'), 'export const shared = 1;\n');
      const file = (name: string): { file: string; bytes: number; gzipBytes: number } => ({ file: name, bytes: 1, gzipBytes: 1 });
      return Promise.resolve({ outDir, bundles: [{ name: 'tab', ...file('tab.js'), initial: [file('tab.js'), file('chunks/chunk-AB12CD34.js')], chunks: [] }], milliseconds: 0, reused: true });
    };
    const service = await startAppService({ port: 0, localSiteUrl: 'http://127.0.0.1:9/sites/tillit', bundleDir, prepareBundles: splitBundles, log: () => undefined });
    services.push(service);
    const page = await httpCall(`${service.url}/tab/`);
    expect(page.body).toContain('<script type="module" src="/tab/assets/tab.js"></script>');
    expect(page.body).toContain('<link rel="modulepreload" href="/tab/assets/chunks/chunk-AB12CD34.js">');
    expect(page.body).not.toContain('modulepreload" href="/tab/assets/tab.js"');
    const entry = await httpCall(`${service.url}/tab/assets/tab.js`);
    expect(entry.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(entry.headers['cache-control']).toBe('no-cache');
    const chunk = await httpCall(`${service.url}/tab/assets/chunks/chunk-AB12CD34.js`);
    expect(chunk.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('with neither a local site nor a tab sign-in, there is no tab', async () => {
    const service = await startAppService({ port: 0, bundleDir, prepareBundles: stubBundles, log: () => undefined });
    services.push(service);
    expect((await httpCall(`${service.url}/tab/`)).status).toBe(404);
  });
});
