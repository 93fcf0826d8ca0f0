import { appOnlySharePointToken, certificateProblem, thumbprintSha256 } from '../../src/sharepoint/app-only-token';
import { EntraTokenEndpoint, OTHER_APP_CERTIFICATE_PEM, TEST_APP_CERTIFICATE } from '../support/entra-token-endpoint';

const TENANT = '4d6f6e61-7274-4c69-9e64-000000000001';
const CLIENT = '7a6b1c2d-0000-4000-8000-00000000a11c';
const SITE = 'https://region.sharepoint.com/sites/tillit';

describe('the app service\'s app-only token for SharePoint Online (README, Production; R-SEC-1)', () => {
  it('signs a client assertion with the certificate, for the site host\'s .default scope, and MSAL\'s cache answers the next ask', async () => {
    const entra = new EntraTokenEndpoint(TENANT);
    const token = appOnlySharePointToken(SITE, { tenantId: TENANT, clientId: CLIENT, ...TEST_APP_CERTIFICATE }, { networkClient: entra });

    expect(await token()).toBe(EntraTokenEndpoint.tokenNumber(1));
    expect(await token()).toBe(EntraTokenEndpoint.tokenNumber(1));

    expect(entra.requests).toHaveLength(1);
    const [request] = entra.requests;
    expect(request.url).toBe(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`);
    expect(request.scope.split(' ')).toContain('https://region.sharepoint.com/.default');
    expect(request.assertion).toMatchObject({ iss: CLIENT, sub: CLIENT, aud: request.url });
    expect(request.assertion.x5tS256).toBe(Buffer.from(thumbprintSha256(TEST_APP_CERTIFICATE.certificatePem), 'hex').toString('base64url'));
  });

  it('fails with Entra\'s words when the certificate is not the one registered for the app', async () => {
    const other = new EntraTokenEndpoint(TENANT, OTHER_APP_CERTIFICATE_PEM);
    const token = appOnlySharePointToken(SITE, { tenantId: TENANT, clientId: CLIENT, ...TEST_APP_CERTIFICATE }, { networkClient: other });
    await expect(token()).rejects.toThrow(/AADSTS700027/);
    expect(other.requests).toHaveLength(0);
  });

  it.each([
    ['a text that is no certificate', 'not a certificate', TEST_APP_CERTIFICATE.privateKeyPem, /is not a PEM certificate/],
    ['a key that is no key', TEST_APP_CERTIFICATE.certificatePem, 'not a key', /private key is not a PEM private key/]
  ])('names the problem with %s', (_case, certificatePem, privateKeyPem, expected) => {
    expect(certificateProblem(certificatePem, privateKeyPem)).toMatch(expected);
  });

  it('finds nothing wrong with a certificate and its own key', () => {
    expect(certificateProblem(TEST_APP_CERTIFICATE.certificatePem, TEST_APP_CERTIFICATE.privateKeyPem)).toBeUndefined();
  });
});
