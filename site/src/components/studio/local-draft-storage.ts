/**
 * The studio's drafts live in the browser's localStorage. When the browser
 * will not hand storage over, every use throws what the browser said
 * (browserStore), and the draft store reports each draft as not saved.
 */
import { type DraftStorage, listableDraftStorage, type ListableStore } from '../../../../engine/runtime.js';
import { browserStore } from '../../lib/browser-store.js';

/**
 * localStorage as a {@link DraftStorage}.
 *
 * @example
 * const drafts = createDraftStore(localDraftStorage(), { now: () => new Date() }, () => crypto.randomUUID());
 */
export function localDraftStorage(): DraftStorage {
  const store = browserStore();
  if ('key' in store && 'length' in store) return listableDraftStorage(store as ListableStore);
  // A refusing store: listing fails the way every other use does.
  return { getItem: (key) => store.getItem(key), setItem: (key, value) => store.setItem(key, value), removeItem: (key) => store.removeItem(key), keys: () => (store.getItem(''), []) };
}
