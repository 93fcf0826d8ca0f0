import type { Request, Response } from 'express';
import { workbenchEmailSchema, workbenchIdentityOf, type WorkbenchIdentity } from '../../src/workbench/workbench-identities';
import { HttpProblem } from '../http/http-problem';

/** The cookie that names the workbench's demo identity: an e-mail, never a token (the app service adds the token). */
export const IDENTITY_COOKIE = 'tillit-workbench-identity';

/** The raw value of one cookie from the Cookie header, or undefined. */
export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    const raw = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      // A malformed escape is no e-mail of ours: the caller treats the cookie as naming an unknown identity.
      return raw;
    }
  }
  return undefined;
}

export type IdentityInCookie = { readonly state: 'absent' } | { readonly state: 'unknown'; readonly value: string } | { readonly state: 'known'; readonly identity: WorkbenchIdentity };

/** Reads the identity cookie and checks it against the demo identities (zod). */
export function identityInCookie(request: Request): IdentityInCookie {
  const value = cookieValue(request.headers.cookie, IDENTITY_COOKIE);
  if (value === undefined || value === '') return { state: 'absent' };
  const parsed = workbenchEmailSchema.safeParse(value);
  const identity = parsed.success ? workbenchIdentityOf(parsed.data) : undefined;
  return identity ? { state: 'known', identity } : { state: 'unknown', value };
}

/** The identity for a request that acts as someone: absent → 401, unknown → 403 (the pass-through signs in no one else). */
export function requireIdentity(request: Request): WorkbenchIdentity {
  const found = identityInCookie(request);
  if (found.state === 'absent') throw new HttpProblem(401, 'identity-required', 'Choose a demo identity in the workbench (/workbench/) first.');
  if (found.state === 'unknown') throw new HttpProblem(403, 'unknown-identity', `"${found.value.slice(0, 100)}" is not one of the workbench's demo identities.`);
  return found.identity;
}

export function setIdentityCookie(response: Response, identity: WorkbenchIdentity): void {
  // HttpOnly: page scripts never read it; SameSite=Strict: another site's page cannot make the browser send it.
  response.cookie(IDENTITY_COOKIE, identity.email, { httpOnly: true, sameSite: 'strict', path: '/' });
}
