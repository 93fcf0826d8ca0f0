import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { LocalAdminClient } from '../../../src/local-sharepoint/local-admin-client';
import { startLocalSharePoint, type LocalSharePoint } from '../../../src/local-sharepoint/local-sharepoint-server';
import { SITE_ADMIN_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../../src/sharepoint/provisioning/provision-site';
import { registerRepositories, type RegisterRepositories } from '../../../src/sharepoint/repositories/register-repositories';
import { connectToSite, localToken, type SiteConnection } from '../../../src/sharepoint/sp-factory';

/**
 * Where the repository integration tests run (DESIGN.md habit 8): the local stand-in by default;
 * a real SharePoint Online site when TILLIT_SITE_URL and TILLIT_ACCESS_TOKEN are set — the same
 * tests. The real site must be a disposable test site: the tests add and delete items.
 */
export interface TestSite {
  readonly kind: 'local' | 'sharepoint-online';
  readonly siteUrl: string;
  readonly sitePath: string;
  readonly repositories: RegisterRepositories;
  readonly connection: SiteConnection;
  /** Local only: people the tests may sign in as. */
  readonly local: LocalSharePoint | undefined;
  close(): Promise<void>;
}

export const TEST_PEOPLE = [
  { email: 'anna.berg@regionexempel.se', title: 'Anna Berg' },
  { email: "sean.o'brien@regionexempel.se", title: "Seán O'Brien" },
  { email: 'bo.ek@regionexempel.se', title: 'Bo Ek' }
];

export function realTenantConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.TILLIT_SITE_URL && env.TILLIT_ACCESS_TOKEN);
}

export async function openLocalTestSite(): Promise<TestSite> {
  const local = await startLocalSharePoint({ port: 0, dataDir: ':memory:', directory: TEST_PEOPLE });
  const connection = { siteUrl: local.siteUrl, token: localToken(SITE_ADMIN_EMAIL), retry: { retries: 0, baseDelayMs: 0, maxDelayMs: 0 } };
  const sp = connectToSite(connection);
  await provisionSite(sp, DEFAULT_REGION_CONFIG);
  await new LocalAdminClient(local.siteUrl).addToDirectory(TEST_PEOPLE);
  return {
    kind: 'local',
    siteUrl: local.siteUrl,
    sitePath: '/sites/tillit',
    repositories: registerRepositories(sp, '/sites/tillit'),
    connection,
    local,
    close: () => local.close()
  };
}

export async function openRealTestSite(env: NodeJS.ProcessEnv = process.env): Promise<TestSite> {
  const siteUrl = String(env.TILLIT_SITE_URL).replace(/\/$/, '');
  const token = String(env.TILLIT_ACCESS_TOKEN);
  const connection = { siteUrl, token: () => Promise.resolve(token) };
  const sp = connectToSite(connection);
  await provisionSite(sp, DEFAULT_REGION_CONFIG);
  const sitePath = new URL(siteUrl).pathname;
  return { kind: 'sharepoint-online', siteUrl, sitePath, repositories: registerRepositories(sp, sitePath), connection, local: undefined, close: () => Promise.resolve() };
}
