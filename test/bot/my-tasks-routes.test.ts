import type { Request } from 'express';
import { appApiServices, type AppApiServices } from '../../bot/api/app-api-services';
import { startAppService, type AppService } from '../../bot/app-service';
import type { BuildReport } from '../../bot/browser-bundles';
import { HttpProblem } from '../../bot/http/http-problem';
import { seedDemoRegion } from '../../src/cli/seed-demo-region';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { myTasksAnswerSchema, snoozeAnswerSchema } from '../../src/contracts/my-tasks';
import { DEMO_PERSONAS } from '../../src/demo/demo-personas';
import { planNudges, type Digest } from '../../src/domain/nudges/nudge-plan';
import { isoDate } from '../../src/domain/shared/calendar';
import { startLocalSharePoint, type LocalSharePoint } from '../../src/local-sharepoint/local-sharepoint-server';
import { APP_PRINCIPAL_EMAIL, LOCAL_SITE_PATH, SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';
import { provisionSite } from '../../src/sharepoint/provisioning/provision-site';
import { registerRepositories, type RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { readSnapshot } from '../../src/sharepoint/repositories/snapshot-reader';
import { connectToSite, localToken } from '../../src/sharepoint/sp-factory';
import { hmacSeal } from '../../src/cli/acknowledgement-key';
import { httpCall } from './http-call';

/*
 * GET /api/my-tasks and POST /api/snoozes on the app service against the local SharePoint with a
 * small demo region: the caller's digest is the domain's plan for them (R-NDG-1..3), a snooze hides
 * only an item of the caller's own digest (R-NDG-2, R-SEC-1) and is kept as a record (R-SEC-4).
 * The caller comes from a test header here; the real callers (cookie, Entra token) are tested in
 * app-service.test.ts and caller-identity tests.
 */
const AS_OF = isoDate('2026-11-23');
const OWNER = DEMO_PERSONAS.informationOwner.email;

function stubBundles(outDir: string): Promise<BuildReport> {
  return Promise.resolve({ outDir, bundles: [], milliseconds: 0, reused: true });
}

const testCaller = (request: Request): Promise<{ email: string }> => {
  const email = request.headers['x-test-caller'];
  if (typeof email !== 'string') return Promise.reject(new HttpProblem(401, 'sign-in-required', 'no caller'));
  return Promise.resolve({ email });
};

describe('My tasks on the app service (R-NDG-1, R-NDG-2, R-NDG-3, R-SEC-1)', () => {
  let site: LocalSharePoint;
  let service: AppService;
  let api: AppApiServices;
  let admin: RegisterRepositories;
  let digests: Map<string, Digest>;

  const get = async (email: string): Promise<ReturnType<typeof myTasksAnswerSchema.parse>> => {
    const answer = await httpCall(`${service.url}/api/my-tasks`, { headers: { 'x-test-caller': email } });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    return myTasksAnswerSchema.parse(JSON.parse(answer.body));
  };
  const snooze = (email: string, body: unknown): ReturnType<typeof httpCall> =>
    httpCall(`${service.url}/api/snoozes`, { method: 'POST', headers: { 'x-test-caller': email, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const storedSnoozes = async (): Promise<number> => (await admin.snoozes.readAll()).valid.length;

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
    const connection = { siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL) };
    await provisionSite(connectToSite(connection), DEFAULT_REGION_CONFIG);
    await seedDemoRegion(connection, { asOf: AS_OF, scale: 0.02, seed: 3, seal: hmacSeal(Buffer.alloc(32, 5)) }, DEFAULT_REGION_CONFIG, () => undefined);
    admin = registerRepositories(connectToSite(connection), LOCAL_SITE_PATH);
    const { snapshot } = await readSnapshot(admin);
    digests = new Map(planNudges(snapshot, DEFAULT_REGION_CONFIG, { firstSentOn: new Map() }, AS_OF).digests.map((digest) => [digest.recipientEmail, digest]));
    // 08:00 in Stockholm on the demo's day.
    api = appApiServices({ siteUrl: site.siteUrl, token: localToken(APP_PRINCIPAL_EMAIL), callerOf: testCaller, config: DEFAULT_REGION_CONFIG, log: () => undefined, now: () => new Date('2026-11-23T07:00:00Z') });
    service = await startAppService({ port: 0, prepareBundles: stubBundles, bundleDir: '/tmp', api, log: () => undefined });
  }, 180_000);

  afterAll(async () => {
    await service?.close();
    await site?.close();
  });

  test('the information owner\'s tasks are the domain\'s plan for her, in its order, with names from the roster', async () => {
    const mine = await get(OWNER);
    const planned = digests.get(OWNER);
    expect(planned?.owed.length).toBeGreaterThan(0);
    expect(mine.asOf).toBe(AS_OF);
    expect(mine.email).toBe(OWNER);
    expect(mine.owed.map((item) => item.key)).toEqual(planned?.owed.map((item) => item.key));
    expect(mine.escalated.map((item) => item.key)).toEqual(planned?.escalated.map((item) => item.key));
    expect(mine.owed[0].responsibleName).toBe(`${DEMO_PERSONAS.informationOwner.firstName} ${DEMO_PERSONAS.informationOwner.lastName}`);
    expect(mine.snoozeDays).toEqual([7, 14, 30]);
    expect(mine.snoozedCount).toBe(0);
  }, 60_000); // The first request reads the day's plan cold: seconds on a loaded machine.

  test('someone who owes nothing gets an empty answer, not an error', async () => {
    const nobody = 'no.tasks@regionexempel.se';
    expect(digests.has(nobody)).toBe(false);
    const answer = await get(nobody);
    expect([answer.owed, answer.escalated, answer.staffTraining]).toEqual([[], [], []]);
  });

  test('a manager sees the overdue training of the staff who report to them, not escalated twice', async () => {
    const snapshotStaff = (await admin.staff.readAll()).valid;
    const withOverdueTraining = [...digests.values()].filter((digest) => digest.owed.some((item) => item.topic === 'training' && item.urgency === 'overdue'));
    const manager = snapshotStaff.find((person) => withOverdueTraining.some((digest) => digest.recipientEmail === person.email) && person.managerEmail !== undefined)?.managerEmail;
    expect(manager).toBeDefined();
    const answer = await get(manager ?? '');
    const reports = new Set(snapshotStaff.filter((person) => person.managerEmail === manager).map((person) => person.email));
    const escalated = new Set(answer.escalated.map((item) => item.item.key));
    const expected = [...reports].flatMap((email) => (digests.get(email)?.owed ?? []).filter((item) => item.topic === 'training' && item.urgency === 'overdue' && !escalated.has(item.key)));
    expect(answer.staffTraining.map((item) => item.key).sort()).toEqual(expected.map((item) => item.key).sort());
    expect(answer.staffTraining.length + answer.escalated.filter((item) => item.item.topic === 'training').length).toBeGreaterThan(0);
  });

  test('snoozing her own item hides it from the next answer, stores who snoozed what until when, and counts it (R-NDG-2, R-SEC-4)', async () => {
    const before = await get(OWNER);
    const item = before.owed[0];
    const answer = await snooze(OWNER, { key: item.key, days: 14 });
    expect(answer.status).toBe(201);
    expect(snoozeAnswerSchema.parse(JSON.parse(answer.body))).toEqual({ key: item.key, until: '2026-12-07' });

    const after = await get(OWNER);
    expect(after.owed.map((owed) => owed.key)).toEqual(before.owed.slice(1).map((owed) => owed.key));
    expect(after.snoozedCount).toBe(1);
    const stored = (await admin.snoozes.readAll()).valid.filter((record) => record.itemKey === item.key);
    expect(stored).toEqual([expect.objectContaining({ personEmail: OWNER, until: '2026-12-07', dueState: `${item.urgency}:${item.dueOn ?? 'never-done'}`, setAt: '2026-11-23T07:00:00Z' })]);
  });

  test('snoozing an item of someone else\'s digest is refused with 403 and stores nothing (R-SEC-1)', async () => {
    const others = [...digests.values()].find((digest) => digest.recipientEmail !== OWNER && digest.owed.length > 0);
    const count = await storedSnoozes();
    const answer = await snooze(OWNER, { key: others?.owed[0].key ?? 'x', days: 7 });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error.code).toBe('not-your-task');
    expect(await storedSnoozes()).toBe(count);
    // The one it belongs to still sees it.
    expect((await get(others?.recipientEmail ?? '')).owed.map((item) => item.key)).toContain(others?.owed[0].key);
  });

  test('a manager may snooze an escalation sent to her, which the person who owes it still sees (R-NDG-3)', async () => {
    const manager = [...digests.values()].find((digest) => digest.escalated.length > 0);
    expect(manager).toBeDefined();
    const escalation = manager?.escalated[0];
    const answer = await snooze(manager?.recipientEmail ?? '', { key: escalation?.key, days: 7 });
    expect(answer.status).toBe(201);
    expect((await get(manager?.recipientEmail ?? '')).escalated.map((item) => item.key)).not.toContain(escalation?.key);
    expect((await get(escalation?.item.responsibleEmail ?? '')).owed.map((item) => item.key)).toContain(escalation?.item.key);
  });

  test('a length the region does not offer, a body naming a person, or no sign-in is refused and stores nothing', async () => {
    const count = await storedSnoozes();
    const key = digests.get(OWNER)?.owed[1].key;
    const odd = await snooze(OWNER, { key, days: 365 });
    expect(odd.status).toBe(400);
    expect(JSON.parse(odd.body).error.message).toMatch(/7, 14, 30/);
    const forged = await snooze(OWNER, { key, days: 7, personEmail: 'someone.else@regionexempel.se' });
    expect(forged.status).toBe(400);
    const anonymous = await httpCall(`${service.url}/api/snoozes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key, days: 7 }) });
    expect(anonymous.status).toBe(401);
    expect(await storedSnoozes()).toBe(count);
  });
});
