/**
 * The small part of the Web Storage API the engine's storage helpers use.
 * `window.localStorage` satisfies it; tests pass a Map-backed fake. Keeping
 * it an interface keeps the engine free of browser globals.
 */
export interface KeyValueStore {
  /** The value under `key`, or null when there is none. */
  getItem(key: string): string | null;
  /** Stores `value` under `key`; may throw when storage is full or disabled. */
  setItem(key: string, value: string): void;
  /** Deletes `key`; no error when it is absent. */
  removeItem(key: string): void;
}

/**
 * A store kept in memory, for tests and for browsers where localStorage is
 * unavailable (private modes that throw on access).
 *
 * @example
 * const store = createMemoryStore({ a: '1' });
 * store.getItem('a'); // '1'
 */
export function createMemoryStore(initial: Readonly<Record<string, string>> = {}): KeyValueStore & { keys(): string[]; readonly length: number; key(index: number): string | null } {
  const values = new Map<string, string>(Object.entries(initial));
  return {
    // Listable like Web Storage, so "delete everything" can be tested on it.
    get length() {
      return values.size;
    },
    key: (index) => [...values.keys()][index] ?? null,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      values.set(key, value);
    },
    removeItem: (key) => {
      values.delete(key);
    },
    keys: () => [...values.keys()].sort(),
  };
}
