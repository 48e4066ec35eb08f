/**
 * Whether the learner has opted in to sending what they write, remembered
 * in this browser (`common-ground:xapi:include-writing`, `"yes"` or
 * `"no"`) for every package on this site. Anything else, or no storage, is
 * no: privacy is the default.
 */
import type { KeyValueStore } from './xapi-engine.js';

const KEY = 'common-ground:xapi:include-writing';

/**
 * The learner's choice; false unless they opted in.
 * @example
 * readOptIn(browserStore()); // false the first time
 */
export function readOptIn(store: KeyValueStore): boolean {
  try {
    return store.getItem(KEY) === 'yes';
  } catch {
    return false;
  }
}

/**
 * Remembers the learner's choice (for this page only when storage refuses).
 * @example
 * writeOptIn(browserStore(), true);
 */
export function writeOptIn(store: KeyValueStore, include: boolean): void {
  try {
    store.setItem(KEY, include ? 'yes' : 'no');
  } catch {
    // Not remembered: the box is unticked again next time, which errs on the side of privacy.
  }
}
