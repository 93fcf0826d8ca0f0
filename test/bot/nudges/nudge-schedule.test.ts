import { Cron } from 'croner';
import { dailyPattern, startNudgeSchedule } from '../../../bot/nudges/nudge-schedule';

test('the daily run is at the configured local time in Stockholm, daylight saving included', () => {
  expect(dailyPattern('07:30')).toBe('30 7 * * *');
  const job = new Cron(dailyPattern('07:30'), { timezone: 'Europe/Stockholm', paused: true });
  try {
    expect(job.nextRun(new Date('2026-11-23T12:00:00Z'))?.toISOString()).toBe('2026-11-24T06:30:00.000Z');
    expect(job.nextRun(new Date('2026-06-10T12:00:00Z'))?.toISOString()).toBe('2026-06-11T05:30:00.000Z');
  } finally {
    job.stop();
  }
});

test('a region that turns the schedule off gets no daily run; one that keeps it gets the next one named', () => {
  const run = (): Promise<string[]> => Promise.resolve([]);
  expect(startNudgeSchedule({ timeZone: 'Europe/Stockholm', nudgeRun: { dailyAt: '07:30', scheduled: false } }, run, () => undefined)).toBeUndefined();
  const schedule = startNudgeSchedule({ timeZone: 'Europe/Stockholm', nudgeRun: { dailyAt: '07:30', scheduled: true } }, run, () => undefined);
  try {
    expect(schedule?.nextRun()).toBeInstanceOf(Date);
  } finally {
    schedule?.stop();
  }
});
