import { createPrivateKey, X509Certificate } from 'node:crypto';
import { ConfidentialClientApplication, type INetworkModule } from '@azure/msal-node';

/**
 * The app service's own identity on SharePoint Online (README, "Production"): an Entra app granted
 * `Sites.Selected` with full control of the Tillit site, signing in with a certificate. SharePoint
 * refuses app-only tokens got with a client secret ("Unsupported app only token"), so a certificate
 * is the only credential offered here.
 */
export interface AppOnlyCredential {
  /** The region's Entra tenant (directory) id. */
  readonly tenantId: string;
  /** The app registration's client id. */
  readonly clientId: string;
  /** The certificate registered on the app, PEM. */
  readonly certificatePem: string;
  /** Its private key, PEM (PKCS#8 or PKCS#1). */
  readonly privateKeyPem: string;
  /** Entra's sign-in host; another only for a national cloud. */
  readonly authorityHost?: string;
}

export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';

/** Why a certificate and key cannot sign in, in words for the operator; undefined when they can. */
export function certificateProblem(certificatePem: string, privateKeyPem: string): string | undefined {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certificatePem);
  } catch (error) {
    return `is not a PEM certificate (${error instanceof Error ? error.message : String(error)})`;
  }
  let key;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch (error) {
    return `its private key is not a PEM private key (${error instanceof Error ? error.message : String(error)})`;
  }
  if (!certificate.checkPrivateKey(key)) return 'the private key does not belong to the certificate';
  if (Date.parse(certificate.validTo) < Date.now()) return `the certificate expired on ${certificate.validTo}`;
  return undefined;
}

/** The SHA-256 thumbprint Entra matches the assertion's `x5t#S256` header against: hex, no colons. */
export function thumbprintSha256(certificatePem: string): string {
  return new X509Certificate(certificatePem).fingerprint256.replace(/:/g, '');
}

/**
 * An access token for the site's SharePoint host (`https://region.sharepoint.com/.default`), asked
 * for before every request as SiteConnection wants: MSAL keeps the token in its cache and asks Entra
 * for a new one only when it is near expiry, so this costs a network call about once an hour.
 * `networkClient` is MSAL's own extension point; the tests answer as Entra's token endpoint there.
 */
export function appOnlySharePointToken(siteUrl: string, credential: AppOnlyCredential, options: { readonly networkClient?: INetworkModule } = {}): () => Promise<string> {
  const scope = `${new URL(siteUrl).origin}/.default`;
  const application = new ConfidentialClientApplication({
    auth: {
      clientId: credential.clientId,
      authority: `${credential.authorityHost ?? DEFAULT_AUTHORITY_HOST}/${credential.tenantId}`,
      clientCertificate: { thumbprintSha256: thumbprintSha256(credential.certificatePem), privateKey: credential.privateKeyPem, x5c: credential.certificatePem }
    },
    ...(options.networkClient === undefined ? {} : { system: { networkClient: options.networkClient } })
  });
  return async () => {
    const result = await application.acquireTokenByClientCredential({ scopes: [scope] });
    if (result === null || result.accessToken === '') throw new Error(`Entra ID gave no access token for ${scope} (app ${credential.clientId}).`);
    return result.accessToken;
  };
}
