import { emptySummary, needsAttention, summaryLines } from '../../../bot/nudges/run-summary';

test('a run needs a person\'s attention exactly when something was dead-lettered, unknown or failed (R-NDG-4)', () => {
  expect(needsAttention({ ...emptySummary('2026-11-23'), planned: 5, sent: 3, skippedAlreadySent: 1, notInstalled: 1, stale: 1 })).toBe(false);
  expect(needsAttention({ ...emptySummary('2026-11-23'), deadLettered: 1 })).toBe(true);
  expect(needsAttention({ ...emptySummary('2026-11-23'), unknown: 1 })).toBe(true);
  expect(needsAttention({ ...emptySummary('2026-11-23'), failed: 1 })).toBe(true);
});

test('the summary names every count the issue asks for, one a line', () => {
  const lines = summaryLines({ ...emptySummary('2026-11-23'), planned: 12, sent: 9, skippedAlreadySent: 1, snoozed: 2, deadLettered: 1, unknown: 1, notInstalled: 1 }, false);
  expect(lines[0]).toBe('Nudge run of 2026-11-23:');
  const figure = (label: string): string | undefined => lines.find((line) => line.trimStart().startsWith(label))?.trim().split(/\s+/).pop();
  for (const [label, count] of [['planned', 12], ['sent', 9], ['skipped, already sent', 1], ['snoozed', 2], ['failed', 0], ['dead-lettered', 1], ['unknown outcome', 1], ['not installed', 1]] as const) {
    expect(figure(label)).toBe(String(count));
  }
  expect(summaryLines(emptySummary('2026-11-23'), true)[1]).toContain('dry run');
});
