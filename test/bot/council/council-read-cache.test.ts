import { CouncilReadCache } from '../../../bot/council/council-read-cache';
import { EMPTY_SNAPSHOT } from '../../../src/domain/registers';
import type { CouncilRead } from '../../../src/sharepoint/repositories/council-snapshot-reader';

/* The dashboard's register read, kept a minute (issue 10): one read at a time, stale served while one fresh read runs, writes invalidate. */
function harness(): { cache: CouncilReadCache; reads: () => number; at: (ms: number) => void; fail: (next: boolean) => void } {
  let clock = 0;
  let count = 0;
  let failing = false;
  const cache = new CouncilReadCache({
    read: () => {
      count += 1;
      if (failing) return Promise.reject(new Error('SharePoint is away'));
      const read: CouncilRead = { snapshot: EMPTY_SNAPSHOT, rejected: {}, kpiSnapshots: [{ id: String(count), asOf: '2026-01-01', takenAt: '2026-01-01T05:15:00Z', source: 'daily', goalAreas: [] } as never] };
      return Promise.resolve(read);
    },
    now: () => new Date(clock),
    ttlMs: 60_000
  });
  return { cache, reads: () => count, at: (ms) => (clock = ms), fail: (next) => (failing = next) };
}
const idOf = (read: CouncilRead): string | undefined => read.kpiSnapshots[0]?.id;

test('callers at once share one read; within the time to live nothing is read again', async () => {
  const { cache, reads, at } = harness();
  const [a, b] = await Promise.all([cache.current(), cache.current()]);
  expect([idOf(a), idOf(b), reads()]).toEqual(['1', '1', 1]);
  at(59_999);
  expect(idOf(await cache.current())).toBe('1');
  expect(reads()).toBe(1);
});

test('past the time to live the last read is served at once while one fresh read runs behind it', async () => {
  const { cache, reads, at } = harness();
  await cache.current();
  at(60_000);
  expect(idOf(await cache.current())).toBe('1');
  await Promise.resolve();
  expect(reads()).toBe(2);
  expect(idOf(await cache.current())).toBe('2');
});

test('after invalidate() the next caller waits for a fresh read; a failed read is not kept', async () => {
  const { cache, reads, fail } = harness();
  await cache.current();
  cache.invalidate();
  fail(true);
  await expect(cache.current()).rejects.toThrow('SharePoint is away');
  fail(false);
  expect(idOf(await cache.current())).toBe('3');
  expect(reads()).toBe(3);
});

test('refresh() reads anew within the time to live and keeps it for the next dashboards (the daily job must not take stale figures)', async () => {
  const { cache, reads } = harness();
  await cache.current();
  expect(idOf(await cache.refresh())).toBe('2');
  expect(idOf(await cache.current())).toBe('2');
  expect(reads()).toBe(2);
});

test('amend() lays a write onto the kept read at once; a read in flight from before the write is served to its waiters, not kept', async () => {
  const { cache, reads } = harness();
  await cache.current();
  cache.amend((read) => ({ ...read, kpiSnapshots: [...read.kpiSnapshots, { ...read.kpiSnapshots[0], id: 'written' }] }));
  expect((await cache.current()).kpiSnapshots.map((snapshot) => snapshot.id)).toEqual(['1', 'written']);
  expect(reads()).toBe(1);
  const before = cache.refresh();
  cache.amend((read) => read);
  expect(idOf(await before)).toBe('2');
  expect((await cache.current()).kpiSnapshots.map((snapshot) => snapshot.id)).toEqual(['1', 'written']);
});

test('warm once a read is kept; settled() waits for the read in flight (fresh=1 after a stored answer) and shares it', async () => {
  const { cache, reads, at } = harness();
  expect(cache.isWarm()).toBe(false);
  const behind = cache.current();
  expect(cache.isWarm()).toBe(false);
  const fresh = cache.settled();
  expect([idOf(await behind), idOf(await fresh), reads(), cache.isWarm()]).toEqual(['1', '1', 1, true]);
  // Past the time to live, with a read running behind the kept one, settled() has the new read, not the kept one.
  at(60_000);
  expect(idOf(await cache.current())).toBe('1');
  expect(idOf(await cache.settled())).toBe('2');
  // Nothing in flight: as current().
  expect(idOf(await cache.settled())).toBe('2');
  expect(reads()).toBe(2);
  cache.invalidate();
  expect(cache.isWarm()).toBe(false);
});
