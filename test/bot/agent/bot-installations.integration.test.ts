import { BotInstallations, type InstallationEvent } from '../../../bot/agent/bot-installations';
import { ValidationError } from '../../../src/domain/shared/errors';
import { openLocalTestSite, type TestSite } from '../../sharepoint/repositories/test-site';

/** BotInstallations against the local SharePoint (issue 9): one item per person, written with ETags, never lost or doubled. */
let site: TestSite;
let clock = new Date('2026-11-30T08:00:00Z');
let installations: BotInstallations;
const logged: string[] = [];

beforeAll(async () => {
  site = await openLocalTestSite();
  installations = new BotInstallations({ registers: site.repositories, now: () => clock, log: (line) => logged.push(line) });
}, 180_000);

afterAll(async () => {
  await site?.close();
});

const ANNA: InstallationEvent = {
  email: 'Anna.Berg@regionexempel.se',
  aadObjectId: '0b7e1f52-1a2b-4c3d-8e9f-000000000001',
  teamsUserId: '29:anna',
  conversationReference: { conversation: { id: 'a:anna-personal', conversationType: 'personal' }, serviceUrl: 'https://smba.trafficmanager.net/emea/' },
  locale: 'sv-SE',
  scope: 'personal'
};
const BO: InstallationEvent = { ...ANNA, email: 'bo.ek@regionexempel.se', aadObjectId: '0b7e1f52-1a2b-4c3d-8e9f-000000000002', teamsUserId: '29:bo', scope: 'team', teamId: '19:team@thread.tacv2', locale: undefined };

test('a personal install is recorded by e-mail (lower case) and Entra id, with the Teams locale; a team membership never replaces it', async () => {
  await installations.record(ANNA);
  const stored = await installations.byEmail('anna.berg@regionexempel.se');
  expect(stored).toMatchObject({ email: 'anna.berg@regionexempel.se', aadObjectId: ANNA.aadObjectId, scope: 'personal', locale: 'sv-SE', installedAt: '2026-11-30T08:00:00Z' });
  expect(stored?.conversationReference).toEqual(ANNA.conversationReference);

  await installations.record({ ...ANNA, scope: 'team', teamId: BO.teamId, conversationReference: { conversation: { id: 'team' } } });
  expect(await installations.byAadObjectId(ANNA.aadObjectId)).toMatchObject({ scope: 'personal', conversationReference: ANNA.conversationReference });
});

test('the locale is kept when a message carries another one, and only then written', async () => {
  const stored = await installations.byEmail(ANNA.email);
  if (stored === undefined) throw new Error('not recorded');
  await installations.keepLocale(stored, 'en-GB');
  expect((await installations.byEmail(ANNA.email))?.locale).toBe('en-GB');
  await installations.keepLocale({ ...stored, locale: 'en-GB' }, 'not a tag!');
  expect((await installations.byEmail(ANNA.email))?.locale).toBe('en-GB');
});

test('a send answered 403/404 marks the installation stale (the sender skips it); installing again clears the mark', async () => {
  expect(await installations.markStale(ANNA.email, '403 Forbidden: the app is not installed for the user')).toBe(true);
  const stale = await installations.byEmail(ANNA.email);
  expect(stale).toMatchObject({ staleAt: '2026-11-30T08:00:00Z', staleReason: '403 Forbidden: the app is not installed for the user' });
  expect(BotInstallations.isReachable(stale ?? (undefined as never))).toBe(false);
  expect(await installations.markStale('nobody@regionexempel.se', '404')).toBe(false);

  clock = new Date('2026-12-01T09:00:00Z');
  await installations.record(ANNA);
  const renewed = await installations.byEmail(ANNA.email);
  expect(renewed).toMatchObject({ installedAt: '2026-12-01T09:00:00Z' });
  expect(renewed?.staleAt).toBeUndefined();
  expect(BotInstallations.isReachable(renewed ?? (undefined as never))).toBe(true);
});

test('team members are recorded with the team, and forgotten when the bot leaves the team (personal installs stay)', async () => {
  await installations.record(BO);
  expect(await installations.byEmail(BO.email)).toMatchObject({ scope: 'team', teamId: BO.teamId });
  expect(await installations.forgetTeam(BO.teamId ?? '')).toBe(1);
  expect((await installations.byEmail(BO.email))?.uninstalledAt).toBe('2026-12-01T09:00:00Z');
  expect((await installations.byEmail(ANNA.email))?.uninstalledAt).toBeUndefined();
});

test('a personal uninstall forgets the chat; two installs at once leave one item', async () => {
  await installations.forgetPersonal(ANNA.aadObjectId);
  expect((await installations.byEmail(ANNA.email))?.uninstalledAt).toBe('2026-12-01T09:00:00Z');
  await Promise.all([installations.record(ANNA), installations.record({ ...ANNA, locale: 'en-US' })]);
  const all = (await site.repositories.botInstallations.readAll()).valid.filter((item) => item.aadObjectId === ANNA.aadObjectId);
  expect(all).toHaveLength(1);
  expect(all[0].uninstalledAt).toBeUndefined();
});

test('what comes in is validated: a bad e-mail or an empty Entra id writes nothing', async () => {
  const before = (await site.repositories.botInstallations.readAll()).valid.length;
  await expect(installations.record({ ...ANNA, email: 'not-an-email', aadObjectId: 'x-1' })).rejects.toBeInstanceOf(ValidationError);
  await expect(installations.record({ ...ANNA, aadObjectId: ' ' })).rejects.toBeInstanceOf(ValidationError);
  expect((await site.repositories.botInstallations.readAll()).valid.length).toBe(before);
});
