import type { Request } from 'express';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { requireIdentity } from '../local/identity-cookie';
import { HttpProblem } from './http-problem';

/**
 * Who calls the app service's API: the person whose own sign-in the request carries. Everything the
 * API does for a person (sign an acknowledgement, snooze a reminder, report an incident, list what
 * they owe) acts on this identity and no other, whatever the request's body says (R-ACK, R-SEC-1).
 */
export interface Caller {
  /** Lower-case e-mail (UPN) as the registers store people. */
  readonly email: string;
}

export type CallerOf = (request: Request) => Promise<Caller>;

/** Locally: the workbench's demo identity from its HttpOnly, SameSite=Strict cookie (loopback only). */
export function workbenchCaller(): CallerOf {
  // async: a missing or unknown identity rejects the promise, as every CallerOf does, rather than throwing.
  return async (request) => ({ email: requireIdentity(request).email.toLowerCase() });
}

export interface EntraCallerOptions {
  /** The Entra tenant (directory) id: tokens from any other tenant are refused. */
  readonly tenantId: string;
  /** The app service's application ID URI or client id, the `aud` SPFx's AadHttpClient asks a token for. */
  readonly audience: string | readonly string[];
  /** Tests hand in their own keys; production fetches Entra's published signing keys (cached by jose). */
  readonly keys?: JWTVerifyGetKey;
  /** Entra's sign-in host (another only for a national cloud): where the keys are published and the v2.0 issuer. */
  readonly authorityHost?: string;
}

/** The claims Tillit reads from a v2.0 access token; `scp` proves a delegated (user) token, not an app's. */
const userTokenClaimsSchema = z.object({
  preferred_username: z.string().email().optional(),
  upn: z.string().email().optional(),
  scp: z.string().min(1, 'a delegated token (with scp) is required')
});

/**
 * On SharePoint Online pages and in Teams: the bearer token SPFx's AadHttpClient sends, verified
 * against Entra ID's signing keys, tenant (issuer) and audience. The caller is the token's user.
 */
export function entraCaller(options: EntraCallerOptions): CallerOf {
  const authorityHost = options.authorityHost ?? 'https://login.microsoftonline.com';
  const keys = options.keys ?? createRemoteJWKSet(new URL(`${authorityHost}/${options.tenantId}/discovery/v2.0/keys`));
  const issuer = [`${authorityHost}/${options.tenantId}/v2.0`, `https://sts.windows.net/${options.tenantId}/`];
  return async (request) => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new HttpProblem(401, 'sign-in-required', 'The request carries no bearer token for the Tillit app service.');
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(match[1], keys, { issuer, audience: typeof options.audience === 'string' ? options.audience : [...options.audience] }));
    } catch (error) {
      throw new HttpProblem(401, 'invalid-token', `The bearer token was not accepted: ${error instanceof Error ? error.message : String(error)}`);
    }
    const claims = userTokenClaimsSchema.safeParse(payload);
    const email = claims.success ? (claims.data.preferred_username ?? claims.data.upn) : undefined;
    if (email === undefined) throw new HttpProblem(403, 'user-token-required', 'The token is not a user token with an e-mail (preferred_username or upn) and a scope.');
    return { email: email.toLowerCase() };
  };
}
