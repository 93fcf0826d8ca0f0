/** Percentile of measured durations (nearest-rank), for the figures the benchmarks print. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export async function timeMs<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

export function report(name: string, figures: Record<string, string | number>): void {
  const parts = Object.entries(figures).map(([key, value]) => `${key}=${typeof value === 'number' ? value.toFixed(1) : value}`);
  process.stdout.write(`${name}: ${parts.join(' ')}\n`);
}
