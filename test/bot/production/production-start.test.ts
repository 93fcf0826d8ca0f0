import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { AppService } from '../../../bot/app-service';
import { productionSettingsFrom } from '../../../bot/production/production-settings';
import { startProductionAppService } from '../../../bot/production/production-start';
import { EntraTokenEndpoint } from '../../support/entra-token-endpoint';

type KeyLike = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

/**
 * `tillit serve`'s start (README, Production; R-SEC-1): what Teams and SharePoint Online reach.
 * SharePoint is a recorder on loopback that notes each request's Authorization header and refuses
 * it; Entra's token endpoint answers through MSAL's network client; the callers' signing keys are a
 * local key set. So this proves the wiring: whom the API takes a call from, and which token the
 * site sees, not SharePoint's answers (the rest of the suite covers those on the local SharePoint).
 */
const TENANT = '4d6f6e61-7274-4c69-9e64-000000000001';
const APP = '7a6b1c2d-0000-4000-8000-00000000a11c';
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'app-certificate');

let sharePoint: Server;
const seenBySharePoint: string[] = [];
let service: AppService;
let entra: EntraTokenEndpoint;
let userKey: KeyLike;
const logged: string[] = [];

function record(request: IncomingMessage): void {
  seenBySharePoint.push(`${request.method ?? ''} ${request.url ?? ''} ${request.headers.authorization ?? '(none)'}`);
}

beforeAll(async () => {
  sharePoint = createServer((request, response) => {
    record(request);
    response.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied (recorder).' } } }));
  });
  await new Promise<void>((resolve) => sharePoint.listen(0, '127.0.0.1', resolve));
  const siteUrl = `http://127.0.0.1:${(sharePoint.address() as AddressInfo).port}/sites/tillit`;

  const user = await generateKeyPair('RS256');
  userKey = user.privateKey;
  const callerKeys = createLocalJWKSet({ keys: [{ ...(await exportJWK(user.publicKey)), kid: 'entra-key', alg: 'RS256', use: 'sig' }] });

  const settings = productionSettingsFrom({
    TILLIT_SITE_URL: 'https://region.sharepoint.com/sites/tillit',
    TILLIT_TENANT_ID: TENANT,
    TILLIT_APP_CLIENT_ID: APP,
    TILLIT_APP_CERT_PEM_FILE: join(FIXTURES, 'cert.pem'),
    TILLIT_APP_CERT_KEY_FILE: join(FIXTURES, 'key.pem'),
    TILLIT_ACKNOWLEDGEMENT_KEY: Buffer.alloc(32, 7).toString('base64'),
    TILLIT_BOT_CLIENT_ID: '3f2d1c0b-9a8b-4c7d-8e6f-5a4b3c2d1e0f',
    TILLIT_BOT_TENANT_ID: TENANT,
    TILLIT_BOT_CLIENT_SECRET: 'bot-secret'
  });
  entra = new EntraTokenEndpoint(TENANT);
  service = await startProductionAppService({ ...settings, siteUrl, port: 0, config: { ...settings.config, nudgeRun: { ...settings.config.nudgeRun, scheduled: false }, kpiSnapshots: { ...settings.config.kpiSnapshots, scheduled: false } } }, (line) => logged.push(line), {
    entraNetwork: entra,
    callerKeys,
    prepareBundles: async (outDir) => ({ outDir, bundles: [], milliseconds: 0, reused: true })
  });
});

afterAll(async () => {
  await service?.close();
  await new Promise<void>((resolve) => sharePoint?.close(() => resolve()));
});

function userToken(claims: { aud?: string; iss?: string; scp?: string } = {}, key: KeyLike = userKey): Promise<string> {
  return new SignJWT({ preferred_username: 'Karin.Berg@Region.se', scp: claims.scp ?? 'access_as_user', tid: TENANT })
    .setProtectedHeader({ alg: 'RS256', kid: 'entra-key' })
    .setIssuer(claims.iss ?? `https://login.microsoftonline.com/${TENANT}/v2.0`)
    .setAudience(claims.aud ?? `api://${APP}`)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key);
}

async function myTasks(authorization?: string): Promise<Response> {
  return fetch(`${service.url}/api/my-tasks`, { headers: authorization === undefined ? {} : { authorization } });
}

/**
 * Waits until SharePoint has heard from the app service (the start's background read of the day's
 * plan always asks, and the recorder refuses it at once) and then nothing more for half a second.
 */
async function settled(): Promise<void> {
  let count = -1;
  while (seenBySharePoint.length === 0 || count !== seenBySharePoint.length) {
    count = seenBySharePoint.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('the production start of the app service (tillit serve)', () => {
  it('refuses API calls without a valid Entra user token before anything reaches SharePoint', async () => {
    await settled();
    const before = seenBySharePoint.length;
    const other = (await generateKeyPair('RS256')).privateKey;
    const refusals = [
      await myTasks(),
      await myTasks('Basic a2FyaW46c2VjcmV0'),
      await myTasks(`Bearer ${await userToken({}, other)}`),
      await myTasks(`Bearer ${await userToken({ aud: 'api://another-app' })}`),
      await myTasks(`Bearer ${await userToken({ iss: 'https://login.microsoftonline.com/another-tenant/v2.0' })}`)
    ];
    expect(refusals.map((response) => response.status)).toEqual([401, 401, 401, 401, 401]);
    await settled();
    expect(seenBySharePoint.length).toBe(before);
  });

  it('takes a v2.0 token (the app\'s client id as audience) as well as a v1.0 one (its application ID URI)', async () => {
    const v2 = await myTasks(`Bearer ${await userToken({ aud: APP })}`);
    expect(v2.status).not.toBe(401);
  });

  it('reads the site for a signed-in user with the app\'s own app-only token, never the user\'s', async () => {
    const token = await userToken();
    const response = await myTasks(`Bearer ${token}`);
    expect(response.status).toBeGreaterThanOrEqual(400); // the recorder refuses every read
    await settled();
    expect(seenBySharePoint.length).toBeGreaterThan(0);
    const authorizations = new Set(seenBySharePoint.map((line) => line.split(' ').slice(2).join(' ')));
    expect([...authorizations]).toEqual([`Bearer ${EntraTokenEndpoint.tokenNumber(1)}`]);
    // The token is for the site's own host (here the recorder), asked for once and then served from MSAL's cache.
    expect(entra.requests.map((request) => request.scope.split(' ').find((scope) => scope.endsWith('/.default')))).toEqual([`${siteOrigin()}/.default`]);
  });

  it('accepts at /api/messages only calls the Bot Service signed', async () => {
    const response = await fetch(`${service.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'mina uppgifter' }) });
    expect(response.status).toBe(401);
  });

  it('has no workbench and no pass-through to the site', async () => {
    expect((await fetch(`${service.url}/workbench/`)).status).toBe(404);
    expect((await fetch(`${service.url}/sites/tillit/_api/web`)).status).toBe(404);
  });
});

function siteOrigin(): string {
  return `http://127.0.0.1:${(sharePoint.address() as AddressInfo).port}`;
}
