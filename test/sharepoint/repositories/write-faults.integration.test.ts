import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { InjectHeaders } from '@pnp/queryable';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { isoDate } from '../../../src/domain/shared/calendar';
import { MissingEtagError, ThrottlingBudgetExceededError } from '../../../src/domain/shared/errors';
import type { FaultSettings } from '../../../src/local-sharepoint/faults';
import { startLocalSharePoint, type LocalSharePoint } from '../../../src/local-sharepoint/local-sharepoint-server';
import { LOCAL_SITE_PATH, SITE_ADMIN_EMAIL } from '../../../src/local-sharepoint/local-site-defaults';
import { WRITE_KEY } from '../../../src/sharepoint/lists/write-key';
import { nudgeLogEntrySchema } from '../../../src/sharepoint/mappers/records/nudge-log-entry';
import { eq } from '../../../src/sharepoint/odata-literal';
import { provisionSite } from '../../../src/sharepoint/provisioning/provision-site';
import { registerRepositories, type RegisterRepositories } from '../../../src/sharepoint/repositories/register-repositories';
import type { RetryPolicy } from '../../../src/sharepoint/resilient-fetch';
import { connectToSite, localToken } from '../../../src/sharepoint/sp-factory';
import { aUnit } from '../../domain/builders';

/**
 * Writes through lost answers (R-SEC-2): the stand-in commits a share of the requests and then
 * answers 502 or drops the connection (TILLIT_LOCAL_FAULTS commit-then-502 / commit-then-drop),
 * or throttles them (429). Whatever the client saw, every item is there exactly once.
 */
