/**
 * How many `$batch` requests one bulk write keeps in flight. SharePoint Online counts every part
 * against the app's resource units whether the batches come one after another or together, so a
 * few at once only hides the round trips; more would meet 429s sooner (Retry-After is honoured by
 * resilient-fetch.ts either way).
 */
export const BATCHES_IN_FLIGHT = 4;

/**
 * Runs `work` for each of `count` chunks with at most `limit` running at once, chunks started in
 * order. After a failure no further chunk starts; the ones running finish (their writes land, as
 * the parts of a batch do), then the first failure is thrown.
 */
export async function forEachChunk(count: number, work: (index: number) => Promise<void>, limit = BATCHES_IN_FLIGHT): Promise<void> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`At least one batch must be in flight, not ${limit}.`);
  let next = 0;
  let failure: { readonly error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < count) {
      const index = next;
      next += 1;
      try {
        await work(index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  if (failure !== undefined) throw failure.error;
}

/** The chunks of at most `size` items, in order. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** `work` for each item, at most `limit` at once (forEachChunk's rules on failure); the results in the items' order. */
export async function mapInFlight<T, R>(items: readonly T[], work: (item: T) => Promise<R>, limit = BATCHES_IN_FLIGHT): Promise<R[]> {
  const results: R[] = [];
  await forEachChunk(
    items.length,
    async (index) => {
      const result = await work(items[index]);
      results[index] = result;
    },
    limit
  );
  return results;
}

/**
 * Progress over chunks that may finish out of order, told in order: `finished(index)` is called as
 * each chunk lands; `advanced(done)` hears once per chunk, in the chunks' order, how many items from
 * the start are written (so a report of 200 means the first 200, whatever landed after them).
 */
export function progressInOrder(sizes: readonly number[], advanced: (done: number) => void): (index: number) => void {
  const landed = new Set<number>();
  let next = 0;
  let done = 0;
  return (index) => {
    landed.add(index);
    while (landed.has(next)) {
      done += sizes[next];
      next += 1;
      advanced(done);
    }
  };
}
