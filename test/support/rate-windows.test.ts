import { RateWindows, TEAMS_CONVERSATION_LIMITS } from './bot-connector/rate-windows';

/** Teams' per-conversation windows as the connector stand-in counts them (DESIGN.md, "Limits to design for"; R-SEC-3). */
describe('RateWindows with Teams\' per-conversation limits', () => {
  /** Records as many as fit at `now`, and answers how many did. */
  const fill = (windows: RateWindows, key: string, now: number, tries: number): number => {
    let admitted = 0;
    for (let n = 0; n < tries; n += 1) {
      if (windows.waitMs(key, now) > 0) break;
      windows.record(key, now);
      admitted += 1;
    }
    return admitted;
  };

  it('admits 7 in one second, then names the wait until the first ages out', () => {
    const windows = new RateWindows(TEAMS_CONVERSATION_LIMITS);
    expect(fill(windows, 'a', 10_000, 10)).toBe(7);
    expect(windows.waitMs('a', 10_000)).toBe(1_000);
    expect(windows.waitMs('a', 10_400)).toBe(600);
    // Another conversation has its own windows.
    expect(fill(windows, 'b', 10_000, 10)).toBe(7);
  });

  it('admits only 8 in two seconds', () => {
    const windows = new RateWindows(TEAMS_CONVERSATION_LIMITS);
    expect(fill(windows, 'a', 0, 7)).toBe(7);
    expect(fill(windows, 'a', 1_000, 7)).toBe(1);
    // The 8-in-2-s window is full until the first ages out at 2 s.
    expect(windows.waitMs('a', 1_500)).toBe(500);
    expect(fill(windows, 'a', 2_000, 7)).toBe(7);
  });

  it('admits only 60 in thirty seconds, and 1,800 in an hour', () => {
    const windows = new RateWindows(TEAMS_CONVERSATION_LIMITS);
    let admitted = 0;
    // Four a second stays inside the 1 s and 2 s windows; the 61st within 30 s must wait.
    for (let ms = 0; ms < 30_000; ms += 250) admitted += fill(windows, 'a', ms, 1);
    expect(admitted).toBe(60);
    expect(windows.waitMs('a', 29_999)).toBe(1);
    const hourly = new RateWindows(TEAMS_CONVERSATION_LIMITS);
    let hour = 0;
    // One a second stays inside every shorter window (60 in 30 s would need two a second).
    for (let ms = 0; ms < 3_600_000; ms += 1_000) hour += fill(hourly, 'a', ms, 1);
    expect(hour).toBe(1_800);
  });

  it('admits everything with no windows', () => {
    const windows = new RateWindows([]);
    expect(fill(windows, 'a', 0, 1_000)).toBe(1_000);
  });
});
