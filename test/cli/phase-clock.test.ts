import { formatPhase, PhaseClock } from '../../src/cli/phase-clock';

describe('the first start prints the time of each phase (issue 6)', () => {
  it('writes a phase as its name, its seconds and what it did, aligned', () => {
    expect(formatPhase({ name: 'provision', ms: 2449, detail: '291 steps' })).toBe('  provision            2.4 s  291 steps');
    expect(formatPhase({ name: 'trainingRecords', ms: 15_012, detail: '38201 items' })).toBe('  trainingRecords     15.0 s  38201 items');
    expect(formatPhase({ name: 'total', ms: 27_960, detail: '' })).toBe('  total               28.0 s');
  });

  it('times each phase with the clock it is given, prints it when it ends and keeps it', async () => {
    const lines: string[] = [];
    let now = 1_000;
    const clock = new PhaseClock((line) => lines.push(line), () => now);
    const generated = await clock.time(
      'generate',
      () => {
        now += 1_100;
        return Promise.resolve(['anna', 'bo']);
      },
      (staff) => `${staff.length} staff`
    );
    clock.record({ name: 'units', ms: 300, detail: '243 items' });
    expect(generated).toEqual(['anna', 'bo']);
    expect(clock.phases).toEqual([
      { name: 'generate', ms: 1_100, detail: '2 staff' },
      { name: 'units', ms: 300, detail: '243 items' }
    ]);
    expect(lines).toEqual([formatPhase(clock.phases[0]), formatPhase(clock.phases[1])]);
  });

  it('records nothing for a phase that fails', async () => {
    const clock = new PhaseClock(() => undefined);
    await expect(clock.time('provision', () => Promise.reject(new Error('401')))).rejects.toThrow('401');
    expect(clock.phases).toEqual([]);
  });
});
