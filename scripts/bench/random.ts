/**
 * A tiny seeded PRNG and the few draws the corpus generator needs.
 *
 * Math.random cannot be seeded, and the benchmark must produce byte-identical corpora for the
 * same N on every machine, so everything random in the generator goes through a `Random` made
 * here. mulberry32 is 32-bit, fast and good enough for picking phrases.
 */

/** A function returning uniform floats in [0, 1). */
export type Random = () => number;

/** mulberry32 (Tommy Ettinger): one 32-bit state word, full period 2^32. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes a corpus seed and a document index into one 32-bit seed (murmur3 finaliser).
 * Each document gets its own stream, so document i is the same whatever N is: the 100-document
 * corpus is a prefix of the 1,000-document one, and growth figures compare like with like.
 */
export function seedFor(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Integer in [min, max], both inclusive. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick: empty list');
  return items[Math.floor(random() * items.length)];
}

/** `count` distinct items in random order (partial Fisher–Yates on a copy). */
export function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = items.slice();
  const taken = Math.min(count, pool.length);
  for (let i = 0; i < taken; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, taken);
}
