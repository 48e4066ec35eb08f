/**
 * The names the site stores things under in the browser. Every key carries
 * the storage format version, so a later, incompatible release can use new
 * keys and leave old data readable (or removable) instead of misreading it.
 */

/** Prefix shared by every key Common Ground writes. */
const STORAGE_NAMESPACE = 'common-ground';

/** The storage format version in every key; bump it when stored shapes change incompatibly. */
const STORAGE_VERSION = 1;

const prefix = `${STORAGE_NAMESPACE}:v${STORAGE_VERSION}`;

/**
 * The key of the saved session for one scenario.
 *
 * @example
 * sessionStorageKey('closing-too-soon'); // 'common-ground:v1:session:closing-too-soon'
 */
export function sessionStorageKey(scenarioId: string): string {
  return `${prefix}:session:${scenarioId}`;
}

/**
 * The key of the reflective log (every reflection and record, all scenarios).
 *
 * @example
 * reflectiveLogStorageKey(); // 'common-ground:v1:reflective-log'
 */
export function reflectiveLogStorageKey(): string {
  return `${prefix}:reflective-log`;
}

/**
 * The prefix of every studio draft's key; a draft's key is this and its id
 * (`studioDraftStorageKey`). Keys that add `:deleted:…` or `:corrupt:…` to a
 * draft's key hold its recently deleted or set-aside copies.
 *
 * @example
 * studioDraftKeyPrefix(); // 'common-ground:v1:studio:draft:'
 */
export function studioDraftKeyPrefix(): string {
  return `${prefix}:studio:draft:`;
}

/**
 * The key of one studio draft.
 *
 * @example
 * studioDraftStorageKey('3f2a'); // 'common-ground:v1:studio:draft:3f2a'
 */
export function studioDraftStorageKey(id: string): string {
  return `${studioDraftKeyPrefix()}${id}`;
}

/**
 * Where unreadable data under `key` is moved so it is kept (for support or
 * recovery) but no longer read. The timestamp is the wall-clock time given
 * by the caller, so two quarantines of the same key do not overwrite each other.
 *
 * @example
 * corruptStorageKey('common-ground:v1:reflective-log', '2026-12-18T10:00:00.000Z');
 * // 'common-ground:v1:reflective-log:corrupt:2026-12-18T10:00:00.000Z'
 */
export function corruptStorageKey(key: string, timestamp: string): string {
  return `${key}:corrupt:${timestamp}`;
}

/**
 * Where data under `key` is kept after the person deleted it, so the
 * deletion can be undone. The timestamp is the caller's wall-clock time, as
 * for {@link corruptStorageKey}.
 *
 * @example
 * deletedStorageKey('common-ground:v1:studio:draft:3f2a', '2026-12-18T10:00:00.000Z');
 * // 'common-ground:v1:studio:draft:3f2a:deleted:2026-12-18T10:00:00.000Z'
 */
export function deletedStorageKey(key: string, timestamp: string): string {
  return `${key}:deleted:${timestamp}`;
}

/** What a stored key holds, as far as "delete everything" tells the learner. */
export type StorageKeyKind =
  /** The reflective log. */
  | { kind: 'reflective-log' }
  /** A scenario's saved progress, with anything typed in it. */
  | { kind: 'session'; scenarioId: string }
  /** A copy of data that could not be read, kept aside. */
  | { kind: 'set-aside' }
  /** Anything else Common Ground wrote (another version's keys, settings). */
  | { kind: 'other' };

/**
 * True for every key Common Ground writes, whatever its storage version.
 *
 * @example
 * isCommonGroundKey('common-ground:v1:session:closing-too-soon'); // true
 * isCommonGroundKey('another-site:thing');                        // false
 */
export function isCommonGroundKey(key: string): boolean {
  return key.startsWith(`${STORAGE_NAMESPACE}:`);
}

/**
 * What a Common Ground key holds.
 *
 * @example
 * describeStorageKey('common-ground:v1:session:closing-too-soon'); // { kind: 'session', scenarioId: 'closing-too-soon' }
 */
export function describeStorageKey(key: string): StorageKeyKind {
  if (key.includes(':corrupt:')) return { kind: 'set-aside' };
  if (key === reflectiveLogStorageKey()) return { kind: 'reflective-log' };
  const session = `${prefix}:session:`;
  if (key.startsWith(session)) return { kind: 'session', scenarioId: key.slice(session.length) };
  return { kind: 'other' };
}
