import type { Request } from 'express';
import { exportJWK, generateKeyPair, SignJWT, createLocalJWKSet, type JWTPayload } from 'jose';
import { entraCaller, workbenchCaller } from '../../bot/http/caller-identity';
import { IDENTITY_COOKIE } from '../../bot/local/identity-cookie';
import { HttpProblem } from '../../bot/http/http-problem';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';

const TENANT = '11111111-2222-3333-4444-555555555555';
const AUDIENCE = 'api://tillit.region.se/66666666-7777-8888-9999-000000000000';

function requestWith(headers: Record<string, string>): Request {
  return { headers } as unknown as Request;
}

async function problemOf(promise: Promise<unknown>): Promise<HttpProblem> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error
  );
  if (!(outcome instanceof HttpProblem)) throw new Error(`expected an HttpProblem, got ${String(outcome)}`);
  return outcome;
}

describe('the caller of the app service API is the request\'s own sign-in (R-ACK, R-SEC-1)', () => {
  let sign: (claims: JWTPayload, options?: { issuer?: string; audience?: string; expiresIn?: string }) => Promise<string>;
  let caller: ReturnType<typeof entraCaller>;
  let strangerToken: string;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'RS256' };
    caller = entraCaller({ tenantId: TENANT, audience: AUDIENCE, keys: createLocalJWKSet({ keys: [jwk] }) });
    sign = (claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
        .setIssuer(options.issuer ?? `https://login.microsoftonline.com/${TENANT}/v2.0`)
        .setAudience(options.audience ?? AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '1h')
        .sign(privateKey);
    // The same claims signed with a key Entra never published.
    const other = await generateKeyPair('RS256');
    strangerToken = await new SignJWT({ preferred_username: 'eva@regionexempel.se', scp: 'access_as_user' })
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(other.privateKey);
  });

  test('a valid delegated token names its user, in lower case', async () => {
    const token = await sign({ preferred_username: 'Eva.Berg@RegionExempel.se', scp: 'access_as_user' });
    await expect(caller(requestWith({ authorization: `Bearer ${token}` }))).resolves.toEqual({ email: 'eva.berg@regionexempel.se' });
  });

  test('a v1 token (sts.windows.net issuer, upn) is accepted too', async () => {
    const token = await sign({ upn: 'olle@regionexempel.se', scp: 'access_as_user' }, { issuer: `https://sts.windows.net/${TENANT}/` });
    await expect(caller(requestWith({ authorization: `Bearer ${token}` }))).resolves.toEqual({ email: 'olle@regionexempel.se' });
  });

  test.each([
    ['no Authorization header', async () => ({}), 401, 'sign-in-required'],
    ['a token for another audience', async () => ({ authorization: `Bearer ${await sign({ preferred_username: 'a@b.se', scp: 'x' }, { audience: 'api://other' })}` }), 401, 'invalid-token'],
    ['a token from another tenant', async () => ({ authorization: `Bearer ${await sign({ preferred_username: 'a@b.se', scp: 'x' }, { issuer: 'https://login.microsoftonline.com/evil/v2.0' })}` }), 401, 'invalid-token'],
    ['an expired token', async () => ({ authorization: `Bearer ${await sign({ preferred_username: 'a@b.se', scp: 'x' }, { expiresIn: '-1m' })}` }), 401, 'invalid-token'],
    ['a token signed with an unpublished key', async () => ({ authorization: `Bearer ${strangerToken}` }), 401, 'invalid-token'],
    ['an app-only token (no scp)', async () => ({ authorization: `Bearer ${await sign({ preferred_username: 'a@b.se', roles: ['Sites.Selected'] })}` }), 403, 'user-token-required'],
    ['a user token without an e-mail claim', async () => ({ authorization: `Bearer ${await sign({ scp: 'access_as_user', oid: 'x' })}` }), 403, 'user-token-required']
  ])('refuses %s', async (_what, headers, status, code) => {
    const problem = await problemOf(caller(requestWith(await headers())));
    expect(problem.status).toBe(status);
    expect(problem.code).toBe(code);
  });

  test('locally, the workbench cookie names a demo identity; no cookie is 401, a stranger 403', async () => {
    const local = workbenchCaller();
    const email = DEMO_PERSONAS.employee.email;
    await expect(local(requestWith({ cookie: `${IDENTITY_COOKIE}=${encodeURIComponent(email)}` }))).resolves.toEqual({ email: email.toLowerCase() });
    expect((await problemOf(local(requestWith({})))).status).toBe(401);
    expect((await problemOf(local(requestWith({ cookie: `${IDENTITY_COOKIE}=mallory@evil.example` })))).status).toBe(403);
  });
});
