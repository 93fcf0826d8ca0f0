import { BATCHES_IN_FLIGHT, chunksOf, forEachChunk, progressInOrder } from '../../src/sharepoint/batches-in-flight';

/** A chunk that finishes when the test says so, to see how many run at once. */
function gate(): { readonly promise: Promise<void>; open(): void; fail(error: Error): void } {
  let open = (): void => undefined;
  let fail: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn += 1) await Promise.resolve();
}

describe('bulk writes keep a few $batch requests in flight (SharePoint counts parts, not batches)', () => {
  it('cuts records into chunks of at most the given size, in order', () => {
    expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunksOf([], 100)).toEqual([]);
  });

  it('runs at most the limit at once and starts the next chunk as soon as one ends', async () => {
    const gates = Array.from({ length: 7 }, gate);
    const started: number[] = [];
    const done = forEachChunk(gates.length, (index) => {
      started.push(index);
      return gates[index].promise;
    }, 3);
    await settle();
    expect(started).toEqual([0, 1, 2]);
    gates[1].open();
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    gates.forEach((chunk) => chunk.open());
    await done;
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('starts nothing after a failure, lets the running chunks land, then throws the first failure', async () => {
    const gates = Array.from({ length: 6 }, gate);
    const started: number[] = [];
    const finished: number[] = [];
    const done = forEachChunk(gates.length, async (index) => {
      started.push(index);
      await gates[index].promise;
      finished.push(index);
    }, 2);
    await settle();
    gates[0].fail(new Error('part 3 of batch 1 refused'));
    await settle();
    gates[1].fail(new Error('a later failure'));
    await expect(done).rejects.toThrow('part 3 of batch 1 refused');
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([]);
  });

  it('keeps the running chunk going when another fails, and reports the failure after it lands', async () => {
    const gates = Array.from({ length: 4 }, gate);
    const finished: number[] = [];
    const done = forEachChunk(gates.length, async (index) => {
      await gates[index].promise;
      finished.push(index);
    }, 2);
    await settle();
    gates[0].fail(new Error('refused'));
    await settle();
    expect(finished).toEqual([]);
    gates[1].open();
    await expect(done).rejects.toThrow('refused');
    expect(finished).toEqual([1]);
  });

  it('does nothing for no chunks and refuses a limit below one', async () => {
    await expect(forEachChunk(0, () => Promise.reject(new Error('never called')))).resolves.toBeUndefined();
    await expect(forEachChunk(1, () => Promise.resolve(), 0)).rejects.toThrow(/At least one batch/);
    expect(BATCHES_IN_FLIGHT).toBeGreaterThan(1);
  });
});

describe('progress of batches that land out of order', () => {
  it('tells how many items from the start are written, once per batch, in the batches\' order', () => {
    const told: number[] = [];
    const landed = progressInOrder([100, 100, 50], (done) => told.push(done));
    landed(2);
    expect(told).toEqual([]);
    landed(0);
    expect(told).toEqual([100]);
    landed(1);
    expect(told).toEqual([100, 200, 250]);
  });
});