describe('writes through lost answers and throttling (R-SEC-2, R-SEC-3)', () => {
  /** Fast retries: the test measures correctness, not patience. */
  const PATIENT: RetryPolicy = { retries: 8, baseDelayMs: 1, maxDelayMs: 10 };
  let site: LocalSharePoint;
  let sp: ReturnType<typeof connectToSite>;
  let repos: RegisterRepositories;
  let faultsHit: FaultSettings[];
  /** When set, the switch turns itself off after its first fault: exactly one answer is lost. */
  let oneShot = false;

  beforeAll(async () => {
    site = await startLocalSharePoint({ port: 0, dataDir: ':memory:' });
    sp = connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL), retry: PATIENT });
    await provisionSite(sp, DEFAULT_REGION_CONFIG);
    repos = registerRepositories(sp, LOCAL_SITE_PATH);
    const next = site.faults.next.bind(site.faults);
    // Records each fault the switch hands out, without changing which.
    jest.spyOn(site.faults, 'next').mockImplementation(() => {
      const fault = next();
      if (fault !== undefined) faultsHit.push(fault);
      if (fault !== undefined && oneShot) site.faults.set(undefined);
      return fault;
    });
  }, 60_000);

  beforeEach(() => {
    faultsHit = [];
    oneShot = false;
  });

  afterEach(() => site.faults.set(undefined));

  afterAll(() => site.close());

  async function keysAndTitles(filter?: string): Promise<{ keys: string[]; titles: string[] }> {
    let query = sp.web.getList(`${LOCAL_SITE_PATH}/${repos.units.mapper.list.url}`).items.select('ID', 'Title', WRITE_KEY).top(5000);
    if (filter !== undefined) query = query.filter(filter);
    const keys: string[] = [];
    const titles: string[] = [];
    for await (const page of query) {
      for (const item of page as { Title: string; WriteKey: string }[]) {
        keys.push(item.WriteKey);
        titles.push(item.Title);
      }
    }
    return { keys, titles };
  }

  it.each<FaultSettings>([
    { mode: 'commit-then-502', share: 0.5 },
    { mode: 'commit-then-drop', share: 0.5 }
  ])('lands single adds once each when every other answer is lost: $mode', async (fault) => {
    site.faults.set(fault);
    const names = Array.from({ length: 6 }, (_, index) => `Enstaka ${'mode' in fault ? fault.mode : ''} ${index}`);
    const added = [];
    for (const name of names) added.push(await repos.units.add(aUnit({ id: 'x', name })));
    site.faults.set(undefined);
    expect(faultsHit.length).toBeGreaterThanOrEqual(3);
    const { titles } = await keysAndTitles(`startswith(Title,'Enstaka ${'mode' in fault ? fault.mode : ''}')`);
    expect(titles.sort()).toEqual([...names].sort());
    expect(new Set(added.map((unit) => unit.id)).size).toBe(6);
    for (const unit of added) expect(unit.etag).toBe('"1"');
  }, 60_000);

  it('updates many items once each through lost answers, each against its ETag', async () => {
    const records = Array.from({ length: 150 }, (_, index) => aUnit({ id: 'x', name: `Uppdatering ${index}` }));
    const added = await repos.units.addMany(records);
    site.faults.set({ mode: 'commit-then-502', share: 0.3 });
    const etags = await repos.units.updateMany(added.map((item, index) => ({ id: item.id, etag: item.etag, record: { ...records[index], businessCritical: true } })));
    site.faults.set(undefined);
    expect(faultsHit.length).toBeGreaterThan(0);
    // Version 2 everywhere: each update applied exactly once, lost answer or not.
    expect(new Set(etags)).toEqual(new Set(['"2"']));
    const read = await repos.units.readAll(`startswith(Title,'Uppdatering')`);
    expect(read.valid).toHaveLength(150);
    expect(read.valid.every((unit) => unit.businessCritical)).toBe(true);
  }, 120_000);

  it('deletes through a dropped connection without an error when the item is gone', async () => {
    const unit = await repos.units.add(aUnit({ id: 'x', name: 'Borttagen enhet' }));
    oneShot = true;
    site.faults.set({ mode: 'commit-then-drop', share: 1 });
    await repos.units.remove(unit.id, unit.etag);
    expect(faultsHit).toEqual([{ mode: 'commit-then-drop', share: 1 }]);
    expect((await keysAndTitles(eq('Title', 'Borttagen enhet'))).titles).toEqual([]);
  }, 30_000);

  it('stops with a clear throttling error when Retry-After is beyond the job\'s time budget (R-SEC-3)', async () => {
    site.faults.set({ status: 429, share: 1, retryAfterSeconds: 120 });
    const hurried = registerRepositories(connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL), retry: { ...PATIENT, budgetMs: 60_000 } }), LOCAL_SITE_PATH);
    const failure = await hurried.units.readAll().then(
      () => undefined,
      (error: unknown) => error
    );
    expect(failure).toBeInstanceOf(ThrottlingBudgetExceededError);
    expect(failure).toMatchObject({ kind: 'throttled', retryAfterSeconds: 120, waitSeconds: 120, budgetSeconds: 60 });
    expect((failure as Error).message).toMatch(/^SharePoint asked us to wait 120 s before retrying GET .*beyond the job's time budget \(60 s left\)/);
    // It stopped at the first answer instead of sleeping: one request, one 429.
    expect(faultsHit).toHaveLength(1);
  }, 30_000);

  it('refuses to update or delete an item read without an ETag: never an unconditional write (R-SEC-2)', async () => {
    const unit = await repos.units.add(aUnit({ id: 'x', name: 'Utan ETag' }));
    // A client that asks for no metadata gets items without odata.etag.
    const bare = registerRepositories(
      connectToSite({ siteUrl: site.siteUrl, token: localToken(SITE_ADMIN_EMAIL), retry: PATIENT }).using(InjectHeaders({ Accept: 'application/json;odata=nometadata' })),
      LOCAL_SITE_PATH
    );
    await expect(bare.units.get(unit.id)).rejects.toBeInstanceOf(MissingEtagError);
    await expect(repos.units.update(unit.id, { ...unit.record, name: 'Skriven över' }, '*')).rejects.toBeInstanceOf(MissingEtagError);
    await expect(repos.units.update(unit.id, { ...unit.record, name: 'Skriven över' }, '')).rejects.toBeInstanceOf(MissingEtagError);
    await expect(repos.units.remove(unit.id, '*')).rejects.toBeInstanceOf(MissingEtagError);
    await expect(repos.units.updateMany([{ id: unit.id, etag: '*', record: { ...unit.record, name: 'Skriven över' } }])).rejects.toBeInstanceOf(MissingEtagError);
    const after = await repos.units.get(unit.id);
    expect(after).toMatchObject({ etag: '"1"', record: { name: 'Utan ETag' } });
  }, 30_000);

  it('finds the item instead of adding it again when the same write key comes twice', async () => {
    const first = await repos.units.add(aUnit({ id: 'x', name: 'Nyckelenhet' }), { key: 'test:nyckelenhet' });
    const again = await repos.units.add(aUnit({ id: 'x', name: 'Nyckelenhet' }), { key: 'TEST:Nyckelenhet' });
    expect(again.id).toBe(first.id);
    expect((await keysAndTitles(eq('Title', 'Nyckelenhet'))).keys).toEqual(['test:nyckelenhet']);
  }, 30_000);

  it('logs a nudge once per person and run day, even when a re-run logs it again through a lost answer (R-NDG-4)', async () => {
    const entry = nudgeLogEntrySchema.parse({
      id: 'x',
      kind: 'message',
      key: '2026-03-02:0123456789abcdef:admin@tillit.local',
      recipientEmail: SITE_ADMIN_EMAIL,
      itemKeys: ['training:course:basic:admin@tillit.local'],
      runDay: '2026-03-02',
      outcome: 'claimed'
    });
    const first = await repos.nudgeLog.add(entry);
    oneShot = true;
    site.faults.set({ mode: 'commit-then-502', share: 1 });
    const rerun = await repos.nudgeLog.add({ ...entry, outcome: 'sent' });
    const nextDay = await repos.nudgeLog.add({ ...entry, runDay: isoDate('2026-03-03') });
    expect(faultsHit).toHaveLength(1);
    expect(rerun.id).toBe(first.id);
    // What is stored, not what the re-run tried to log: the first run's claim.
    expect(rerun.record.outcome).toBe('claimed');
    expect(rerun.record.itemKeys).toEqual(['training:course:basic:admin@tillit.local']);
    expect(nextDay.id).not.toBe(first.id);
    const logged = await repos.nudgeLog.readAll(eq('Title', entry.key));
    expect(logged.valid.map((logEntry) => [logEntry.runDay, logEntry.outcome]).sort()).toEqual([
      ['2026-03-02', 'claimed'],
      ['2026-03-03', 'claimed']
    ]);
  }, 30_000);

  // Last: past 5,000 units the other tests' unindexed filters on Units would meet the list view threshold.
  it('writes 10,000 items with addMany exactly once each, through commit-then-502, commit-then-drop and 429', async () => {
    // Every tenth request, the mode changing every two chunks of 100 items (ten $batch requests of 20):
    // about 50 faults, each lost answer costing a read-back of its chunk's keys.
    const modes: FaultSettings[] = [
      { mode: 'commit-then-502', share: 0.1 },
      { mode: 'commit-then-drop', share: 0.1 },
      { status: 429, share: 0.1, retryAfterSeconds: 0 }
    ];
    site.faults.set(modes[0]);
    let chunk = 0;
    const started = Date.now();
    const added = await repos.units.addMany(
      Array.from({ length: 10_000 }, (_, index) => aUnit({ id: 'x', name: `Felenhet ${index}` })),
      {
        onProgress: () => {
          chunk += 1;
          if (chunk % 2 === 0) site.faults.set(modes[(chunk / 2) % modes.length]);
        }
      }
    );
    const elapsed = Date.now() - started;
    site.faults.set(undefined);
    process.stdout.write(`10,000 items through faults: ${elapsed} ms, ${faultsHit.length} faults\n`);

    const kinds = new Set(faultsHit.map((fault) => ('mode' in fault ? fault.mode : String(fault.status))));
    expect([...kinds].sort()).toEqual(['429', 'commit-then-502', 'commit-then-drop']);
    // Read whole (an unindexed filter on 10,000 items would meet the threshold) and keep this test's items.
    const all = await keysAndTitles();
    const mine = all.titles.map((title, index) => [title, all.keys[index]] as const).filter(([title]) => title.startsWith('Felenhet '));
    const keys = mine.map(([, key]) => key);
    const titles = mine.map(([title]) => title);
    expect(keys).toHaveLength(10_000);
    expect(new Set(keys).size).toBe(10_000);
    expect(new Set(titles).size).toBe(10_000);
    expect(new Set(added.map((item) => item.id)).size).toBe(10_000);
    // Every id handed back is the item of its record.
    for (const index of [0, 1, 4_999, 9_999]) expect((await repos.units.get(added[index].id)).record.name).toBe(`Felenhet ${index}`);
  }, 600_000);
});
