import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { productionSettingsFrom } from '../../../bot/production/production-settings';
import { ValidationError } from '../../../src/domain/shared/errors';
import { OTHER_APP_CERTIFICATE_PEM } from '../../support/entra-token-endpoint';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'app-certificate');
const TENANT = '4d6f6e61-7274-4c69-9e64-000000000001';

/** A complete production environment (README, "Production"); each test spoils one part. */
function completeEnvironment(): NodeJS.ProcessEnv {
  return {
    TILLIT_SITE_URL: 'https://region.sharepoint.com/sites/tillit',
    TILLIT_TENANT_ID: TENANT,
    TILLIT_APP_CLIENT_ID: '7a6b1c2d-0000-4000-8000-00000000a11c',
    TILLIT_APP_CERT_PEM_FILE: join(FIXTURES, 'cert.pem'),
    TILLIT_APP_CERT_KEY_FILE: join(FIXTURES, 'key.pem'),
    TILLIT_ACKNOWLEDGEMENT_KEY: Buffer.alloc(32, 7).toString('base64'),
    TILLIT_BOT_CLIENT_ID: '3f2d1c0b-9a8b-4c7d-8e6f-5a4b3c2d1e0f',
    TILLIT_BOT_TENANT_ID: TENANT,
    TILLIT_BOT_CLIENT_SECRET: 'bot-secret'
  };
}

function issuesOf(env: NodeJS.ProcessEnv): string[] {
  try {
    productionSettingsFrom(env);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    throw error;
  }
  throw new Error('the settings were accepted');
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tillit-production-settings-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the production settings (README, Production; R-SEC-1, R-SEC-4)', () => {
  it('reads a complete environment, with the defaults for what is optional', () => {
    const settings = productionSettingsFrom(completeEnvironment());
    expect(settings).toMatchObject({
      siteUrl: 'https://region.sharepoint.com/sites/tillit',
      apiAudience: ['7a6b1c2d-0000-4000-8000-00000000a11c', 'api://7a6b1c2d-0000-4000-8000-00000000a11c'],
      myTasksUrl: 'https://region.sharepoint.com/sites/tillit',
      host: '127.0.0.1',
      port: 3978,
      bot: { mode: 'bot-service', clientId: '3f2d1c0b-9a8b-4c7d-8e6f-5a4b3c2d1e0f' },
      app: { tenantId: TENANT, clientId: '7a6b1c2d-0000-4000-8000-00000000a11c', authorityHost: 'https://login.microsoftonline.com' }
    });
    expect(settings.acknowledgementKey).toHaveLength(32);
    expect(settings.config.timeZone).toBe('Europe/Stockholm');
  });

  it('names every missing setting at once, the bot\'s included, even without NODE_ENV=production', () => {
    const issues = issuesOf({});
    for (const name of ['TILLIT_SITE_URL', 'TILLIT_TENANT_ID', 'TILLIT_APP_CLIENT_ID', 'TILLIT_APP_CERT_PEM_FILE', 'TILLIT_APP_CERT_KEY_FILE', 'TILLIT_ACKNOWLEDGEMENT_KEY', 'TILLIT_BOT_CLIENT_ID']) {
      expect(issues.some((issue) => issue.startsWith(`${name}:`))).toBe(true);
    }
  });

  it.each<[string, NodeJS.ProcessEnv, RegExp]>([
    ['a local site', { TILLIT_SITE_URL: 'http://127.0.0.1:4321/sites/tillit' }, /TILLIT_SITE_URL: must be the SharePoint Online site/],
    ['a key too short', { TILLIT_ACKNOWLEDGEMENT_KEY: Buffer.alloc(8).toString('base64') }, /TILLIT_ACKNOWLEDGEMENT_KEY: must be at least 32 bytes/],
    ['a tenant that is no GUID', { TILLIT_TENANT_ID: 'region.onmicrosoft.com' }, /TILLIT_TENANT_ID: must be a GUID/],
    ['a certificate file that is not there', { TILLIT_APP_CERT_PEM_FILE: '/nonexistent/cert.pem' }, /TILLIT_APP_CERT_PEM_FILE: cannot be read \(\/nonexistent\/cert.pem\)/],
    ['a key of another certificate', { TILLIT_APP_CERT_PEM_FILE: 'OTHER' }, /TILLIT_APP_CERT_PEM_FILE: the private key does not belong to the certificate/],
    ['an http My tasks page', { TILLIT_MY_TASKS_URL: 'http://region.sharepoint.com/x' }, /TILLIT_MY_TASKS_URL: must be an https:\/\/ URL/],
    ['a bot without its credential', { TILLIT_BOT_CLIENT_SECRET: undefined }, /TILLIT_BOT_CLIENT_SECRET: give exactly one credential/],
    ['a host that is no address', { TILLIT_APP_HOST: 'everywhere' }, /TILLIT_APP_HOST: must be an IP address/]
  ])('refuses %s, naming the setting', (_case, change, expected) => {
    const env = { ...completeEnvironment(), ...change };
    if (env.TILLIT_APP_CERT_PEM_FILE === 'OTHER') {
      env.TILLIT_APP_CERT_PEM_FILE = join(scratch, 'other-cert.pem');
      writeFileSync(env.TILLIT_APP_CERT_PEM_FILE, OTHER_APP_CERTIFICATE_PEM);
    }
    expect(issuesOf(env).join('\n')).toMatch(expected);
  });

  it('lays the region\'s configuration file over the defaults, and names a bad field in it', () => {
    const good = join(scratch, 'region.json');
    writeFileSync(good, JSON.stringify({ nudgeRun: { dailyAt: '07:30' } }));
    expect(productionSettingsFrom({ ...completeEnvironment(), TILLIT_REGION_CONFIG_FILE: good }).config.nudgeRun.dailyAt).toBe('07:30');

    const bad = join(scratch, 'bad-region.json');
    writeFileSync(bad, JSON.stringify({ nudgeRun: { dailyAt: 'at dawn' } }));
    expect(issuesOf({ ...completeEnvironment(), TILLIT_REGION_CONFIG_FILE: bad }).join('\n')).toMatch(/^TILLIT_REGION_CONFIG_FILE nudgeRun\.dailyAt: /m);

    const notJson = join(scratch, 'not-json.json');
    writeFileSync(notJson, '{ nudgeRun: ');
    expect(issuesOf({ ...completeEnvironment(), TILLIT_REGION_CONFIG_FILE: notJson }).join('\n')).toMatch(/TILLIT_REGION_CONFIG_FILE: is not JSON/);
  });
});
