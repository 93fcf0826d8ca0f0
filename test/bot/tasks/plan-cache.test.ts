import { PlanCache } from '../../../bot/tasks/plan-cache';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { isoDate } from '../../../src/domain/shared/calendar';
import type { RegisterRepositories } from '../../../src/sharepoint/repositories/register-repositories';

/*
 * The plan behind My tasks is read once and shared (many people open the page at 08:00): one read at
 * a time, kept for its time to live, read again after the service's own write or on a new day.
 */
function emptyRegisters(): { registers: RegisterRepositories; reads: () => number; fail: (on: boolean) => void; release: () => void; hold: () => void } {
  let units = 0;
  let failing = false;
  let gate: Promise<void> = Promise.resolve();
  let open: () => void = () => undefined;
  const registers = new Proxy({} as RegisterRepositories, {
    get: (_target, key) => ({
      readAll: async () => {
        // Units is the snapshot's first list: one units read is one snapshot read.
        if (key === 'units') {
          units += 1;
          await gate;
          if (failing) throw new Error('SharePoint is down');
        }
        return { valid: [], rejected: [] };
      }
    })
  });
  return {
    registers,
    reads: () => units,
    fail: (on) => {
      failing = on;
    },
    hold: () => {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    release: () => open()
  };
}

const DAY = isoDate('2026-11-23');

describe('PlanCache (R-NDG-1: the day\'s plan for every caller)', () => {
  let clock = 0;
  const now = (): Date => new Date(Date.UTC(2026, 10, 23, 7, 0, 0) + clock);

  beforeEach(() => {
    clock = 0;
  });

  test('callers arriving during a read share it (single flight)', async () => {
    const site = emptyRegisters();
    const cache = new PlanCache({ registers: site.registers, config: DEFAULT_REGION_CONFIG, now });
    site.hold();
    const waiting = [cache.plan(DAY), cache.plan(DAY), cache.plan(DAY)];
    site.release();
    const plans = await Promise.all(waiting);
    expect(site.reads()).toBe(1);
    expect(plans[1]).toBe(plans[0]);
    expect(plans[2]).toBe(plans[0]);
  });

  test('a plan is served for its time to live; past it, still served while one fresh read runs behind it', async () => {
    const site = emptyRegisters();
    const cache = new PlanCache({ registers: site.registers, config: DEFAULT_REGION_CONFIG, now, ttlMs: 60_000 });
    const first = await cache.plan(DAY);
    clock = 59_999;
    expect(await cache.plan(DAY)).toBe(first);
    expect(site.reads()).toBe(1);
    clock = 60_000;
    site.hold();
    // Stale: answered at once with the last plan, not after the read.
    expect(await cache.plan(DAY)).toBe(first);
    expect(await cache.plan(DAY)).toBe(first);
    site.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(site.reads()).toBe(2);
    const fresh = await cache.plan(DAY);
    expect(fresh).not.toBe(first);
    expect(site.reads()).toBe(2);
  });

  test('a failed refresh behind a stale plan is logged, and the last plan is served until a read succeeds', async () => {
    const site = emptyRegisters();
    const logged: string[] = [];
    const cache = new PlanCache({ registers: site.registers, config: DEFAULT_REGION_CONFIG, now, ttlMs: 60_000, log: (line) => logged.push(line) });
    const first = await cache.plan(DAY);
    clock = 61_000;
    site.fail(true);
    expect(await cache.plan(DAY)).toBe(first);
    await new Promise((resolve) => setImmediate(resolve));
    expect(logged.some((line) => line.includes('refreshing the plan failed') && line.includes('SharePoint is down'))).toBe(true);
    expect(await cache.plan(DAY)).toBe(first);
    site.fail(false);
    await new Promise((resolve) => setImmediate(resolve));
    // This call still gets the last plan and starts a read that succeeds; the next gets the fresh plan.
    expect(await cache.plan(DAY)).toBe(first);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await cache.plan(DAY)).not.toBe(first);
  });

  test('a new day is planned afresh, and invalidate() makes the next caller read', async () => {
    const site = emptyRegisters();
    const cache = new PlanCache({ registers: site.registers, config: DEFAULT_REGION_CONFIG, now });
    await cache.plan(DAY);
    await cache.plan(isoDate('2026-11-24'));
    expect(site.reads()).toBe(2);
    cache.invalidate();
    await cache.plan(isoDate('2026-11-24'));
    expect(site.reads()).toBe(3);
  });

  test('a read under way when the service writes is not kept: the next caller reads what was written', async () => {
    const site = emptyRegisters();
    const cache = new PlanCache({ registers: site.registers, config: DEFAULT_REGION_CONFIG, now });
    site.hold();
    const before = cache.plan(DAY);
    cache.invalidate();
    const after = cache.plan(DAY);
    site.release();
    await Promise.all([before, after]);
    expect(site.reads()).toBe(2);
    await cache.plan(DAY);
    expect(site.reads()).toBe(2);
  });

  test('a failed read is told to its callers and not kept', async () => {
    const site = emptyRegisters();
    const cache = new PlanCache({ registers: site.registers, config: DEFAULT_REGION_CONFIG, now });
    site.fail(true);
    await expect(cache.plan(DAY)).rejects.toThrow('SharePoint is down');
    site.fail(false);
    await expect(cache.plan(DAY)).resolves.toMatchObject({ plan: { asOf: DAY, digests: [] } });
    expect(site.reads()).toBe(2);
  });
});
