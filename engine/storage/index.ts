/**
 * Browser storage, kept pure: versioned keys, an envelope around every
 * stored value, and reading that sets unreadable data aside instead of
 * failing. The store itself (localStorage) is passed in by the shell.
 */
export {
  STORAGE_NAMESPACE,
  STORAGE_VERSION,
  sessionStorageKey,
  reflectiveLogStorageKey,
  corruptStorageKey,
} from './storage-keys.js';
export { createMemoryStore, type KeyValueStore } from './key-value-store.js';
export { StorageError } from './storage-error.js';
export { ENVELOPE_VERSION, wrapStored, unwrapStored, type StoredEnvelope } from './stored-envelope.js';
export { readStored, type ReadStoredOptions, type ReadStoredResult } from './read-stored.js';
