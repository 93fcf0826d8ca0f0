/**
 * mulberry32: a tiny 32-bit PRNG (Tommy Ettinger's). The demo region must be the same on every
 * machine and every run, so it never touches Math.random; 32 bits of state are plenty for
 * picking names and dates, and the generator is small enough to read at a glance.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed from the run's seed and a label (FNV-1a). Each register draws from its own
 * stream ("staff", "systems", …), so changing how one register is generated does not reshuffle
 * every other register of the same seed.
 */
export function deriveSeed(seed: number, label: string): number {
  // The seed goes in as text only: mixing it into the offset basis as well would cancel out
  // against its own first digit (seeds 1 and 2 gave the same streams).
  let hash = 0x811c9dc5;
  const text = `${seed}:${label}`;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
