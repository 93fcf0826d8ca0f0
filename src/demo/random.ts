import { deriveSeed, mulberry32 } from './mulberry32';

/** Seeded random choices for the demo generators; every method draws from the one mulberry32 stream. */
export class Random {
  private readonly next: () => number;

  public constructor(private readonly seed: number) {
    this.next = mulberry32(seed);
  }

  /** An independent stream for a sub-task, stable whatever the parent stream has drawn so far. */
  public fork(label: string): Random {
    return new Random(deriveSeed(this.seed, label));
  }

  /** A float in [0, 1). */
  public float(): number {
    return this.next();
  }

  /** A whole number from `min` to `max`, both included. */
  public int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max is below min`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  public chance(probability: number): boolean {
    return this.next() < probability;
  }

  public pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of `entries` with probability proportional to its weight. */
  public weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    if (entries.length === 0 || total <= 0) throw new RangeError('weighted pick needs a positive total weight');
    let roll = this.next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return entries[entries.length - 1][0];
  }

  /** A shuffled copy (Fisher–Yates); the input is left as it was. */
  public shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [copy[index], copy[other]] = [copy[other], copy[index]];
    }
    return copy;
  }

  /** Up to `count` distinct items, in random order. */
  public sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  /**
   * `count` outcomes in proportion to `weights`, shuffled, and every outcome at least once when
   * there are enough draws. Independent coin flips could leave a small demo (scale 0.05) without
   * an expired security plan or a vacancy; dealing guarantees every scenario the nudges and KPIs
   * must show still occurs.
   */
  public deal<T extends string>(count: number, weights: ReadonlyArray<readonly [T, number]>): T[] {
    const active = weights.filter(([, weight]) => weight > 0);
    const total = active.reduce((sum, [, weight]) => sum + weight, 0);
    if (count <= 0 || active.length === 0) return [];
    const guaranteed = count >= active.length;
    const counts = active.map(([, weight]) => Math.max(guaranteed ? 1 : 0, Math.floor((count * weight) / total)));
    let assigned = counts.reduce((sum, value) => sum + value, 0);
    // Trim from the largest shares, then top up by weight, until the counts add up exactly.
    while (assigned > count) {
      const largest = counts.indexOf(Math.max(...counts));
      counts[largest] -= 1;
      assigned -= 1;
    }
    const byIndex = active.map(([, weight], index) => [index, weight] as const);
    while (assigned < count) {
      counts[this.weighted(byIndex)] += 1;
      assigned += 1;
    }
    const deck: T[] = [];
    active.forEach(([outcome], index) => {
      for (let copy = 0; copy < counts[index]; copy += 1) deck.push(outcome);
    });
    return this.shuffle(deck);
  }
}
