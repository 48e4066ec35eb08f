/**
 * Reading stored data safely. A value that cannot be decoded is copied to a
 * `…:corrupt:<timestamp>` key and removed from its own key only once the
 * copy has been read back intact; when the copy cannot be made (storage
 * full), the value stays where it is, untouched, and the caller is given
 * its text to offer as a download. Nothing is ever deleted unkept.
 */
import type { KeyValueStore } from './key-value-store.js';
import { corruptStorageKey } from './storage-keys.js';
import { describeThrown, writeStored } from './write-stored.js';

/** The outcome of {@link readStored}. */
export type ReadStoredResult<T> =
  | { status: 'empty' }
  | { status: 'ok'; value: T }
  | {
      status: 'corrupt';
      /** Why it could not be read, a sentence. */
      message: string;
      /**
       * The key the unreadable text now lives under; null when it could not
       * be copied there (storage full), so it is still under its own key and
       * must not be written over.
       */
      movedTo: string | null;
      /** The unreadable text, for the page to offer as a download. */
      text: string;
    }
  | {
      /** The browser refused to read storage at all (switched off, blocked). */
      status: 'unavailable';
      /** What the browser said. */
      detail: string;
    };

/** Options for {@link readStored} and {@link setStoredAside}. */
export interface ReadStoredOptions {
  /** Wall-clock time (ISO) used in the quarantine key; the engine never reads the clock. */
  now: string;
}

/**
 * Copies `text` to the quarantine key for `key` and checks the copy reads
 * back the same. Leaves `key` itself alone.
 *
 * @returns the quarantine key, or null when the copy could not be made.
 * @example
 * const kept = setStoredAside(localStorage, key, text, { now: new Date().toISOString() });
 */
export function setStoredAside(store: KeyValueStore, key: string, text: string, options: ReadStoredOptions): string | null {
  const aside = corruptStorageKey(key, options.now);
  // writeStored reads the copy back before it says it is there.
  return writeStored(store, aside, text).ok ? aside : null;
}

/**
 * Reads `key` and decodes it with `decode`. When `decode` throws, the raw
 * text is set aside (see {@link setStoredAside}) and, once the copy is
 * confirmed, removed from `key`; the thrown message is returned. Never
 * throws itself, whatever the store does.
 *
 * @example
 * const result = readStored(localStorage, key, (text) => JSON.parse(text), { now: new Date().toISOString() });
 * if (result.status === 'corrupt') showMessage(result.message);
 */
export function readStored<T>(store: KeyValueStore, key: string, decode: (text: string) => T, options: ReadStoredOptions): ReadStoredResult<T> {
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch (error) {
    return { status: 'unavailable', detail: describeThrown(error) };
  }
  if (text === null) return { status: 'empty' };
  try {
    return { status: 'ok', value: decode(text) };
  } catch (error) {
    const movedTo = setStoredAside(store, key, text, options);
    if (movedTo !== null) {
      try {
        store.removeItem(key);
      } catch {
        // The copy is safe; the original is read (and set aside) again next time.
      }
    }
    return { status: 'corrupt', message: describeThrown(error), movedTo, text };
  }
}
