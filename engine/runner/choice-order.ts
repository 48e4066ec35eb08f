/**
 * The order a scene's choices are offered in. The author writes the best
 * choice wherever it falls naturally (in the first library, always first);
 * a learner who could count on that would be reading, not judging. So each
 * play-through shuffles every scene's choices by a seed kept in the session:
 * the same session always shows the same order, on resume and on replay,
 * and a session without a seed (saved before seeds, a test plan, an author
 * checking a file) keeps the order the file gives.
 */
import { fnv1a } from '../kernel/fnv1a.js';

/** What a seed may look like: short, plain, safe to show and to store. */
const SEED_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * True when `value` can be a session's shuffle seed.
 *
 * @example
 * isChoiceSeed('3f9a0c1d'); // true
 */
export function isChoiceSeed(value: unknown): value is string {
  return typeof value === 'string' && SEED_PATTERN.test(value);
}

/**
 * A fresh seed from random numbers the caller supplies (the shells pass the
 * platform's: `crypto.getRandomValues`), so the engine stays deterministic.
 *
 * @example
 * seedFromRandom(() => Math.random()); // e.g. '0b7e4c19a2f35d60'
 */
export function seedFromRandom(random: () => number): string {
  let seed = '';
  for (let index = 0; index < 4; index += 1) seed += Math.floor(random() * 0x10000).toString(16).padStart(4, '0').slice(-4);
  return seed;
}

/**
 * The items in the order this seed gives this scene: each is ranked by a
 * hash of the seed, the scene and its own id, so adding a choice does not
 * reshuffle the others' relative order. Without a seed, the order given.
 *
 * @example
 * shuffledForScene(scene.choices, 'cin-review', session.seed).map((choice) => choice.id);
 */
export function shuffledForScene<T extends { id: string }>(items: readonly T[], sceneId: string, seed: string | undefined): T[] {
  if (seed === undefined) return [...items];
  const rank = (item: T) => fnv1a(`${seed}\u0000${sceneId}\u0000${item.id}`, 0x811c9dc5);
  return items
    .map((item, index) => ({ item, index, rank: rank(item) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ item }) => item);
}
