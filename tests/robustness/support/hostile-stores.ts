/**
 * Key-value stores that misbehave the ways browsers do, for the storage
 * tests and the hostile-input corpus: storage full (every write throws the
 * browser's QuotaExceededError), storage switched off (every use throws a
 * SecurityError), reads that throw, and a store that drops writes without
 * saying so. Each wraps a Map the test can inspect.
 */
import { createMemoryStore, type KeyValueStore } from '../../../engine/storage/key-value-store.js';

/** A store plus a look at what it really holds, whatever its methods do. */
export type InspectableStore = KeyValueStore & { keys(): string[]; snapshot(): Record<string, string> };

/** A Map-backed store that can be inspected; the hostile stores wrap it. */
function inspectable(initial: Readonly<Record<string, string>>): InspectableStore {
  const store = createMemoryStore(initial);
  return { ...store, snapshot: () => Object.fromEntries(store.keys().map((key) => [key, store.getItem(key)!])) };
}

/** A working store that can be inspected, for comparison with the hostile ones. */
export const workingStore = (initial: Readonly<Record<string, string>> = {}): InspectableStore => inspectable(initial);

/** What Chromium throws when localStorage is full. */
export const quotaExceeded = (): DOMException => new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.", 'QuotaExceededError');

/** What a browser throws when storage is switched off or blocked. */
export const accessDenied = (): DOMException => new DOMException('Access is denied for this document.', 'SecurityError');

/**
 * A store whose writes throw QuotaExceededError once `allowed` says no
 * (by default, every write); reads and removals work.
 *
 * @example
 * const store = fullStore({ [key]: text }, (key) => !key.includes(':corrupt:'));
 */
export function fullStore(initial: Readonly<Record<string, string>> = {}, allowed: (key: string, value: string) => boolean = () => false): InspectableStore {
  const store = inspectable(initial);
  return {
    ...store,
    setItem: (key, value) => {
      if (!allowed(key, value)) throw quotaExceeded();
      store.setItem(key, value);
    },
  };
}

/**
 * A store where every read, write and removal throws SecurityError
 * (storage disabled); `initial` is what the browser holds but will not hand over.
 */
export function disabledStore(initial: Readonly<Record<string, string>> = {}): InspectableStore {
  const refuse = (): never => {
    throw accessDenied();
  };
  return { ...inspectable(initial), getItem: refuse, setItem: refuse, removeItem: refuse };
}

/** A store whose reads throw (as some browsers do mid-session) while writes still work. */
export function unreadableStore(initial: Readonly<Record<string, string>> = {}): InspectableStore {
  const store = inspectable(initial);
  return {
    ...store,
    getItem: () => {
      throw accessDenied();
    },
  };
}

/** A store that accepts writes without keeping them, so a copy can never be confirmed. */
export function forgetfulStore(initial: Readonly<Record<string, string>> = {}): InspectableStore {
  const store = inspectable(initial);
  return { ...store, setItem: () => undefined };
}
