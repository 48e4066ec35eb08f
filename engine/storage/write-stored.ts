/**
 * Writing to browser storage without throwing. A browser refuses a write
 * when its storage is full (QuotaExceededError) or when storage is switched
 * off or blocked; either way the shell must say so and keep the data
 * elsewhere, so a refusal is a value to handle, never an uncaught error.
 */
import type { KeyValueStore } from './key-value-store.js';

/** Why a browser refused to store something. */
export type StorageRefusal =
  /** The storage quota is used up. */
  | 'full'
  /** Storage is switched off, blocked, or failed for another reason. */
  | 'unavailable';

/** The outcome of {@link writeStored}. */
export type StoredWriteResult = { ok: true } | { ok: false; refusal: StorageRefusal; detail: string };

/**
 * True for the error a browser throws when storage is full: named
 * `QuotaExceededError` (or Firefox's `NS_ERROR_DOM_QUOTA_REACHED`), or the
 * legacy DOMException codes 22 and 1014.
 *
 * @example
 * isQuotaError(new DOMException('full', 'QuotaExceededError')); // true
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** A thrown value as one line of text, for a message. */
export function describeThrown(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Stores `text` under `key` and reads it back, reporting a refusal instead
 * of throwing; a write the store accepted but did not keep is a refusal too,
 * so "saved" is only ever said of data that is there.
 *
 * @example
 * const written = writeStored(localStorage, key, text);
 * if (!written.ok && written.refusal === 'full') showStorageFull();
 */
export function writeStored(store: KeyValueStore, key: string, text: string): StoredWriteResult {
  try {
    store.setItem(key, text);
    if (store.getItem(key) === text) return { ok: true };
    return { ok: false, refusal: 'unavailable', detail: 'The browser accepted the data but did not keep it.' };
  } catch (error) {
    return { ok: false, refusal: isQuotaError(error) ? 'full' : 'unavailable', detail: describeThrown(error) };
  }
}
