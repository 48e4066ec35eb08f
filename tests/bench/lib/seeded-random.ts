/**
 * A small seeded pseudo-random generator (mulberry32), so every benchmark
 * run measures the same inputs and two runs can be compared.
 */

/** A source of numbers in [0, 1) that repeats for the same seed. */
export type Random = () => number;

/**
 * Creates a seeded random source.
 *
 * @example
 * const random = seededRandom(42);
 * randomInt(random, 1, 260); // the same number on every run
 */
export function seededRandom(seed: number): Random {
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
 * A whole number from `min` to `max`, both included.
 *
 * @example
 * randomInt(seededRandom(1), 1, 6); // a die roll
 */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * One item of a non-empty list.
 *
 * @example
 * pick(seededRandom(1), ['a', 'b']);
 */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list.');
  return item;
}
