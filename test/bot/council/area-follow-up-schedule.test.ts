import { localTimeOf, runDueAreaFollowUp, scheduleAreaFollowUps } from '../../../bot/council/area-follow-up-schedule';
import type { AreaFollowUpServices } from '../../../bot/council/area-follow-up-run';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { regionConfigSchema } from '../../../src/config/region-config';

/* The May/December area follow-up's schedule in the app service (issue 10, R-REP): croner at the configured days and time, in the region's zone. */
function servicesAt(now: Date, config = DEFAULT_REGION_CONFIG): { services: AreaFollowUpServices; reads: () => number; lines: string[] } {
  let reads = 0;
  const lines: string[] = [];
  const refuse = (): never => {
    reads += 1;
    throw new Error('read');
  };
  const registers = new Proxy({}, { get: () => ({ readAll: refuse, readPage: refuse }) }) as AreaFollowUpServices['registers'];
  const services: AreaFollowUpServices = {
    registers,
    config,
    now: () => now,
    sitePath: '/sites/tillit',
    log: (line) => lines.push(line),
    connector: { send: () => Promise.reject(new Error('no sends here')) },
    linkBase: { kind: 'app-service', baseUrl: 'http://127.0.0.1:1' }
  };
  return { services, reads: () => reads, lines };
}

describe('the area follow-up\'s schedule (R-REP)', () => {
  test('the next run is on a configured day at the configured time in Stockholm, and off when the region turned it off', () => {
    const job = scheduleAreaFollowUps(servicesAt(new Date()).services, { catchUp: false });
    try {
      const next = job?.nextRun();
      expect(next).toBeDefined();
      const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(next);
      expect(['15/05 08:30', '01/12 08:30', '05-15 08:30', '12-01 08:30']).toContain(local);
    } finally {
      job?.stop();
    }
    const off = regionConfigSchema.parse({ ...DEFAULT_REGION_CONFIG, areaFollowUp: { scheduled: false } });
    expect(scheduleAreaFollowUps(servicesAt(new Date(), off).services)).toBeUndefined();
  });

  test('the region\'s local time, across daylight saving', () => {
    expect(localTimeOf(new Date('2026-05-15T06:30:00Z'), 'Europe/Stockholm')).toBe('08:30');
    expect(localTimeOf(new Date('2026-12-01T07:30:00Z'), 'Europe/Stockholm')).toBe('08:30');
  });

  test('outside a follow-up\'s window nothing is read or sent; inside it a failing run is logged, never thrown', async () => {
    const june = servicesAt(new Date('2026-06-02T10:00:00Z'));
    await runDueAreaFollowUp(june.services);
    expect(june.reads()).toBe(0);
    const may = servicesAt(new Date('2026-05-20T10:00:00Z'));
    await expect(runDueAreaFollowUp(may.services)).resolves.toBeUndefined();
    expect(may.reads()).toBeGreaterThan(0);
    expect(may.lines.join('\n')).toContain('area follow-up: the run of 2026 tertial-1 failed');
  });
});
