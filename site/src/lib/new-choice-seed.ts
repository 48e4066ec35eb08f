/**
 * A new shuffle seed for a play-through, from the browser's cryptographic
 * random numbers (the engine never makes its own randomness). Each
 * play-through gets its own, so the choices come in a new order.
 */
import { seedFromRandom } from '../../../engine/runtime.js';

/**
 * The seed the first render uses, on the server and at hydration, so both
 * draw the same order, and the page's own HTML never lists the choices in
 * the order the author wrote them.
 */
export const FIRST_PAINT_SEED = 'first-paint';

/**
 * A fresh seed.
 *
 * @example
 * startSession(scenario, { seed: newChoiceSeed() });
 */
export function newChoiceSeed(): string {
  const values = new Uint32Array(4);
  crypto.getRandomValues(values);
  let index = 0;
  return seedFromRandom(() => (values[index++ % values.length] ?? 0) / 0x100000000);
}
