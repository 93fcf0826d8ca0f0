import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/views';
import '@pnp/sp/batching';
import { startLocalSharePoint, type LocalSharePoint, type LocalSharePointOptions } from '../../../src/local-sharepoint/local-sharepoint-server';
import { SITE_ADMIN_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { membershipLogin } from '../../../src/local-sharepoint/store/site-store';
import type { RetryPolicy } from '../../../src/sharepoint/resilient-fetch';
import { connectToSite, localToken } from '../../../src/sharepoint/sp-factory';

/**
 * Shared by the conformance tests: a stand-in site on a free port and an @pnp/sp client signed in
 * as a given person, built with Tillit's own factory (src/sharepoint/sp-factory.ts), so the tests
 * exercise exactly the stack production code uses against SharePoint Online.
 */

export const ADMIN = SITE_ADMIN_EMAIL;
export const ANNA = 'anna.berg@regionexempel.se';
export const BO = 'bo.ek@regionexempel.se';
export const CECILIA = 'cecilia.holm@regionexempel.se';

export const DIRECTORY = [
  { email: ANNA, title: 'Anna Berg' },
  { email: BO, title: 'Bo Ek' },
  { email: CECILIA, title: 'Cecilia Holm' }
];

/** SharePoint Online's built-in permission levels (role definition ids). */
export const ROLE = { read: 1073741826, contribute: 1073741827, edit: 1073741830, fullControl: 1073741829 } as const;

/**
 * No retries: a 429 the test did not ask for fails the test instead of being hidden, and the
 * fault tests choose their own policy.
 */
export const NO_RETRIES: RetryPolicy = { retries: 0, baseDelayMs: 0, maxDelayMs: 0 };

export { membershipLogin };

export interface ConformanceSite {
  readonly site: LocalSharePoint;
  /** An @pnp/sp client signed in as `email` (`Authorization: Bearer local:<email>`). */
  spAs(email: string, retry?: RetryPolicy): SPFI;
  close(): Promise<void>;
}

export async function startSite(options: Partial<LocalSharePointOptions> = {}): Promise<ConformanceSite> {
  const site = await startLocalSharePoint({ port: 0, dataDir: ':memory:', directory: DIRECTORY, ...options });
  return {
    site,
    spAs: (email, retry = NO_RETRIES) => connectToSite({ siteUrl: site.siteUrl, token: localToken(email), retry }),
    close: () => site.close()
  };
}

/** A failed SharePoint call as the test reads it: HTTP status, SharePoint's error code and message. */
export interface Failure {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly headers: Headers;
}

interface HttpRequestErrorShape {
  readonly isHttpRequestError: true;
  readonly status: number;
  readonly message: string;
  readonly response: Response;
}

function isHttpRequestError(error: unknown): error is HttpRequestErrorShape {
  return typeof error === 'object' && error !== null && (error as { isHttpRequestError?: unknown }).isHttpRequestError === true;
}

/** Awaits a call that must fail with an HTTP error and returns SharePoint's error body; a success fails the test. */
export async function failureOf(call: Promise<unknown>): Promise<Failure> {
  let result: unknown;
  try {
    result = await call;
  } catch (error) {
    if (!isHttpRequestError(error)) throw error;
    // pnp keeps the raw body after '::> ' in its message (parsers.js, HttpRequestError.init).
    const raw = error.message.split('::> ')[1] ?? '';
    let code = '';
    let message = raw;
    try {
      const parsed = JSON.parse(raw) as {
        'odata.error'?: { code?: string; message?: { value?: string } };
        error?: { code?: string; message?: { value?: string } };
        error_description?: string;
      };
      const body = parsed['odata.error'] ?? parsed.error;
      code = body?.code ?? '';
      message = body?.message?.value ?? parsed.error_description ?? raw;
    } catch {
      // Not JSON: the raw text is the message.
    }
    return { status: error.status, code, message, headers: error.response.headers };
  }
  throw new Error(`Expected the call to fail, but it succeeded with ${JSON.stringify(result)}`);
}

/** Adds the person to the site and gives them a permission level on the whole site, as a site owner would. */
export async function grantOnSite(admin: SPFI, email: string, roleDefId: number): Promise<number> {
  const user = await admin.web.ensureUser(membershipLogin(email));
  await admin.web.roleAssignments.add(user.Id, roleDefId);
  return user.Id;
}
