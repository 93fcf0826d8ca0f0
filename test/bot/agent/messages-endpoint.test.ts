import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

type KeyLike = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
import { startAppService, type AppService } from '../../../bot/app-service';
import type { BotServices } from '../../../bot/agent/bot-services';
import { createTillitBot } from '../../../bot/agent/tillit-agent';

/**
 * R-SEC-1 at /api/messages in production mode: the Agents SDK's JWT validation runs before anything
 * else. The "Bot Service" here is a key pair whose public half this test publishes as the tenant's
 * signing keys (the authority pointed at a local JWKS); a forger signs with another key.
 */
const TENANT = '7c9a4c55-3d56-4e5f-9b0a-1e2d3c4b5a69';
const CLIENT_ID = '3f2d1c0b-9a8b-4c7d-8e6f-5a4b3c2d1e0f';
const KID = 'bot-service-key';

let jwks: Server;
let authority: string;
let service: AppService;
let botServiceKey: KeyLike;
let forgerKey: KeyLike;
const logged: string[] = [];

/** Services the turns must not touch in these tests: any use fails loudly. */
function untouchableServices(): BotServices {
  return new Proxy({ log: (line: string) => logged.push(line) } as unknown as BotServices, {
    get(target, property) {
      if (property === 'log') return (target as { log: unknown }).log;
      throw new Error(`the turn used services.${String(property)}`);
    }
  });
}

beforeAll(async () => {
  const bot = await generateKeyPair('RS256');
  const forger = await generateKeyPair('RS256');
  botServiceKey = bot.privateKey;
  forgerKey = forger.privateKey;
  const published = { keys: [{ ...(await exportJWK(bot.publicKey)), kid: KID, use: 'sig', alg: 'RS256' }] };
  jwks = createServer((request, response) => {
    if (request.url === `/${TENANT}/discovery/v2.0/keys`) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(published));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  authority = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/${TENANT}`;
  service = await startAppService({
    port: 0,
    prepareBundles: async (outDir) => ({ outDir, bundles: [], milliseconds: 0, reused: true }),
    log: (line) => logged.push(line),
    bot: () =>
      createTillitBot({
        services: untouchableServices(),
        links: { siteUrl: 'https://region.sharepoint.com/sites/tillit', myTasksUrl: 'https://region.sharepoint.com/sites/tillit/SitePages/Mina-uppgifter.aspx' },
        auth: { mode: 'bot-service', clientId: CLIENT_ID, tenantId: TENANT, credential: { kind: 'secret', clientSecret: 'not-used-here' }, authorityEndpoint: authority },
        production: true
      }).endpoint
  });
});

afterAll(async () => {
  await service?.close();
  await new Promise<void>((resolve) => jwks?.close(() => resolve()));
});

const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

function token(key: KeyLike, claims: { aud?: string; iss?: string } = {}): Promise<string> {
  return new SignJWT({ serviceurl: SERVICE_URL, tid: TENANT })
    .setProtectedHeader({ alg: 'RS256', kid: KID })
    .setIssuer(claims.iss ?? `${authority}/v2.0`)
    .setAudience(claims.aud ?? CLIENT_ID)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key);
}

/** An activity that needs no outgoing call (ExpectReplies) and no register: a conversation update with nobody added. */
const ACTIVITY = {
  type: 'conversationUpdate',
  id: 'activity-1',
  channelId: 'msteams',
  serviceUrl: SERVICE_URL,
  deliveryMode: 'expectReplies',
  from: { id: 'user-1' },
  recipient: { id: `28:${CLIENT_ID}` },
  conversation: { id: 'conversation-1', conversationType: 'personal' },
  membersAdded: []
};

async function post(authorization: string | undefined, body: unknown = ACTIVITY): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
    body: JSON.stringify(body)
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

describe('POST /api/messages in production mode (R-SEC-1)', () => {
  test('without a token: 401, in the app service\'s problem shape, and the activity never reaches the bot', async () => {
    const answer = await post(undefined);
    expect(answer).toEqual({ status: 401, body: { error: { code: 'unauthorized', message: expect.stringMatching(/Bot Service/) } } });
  });

  test('with a token signed by a key that is not the Bot Service\'s: 401', async () => {
    const answer = await post(`Bearer ${await token(forgerKey)}`);
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: { code: 'unauthorized', message: expect.stringMatching(/signature/i) } });
  });

  test('with the Bot Service\'s key but for another app (audience) or from another issuer: 401', async () => {
    expect((await post(`Bearer ${await token(botServiceKey, { aud: 'a1b2c3d4-0000-4000-8000-000000000000' })}`)).status).toBe(401);
    expect((await post(`Bearer ${await token(botServiceKey, { iss: 'https://sts.windows.net/00000000-0000-0000-0000-000000000bad/' })}`)).status).toBe(401);
    expect((await post('Basic dXNlcjpwYXNz')).status).toBe(401);
  });

  test('with a valid Bot Service token the activity passes authorisation (only the key differs from the forgery); the turn, offline, fails as a 500 problem, not a crash', async () => {
    const refusals = logged.filter((line) => line.includes('refused')).length;
    const answer = await post(`Bearer ${await token(botServiceKey)}`);
    // Past the JWT check the SDK asks Entra for the bot's own token (createUserTokenClient), which a test without network cannot get.
    expect(answer).toEqual({ status: 500, body: { error: { code: 'bot-turn-failed', message: expect.any(String) } } });
    expect(logged.filter((line) => line.includes('refused')).length).toBe(refusals);
    expect(logged.join('\n')).toMatch(/bot: a turn failed: ClientConfigurationError/);
  });

  test('a malformed body from an authorised caller is a 400 problem, and the process keeps answering', async () => {
    const bearer = `Bearer ${await token(botServiceKey)}`;
    const answer = await post(bearer, [1, 2]);
    expect(answer).toEqual({ status: 400, body: { error: { code: 'invalid-request', message: expect.any(String) } } });
    expect((await post(undefined)).status).toBe(401);
  });

  test('the bot refuses to be built anonymous in production', () => {
    expect(() => createTillitBot({ services: untouchableServices(), links: { siteUrl: 'https://x/sites/tillit', myTasksUrl: 'https://x/' }, auth: { mode: 'anonymous' }, production: true })).toThrow(/anonymously in production/);
  });
});
