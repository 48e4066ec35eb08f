/**
 * Whether a value comes back the same from `JSON.stringify` and
 * `JSON.parse`, as far as anything reading its properties can tell: so a
 * parsed piece of a scenario can be kept in a cache outside the process
 * (the CLI's, on disk) and read back as it was. Class instances (acorn's
 * nodes) are allowed, since only their own fields are read; anything JSON
 * would change is not: `undefined`, a non-finite number (`{1e999}` reads as
 * Infinity), a BigInt (`{1n}`), a RegExp (`{/x/}`), a Date, a Map, a Set,
 * a function or a symbol.
 */

/**
 * True when JSON keeps `value` as it is.
 *
 * @example
 * isJsonSafe({ type: 'Literal', value: 2, raw: '2' }); // true
 * isJsonSafe({ type: 'Literal', value: Infinity, raw: '1e999' }); // false
 */
export function isJsonSafe(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item === 'string' || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return false;
      continue;
    }
    if (typeof item !== 'object') return false;
    if (Array.isArray(item)) {
      // A hole reads back as null.
      for (let index = 0; index < item.length; index += 1) {
        if (!(index in item)) return false;
        stack.push(item[index]);
      }
      continue;
    }
    if (item instanceof RegExp || item instanceof Date || item instanceof Map || item instanceof Set || typeof (item as { toJSON?: unknown }).toJSON === 'function') return false;
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return true;
}
