import type { KeyValueStore } from '../../../engine/runtime.js';

/**
 * The store used when the browser will not give Common Ground its storage
 * at all: every read and write throws what the browser said, so the pages'
 * readers and savers report "storage unavailable" (and keep what is unsaved
 * on screen with a download) instead of silently forgetting.
 */
function refusingStore(reason: unknown): KeyValueStore {
  const refuse = (): never => {
    throw reason instanceof Error ? reason : new Error(String(reason));
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse };
}

/**
 * The browser's localStorage, or a store that refuses every use when the
 * browser will not hand it over (storage switched off, some private modes,
 * sandboxed frames). A full storage is not "unavailable": it can still be
 * read, so it is returned as it is and each refused write is reported where
 * it happens.
 *
 * @example
 * ```ts
 * const store = browserStore();
 * ```
 */
export function browserStore(): KeyValueStore {
  try {
    const storage = window.localStorage;
    // Some browsers hand over the object but refuse to use it.
    storage.getItem('common-ground:probe');
    return storage;
  } catch (error) {
    return refusingStore(error);
  }
}

/** Wall-clock time now, ISO; the shells read the clock so the engine never does. */
export function wallClockNow(): string {
  return new Date().toISOString();
}
