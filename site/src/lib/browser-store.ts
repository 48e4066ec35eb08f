import { createMemoryStore, type KeyValueStore } from '../../../engine/runtime.js';

let fallback: KeyValueStore | undefined;

/**
 * The browser's localStorage, or an in-memory store when it cannot be used
 * (some private modes throw on access, and storage can be switched off):
 * the pages still work, they just forget on reload.
 *
 * @example
 * ```ts
 * const store = browserStore();
 * ```
 */
export function browserStore(): KeyValueStore {
  try {
    const storage = window.localStorage;
    const probe = 'common-ground:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    fallback ??= createMemoryStore();
    return fallback;
  }
}

/** Wall-clock time now, ISO; the shells read the clock so the engine never does. */
export function wallClockNow(): string {
  return new Date().toISOString();
}
