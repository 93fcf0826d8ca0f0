import { FaultSwitch, faultSettingsFromEnv, parseFaultSettings, type FaultSettings } from '../../src/local-sharepoint/faults';

/** The fault switch alone (pure): which request gets which fault, for one fault and for several at once (issue 9, R-SEC-2/3). */
describe('FaultSwitch', () => {
  const READ = { write: false };
  const WRITE = { write: true };
  const describeRun = (faults: FaultSwitch, requests: readonly { write: boolean }[]): string[] =>
    requests.map((request) => {
      const fault = faults.next(request);
      if (fault === undefined) return '-';
      return 'mode' in fault ? fault.mode : String(fault.status);
    });

  it('with one fault hits exactly every n-th request, as before lists existed', () => {
    const faults = new FaultSwitch({ status: 429, share: 0.25, retryAfterSeconds: 1 });
    expect(describeRun(faults, Array(8).fill(READ))).toEqual(['-', '-', '-', '429', '-', '-', '-', '429']);
  });

  it('keeps every share exact over a run when several faults are on at once', () => {
    const faults = new FaultSwitch([
      { status: 429, share: 0.15, retryAfterSeconds: 1 },
      { status: 503, share: 0.15, retryAfterSeconds: 1 },
      { mode: 'commit-then-502', share: 0.1, requests: 'writes' }
    ]);
    // Every third request a write: 300 writes among 900 requests.
    const run = describeRun(faults, Array.from({ length: 900 }, (_, index) => (index % 3 === 2 ? WRITE : READ)));
    const count = (label: string): number => run.filter((entry) => entry === label).length;
    expect(count('429')).toBe(135);
    // Both throttles earn a hit on the same requests; the 503 takes the next one, so the 900th's is still owed…
    expect(count('503')).toBe(134);
    expect(run.slice(0, 7)).toEqual(['-', '-', '-', '-', '-', '-', '429']);
    expect(run[7]).toBe('503');
    // A write a throttle took is not committed, so its lost answer waits for a later write: the 300th write's too.
    expect(count('commit-then-502')).toBe(29);
    run.forEach((entry, index) => {
      if (entry === 'commit-then-502') expect(index % 3).toBe(2);
    });
    // Neither owed hit is lost: the next request takes the 503, the next write after it the lost answer.
    expect(faults.next(WRITE)).toMatchObject({ status: 503 });
    expect(faults.next(WRITE)).toMatchObject({ mode: 'commit-then-502' });
    expect(faults.next(WRITE)).toBeUndefined();
  });

  it('counts only writes for a fault that asks for writes', () => {
    const faults = new FaultSwitch({ mode: 'commit-then-drop', share: 0.5, requests: 'writes' });
    expect(describeRun(faults, [READ, WRITE, READ, WRITE, READ, WRITE, WRITE])).toEqual(['-', '-', '-', 'commit-then-drop', '-', '-', 'commit-then-drop']);
  });

  it('gives the setting back as it was given, and every fault in order', () => {
    const list: FaultSettings[] = [
      { status: 503, share: 0.1, retryAfterSeconds: 2 },
      { mode: 'commit-then-502', share: 0.2 }
    ];
    const faults = new FaultSwitch(list);
    expect(faults.current()).toEqual(list);
    expect(faults.all()).toEqual(list);
    faults.set(undefined);
    expect(faults.current()).toBeUndefined();
    expect(faults.next(WRITE)).toBeUndefined();
  });
});

describe('TILLIT_LOCAL_FAULTS with several faults', () => {
  it('reads a comma-separated list, with writes-only entries', () => {
    expect(faultSettingsFromEnv('429:0.15:1,503:0.15:2,commit-then-502:0.1:writes')).toEqual([
      { status: 429, share: 0.15, retryAfterSeconds: 1 },
      { status: 503, share: 0.15, retryAfterSeconds: 2 },
      { mode: 'commit-then-502', share: 0.1, requests: 'writes' }
    ]);
    expect(faultSettingsFromEnv('503:0.3:1:writes')).toEqual({ status: 503, share: 0.3, retryAfterSeconds: 1, requests: 'writes' });
  });

  it('still reads one fault as one fault', () => {
    expect(faultSettingsFromEnv('commit-then-drop:0.1')).toEqual({ mode: 'commit-then-drop', share: 0.1 });
    expect(faultSettingsFromEnv(' ')).toBeUndefined();
  });

  it('refuses a bad entry, naming the format, and shares that add up to more than all requests', () => {
    expect(() => faultSettingsFromEnv('429:0.2:1,commit-then-502:0.1:5')).toThrow('several joined by commas');
    expect(() => faultSettingsFromEnv('429:0.2:1,,503:0.1')).toThrow('TILLIT_LOCAL_FAULTS must be');
    expect(() => faultSettingsFromEnv('429:0.7:1,503:0.6:1')).toThrow('more than 1');
  });
});

describe('parseFaultSettings', () => {
  it('accepts a list and names the bad entry by its index', () => {
    expect(parseFaultSettings([{ status: 429, share: 0.3 }, { mode: 'commit-then-502', share: 0.1, requests: 'writes' }])).toEqual({
      success: true,
      data: [
        { status: 429, share: 0.3, retryAfterSeconds: 1 },
        { mode: 'commit-then-502', share: 0.1, requests: 'writes' }
      ]
    });
    const bad = parseFaultSettings([{ status: 429, share: 0.3 }, { mode: 'commit-then-502', share: 3 }]);
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0].path).toEqual([1, 'share']);
    const overfull = parseFaultSettings([{ status: 429, share: 0.8 }, { status: 503, share: 0.8 }]);
    expect(overfull.success).toBe(false);
  });
});
