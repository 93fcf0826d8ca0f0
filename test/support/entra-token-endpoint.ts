import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { decodeProtectedHeader, importX509, jwtVerify } from 'jose';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/** The test app's certificate and key (self-signed, made for these tests only; no tenant trusts it). */
export const TEST_APP_CERTIFICATE = {
  certificatePem: readFileSync(join(__dirname, '..', 'fixtures', 'app-certificate', 'cert.pem'), 'utf8'),
  privateKeyPem: readFileSync(join(__dirname, '..', 'fixtures', 'app-certificate', 'key.pem'), 'utf8')
};

/** A certificate of another app: an assertion signed with TEST_APP_CERTIFICATE's key does not verify against it. */
export const OTHER_APP_CERTIFICATE_PEM = readFileSync(join(__dirname, '..', 'fixtures', 'app-certificate', 'other-cert.pem'), 'utf8');

export interface TokenRequestSeen {
  /** The token endpoint, without its query. */
  readonly url: string;
  readonly scope: string;
  /** The client assertion's claims, after its signature was verified with the registered certificate. */
  readonly assertion: { readonly iss: unknown; readonly sub: unknown; readonly aud: unknown; readonly x5tS256: unknown; readonly alg: unknown };
}

/**
 * Entra ID's token endpoint as MSAL's network client (INetworkModule, MSAL's own extension point):
 * it answers the client-credentials grant the way Entra does for a certificate credential, after
 * checking the client assertion's signature against the certificate registered for the app. Any
 * metadata MSAL asks for over GET is answered with Entra's documented shapes. Tests read `requests`.
 */
export class EntraTokenEndpoint implements INetworkModule {
  readonly requests: TokenRequestSeen[] = [];
  private issued = 0;

  constructor(
    private readonly tenantId: string,
    private readonly registeredCertificatePem: string = TEST_APP_CERTIFICATE.certificatePem
  ) {}

  /** The access token the nth grant (1-based) answers with. */
  static tokenNumber(n: number): string {
    return `test-app-only-token-${n}`;
  }

  async sendGetRequestAsync<T>(url: string): Promise<NetworkResponse<T>> {
    const authority = `https://login.microsoftonline.com/${this.tenantId}`;
    if (url.includes('/discovery/instance')) {
      const body = { tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`, metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net'] }] };
      return { status: 200, headers: {}, body: body as T };
    }
    if (url.includes('openid-configuration')) {
      const body = {
        token_endpoint: `${authority}/oauth2/v2.0/token`,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
        issuer: `${authority}/v2.0`,
        jwks_uri: `${authority}/discovery/v2.0/keys`
      };
      return { status: 200, headers: {}, body: body as T };
    }
    return { status: 404, headers: {}, body: { error: 'not_found' } as T };
  }

  async sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const form = new URLSearchParams(options?.body ?? '');
    const assertion = form.get('client_assertion') ?? '';
    if (form.get('grant_type') !== 'client_credentials' || form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
      return this.error<T>('unsupported_grant_type', 'a certificate client-credentials grant was expected');
    }
    let claims;
    let header;
    try {
      // MSAL signs with PS256 when it has the SHA-256 thumbprint, RS256 with the old SHA-1 one; Entra takes either.
      header = decodeProtectedHeader(assertion);
      const key = await importX509(new X509Certificate(this.registeredCertificatePem).toString(), header.alg ?? 'RS256');
      // Entra wants the token endpoint itself as the audience (without the query MSAL adds) and allows 5 minutes of clock skew.
      ({ payload: claims } = await jwtVerify(assertion, key, { audience: url.split('?')[0], clockTolerance: '5 minutes' }));
    } catch (error) {
      return this.error<T>('invalid_client', `AADSTS700027: the client assertion failed signature validation (${error instanceof Error ? error.message : String(error)})`);
    }
    this.requests.push({ url: url.split('?')[0], scope: form.get('scope') ?? '', assertion: { iss: claims.iss, sub: claims.sub, aud: claims.aud, x5tS256: header['x5t#S256'], alg: header.alg } });
    this.issued += 1;
    const body = { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: EntraTokenEndpoint.tokenNumber(this.issued) };
    return { status: 200, headers: { 'content-type': 'application/json' }, body: body as T };
  }

  private error<T>(error: string, description: string): NetworkResponse<T> {
    return { status: 401, headers: {}, body: { error, error_description: description, error_codes: [700027] } as T };
  }
}
