import { botAuthSettingsFrom, isProduction } from '../../../bot/agent/bot-auth-settings';
import { botAdapter } from '../../../bot/agent/bot-adapter';

const CLIENT = '3f2d1c0b-9a8b-4c7d-8e6f-5a4b3c2d1e0f';
const TENANT = '7c9a4c55-3d56-4e5f-9b0a-1e2d3c4b5a69';

describe('the bot\'s settings (R-SEC-1: anonymous only locally)', () => {
  test('no client id and not production: anonymous (Agents Playground)', () => {
    expect(botAuthSettingsFrom({ NODE_ENV: 'development' })).toEqual({ mode: 'anonymous' });
    expect(botAuthSettingsFrom({})).toEqual({ mode: 'anonymous' });
  });

  test('production without a client id is refused, naming the setting', () => {
    expect(() => botAuthSettingsFrom({ NODE_ENV: 'production' })).toThrow(/TILLIT_BOT_CLIENT_ID.*required in production/);
  });

  test('a client id with its tenant and one credential: the Bot Service', () => {
    expect(botAuthSettingsFrom({ TILLIT_BOT_CLIENT_ID: CLIENT, TILLIT_BOT_TENANT_ID: TENANT, TILLIT_BOT_CLIENT_SECRET: 's3cret', NODE_ENV: 'production' })).toEqual({
      mode: 'bot-service',
      clientId: CLIENT,
      tenantId: TENANT,
      credential: { kind: 'secret', clientSecret: 's3cret' },
      authorityEndpoint: undefined
    });
    expect(botAuthSettingsFrom({ TILLIT_BOT_CLIENT_ID: CLIENT, TILLIT_BOT_TENANT_ID: TENANT, TILLIT_BOT_CERT_PEM_FILE: '/k/cert.pem', TILLIT_BOT_CERT_KEY_FILE: '/k/key.pem' })).toMatchObject({
      credential: { kind: 'certificate', certPemFile: '/k/cert.pem', certKeyFile: '/k/key.pem' }
    });
  });

  test.each([
    [{ TILLIT_BOT_CLIENT_ID: 'not-a-guid', TILLIT_BOT_TENANT_ID: TENANT, TILLIT_BOT_CLIENT_SECRET: 's' }, /TILLIT_BOT_CLIENT_ID.*GUID/],
    [{ TILLIT_BOT_CLIENT_ID: CLIENT, TILLIT_BOT_CLIENT_SECRET: 's' }, /TILLIT_BOT_TENANT_ID.*required/],
    [{ TILLIT_BOT_CLIENT_ID: CLIENT, TILLIT_BOT_TENANT_ID: TENANT }, /exactly one credential/],
    [{ TILLIT_BOT_CLIENT_ID: CLIENT, TILLIT_BOT_TENANT_ID: TENANT, TILLIT_BOT_CLIENT_SECRET: 's', TILLIT_BOT_CERT_PEM_FILE: '/c' }, /exactly one credential/],
    [{ TILLIT_BOT_CLIENT_ID: CLIENT, TILLIT_BOT_TENANT_ID: TENANT, TILLIT_BOT_CERT_PEM_FILE: '/c' }, /TILLIT_BOT_CERT_KEY_FILE/],
    [{ TILLIT_BOT_TENANT_ID: TENANT }, /TILLIT_BOT_TENANT_ID.*TILLIT_BOT_CLIENT_ID is not/],
    [{ TILLIT_BOT_CLIENT_ID: CLIENT, TILLIT_BOT_TENANT_ID: TENANT, TILLIT_BOT_CLIENT_SECRET: 's', TILLIT_BOT_AUTHORITY: 'login' }, /TILLIT_BOT_AUTHORITY.*URL/]
  ])('%j is refused with a clear error', (env, message) => {
    expect(() => botAuthSettingsFrom(env)).toThrow(message);
  });

  test('production is NODE_ENV=production', () => {
    expect(isProduction({ NODE_ENV: 'production' })).toBe(true);
    expect(isProduction({ NODE_ENV: 'test' })).toBe(false);
  });

  test('the adapter is the app configured, whatever the SDK found in the environment at load', () => {
    expect(botAdapter({ mode: 'anonymous' }).getClientId()).toBeUndefined();
    expect(botAdapter({ mode: 'bot-service', clientId: CLIENT, tenantId: TENANT, credential: { kind: 'secret', clientSecret: 's' } }).getClientId()).toBe(CLIENT);
  });
});
