/**
 * Freezing a protocol all the way down, so no caller can change the rules
 * for everyone else who holds the same object.
 */

/**
 * Freezes `value` and every object and array inside it, in place, and
 * returns it. Already-frozen parts are left as they are.
 *
 * @example
 * const rules = deepFreeze({ stages: [{ stage: 1 }] });
 * Object.isFrozen(rules.stages[0]); // true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
