/**
 * Reading stored data safely: a value that cannot be decoded is moved aside
 * to a `…:corrupt:<timestamp>` key (kept, never silently deleted) and the
 * caller is told why, so the page can say so and carry on with a clean slate
 * instead of failing to load.
 */
import type { KeyValueStore } from './key-value-store.js';
import { corruptStorageKey } from './storage-keys.js';

/** The outcome of {@link readStored}. */
export type ReadStoredResult<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  | {
      status: 'corrupt';
      /** Why it could not be read, a sentence. */
      message: string;
      /** The key the unreadable text now lives under; null if it could not be moved (storage full). */
      movedTo: string | null;
    };

/** Options for {@link readStored}. */
export interface ReadStoredOptions {
  /** Wall-clock time (ISO) used in the quarantine key; the engine never reads the clock. */
  now: string;
}

/**
 * Reads `key` and decodes it with `decode`. When `decode` throws, the raw
 * text is copied to a quarantine key, the original key is removed, and the
 * thrown message is returned.
 *
 * @example
 * const result = readStored(localStorage, key, (text) => JSON.parse(text), { now: new Date().toISOString() });
 * if (result.status === 'corrupt') showMessage(result.message);
 */
export function readStored<T>(
  store: KeyValueStore,
  key: string,
  decode: (text: string) => T,
  options: ReadStoredOptions,
): ReadStoredResult<T> {
  const text = store.getItem(key);
  if (text === null) return { status: 'empty' };
  try {
    return { status: 'ok', value: decode(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    let movedTo: string | null = corruptStorageKey(key, options.now);
    try {
      store.setItem(movedTo, text);
    } catch {
      // Storage is full or refusing writes: the data cannot be kept, but it
      // must still stop blocking the page, so it is removed below regardless.
      movedTo = null;
    }
    store.removeItem(key);
    return { status: 'corrupt', message, movedTo };
  }
}
