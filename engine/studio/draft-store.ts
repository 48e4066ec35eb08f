/**
 * The studio's drafts, kept in the browser and never lost. Each draft has
 * its own key (so one damaged or oversized draft never costs the others),
 * holding the storage envelope (engine/storage/stored-envelope.ts) around a
 * versioned draft. The storage rules are engine/storage's, as the reflective
 * log uses them:
 *
 * - a write is confirmed by reading it back, and a refused one (storage full
 *   or switched off) is a sentence to show, with the last saved text intact;
 * - an entry that cannot be read is copied to a `…:corrupt:<time>` key and
 *   removed from its own key only once the copy is confirmed; when there is
 *   no room for the copy it stays where it is and is never written over;
 * - deleting a draft moves it to a `…:deleted:<time>` key, so it can be
 *   restored; only deleted copies beyond the newest ten are pruned.
 *
 * Time and ids come in from the shell; the engine never reads a clock.
 */
import { defineFormat, readFormat } from '../kernel/format-version.js';
import { isRecord } from '../kernel/is-record.js';
import type { ListableStore } from '../storage/erase-stored-data.js';
import { readStored, type ReadStoredResult } from '../storage/read-stored.js';
import { StorageError } from '../storage/storage-error.js';
import { deletedStorageKey, studioDraftKeyPrefix, studioDraftStorageKey } from '../storage/storage-keys.js';
import { unwrapStored, wrapStored } from '../storage/stored-envelope.js';
import { writeStored, type StorageRefusal } from '../storage/write-stored.js';

/** The part of Web Storage the draft store uses, with its keys listed (localStorage's `key(i)` loop, or `Object.keys`). */
export interface DraftStorage {
  getItem(key: string): string | null;
  /** May throw when storage is full (QuotaExceededError) or switched off (SecurityError). */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Every key in the storage (the store picks out its own). */
  keys(): string[];
}

/** One draft. */
export interface Draft {
  /** Stable for the draft's life; part of its key. */
  id: string;
  /** The author's name for it, e.g. `Closing too soon` or `Untitled draft (2)`. */
  name: string;
  /** The scenario text. */
  text: string;
  /** When it was created (ISO). */
  createdAt: string;
  /** When its text or name last changed (ISO). */
  updatedAt: string;
}

/** A draft as the list shows it. */
export interface DraftSummary {
  id: string;
  name: string;
  updatedAt: string;
  /** The size of its text in UTF-8 bytes. */
  bytes: number;
}

/** A deleted draft that can still be restored. */
export interface DeletedDraftSummary extends DraftSummary {
  /** The key its copy is under: pass it to `restore`. */
  key: string;
  /** When it was deleted (ISO). */
  deletedAt: string;
}

/** The outcome of a save: the draft as stored, or why it was not stored, in a sentence the page can show. */
export type SaveOutcome = { ok: true; draft: Draft } | { ok: false; reason: StorageRefusal; message: string };

/** The outcome of a deletion: where the draft's copy is kept for undo, or why it was not deleted. */
export type RemoveOutcome = { ok: true; deletedKey: string | null } | { ok: false; reason: StorageRefusal; message: string };

/** A stored entry that could not be read. */
export interface DraftProblem {
  /** The key it was found under. */
  key: string;
  /** The key it was moved to; null when there was no room, so it is still under `key`, untouched. */
  movedTo: string | null;
  /** Why it could not be read. */
  message: string;
  /** Its text exactly as stored, for the page to offer as a download. */
  text: string;
}

/** What {@link createDraftStore} returns. */
export interface DraftStore {
  /** Every readable draft, newest first. Damaged entries found on the way are set aside (see `problems`). */
  list(): DraftSummary[];
  /** The draft, or undefined when there is none with this id (or it cannot be read). */
  open(id: string): Draft | undefined;
  /** A new draft, named by {@link nextDraftName}: a name another draft has gets a number, and an empty one is "Untitled draft". */
  create(name: string, text: string): SaveOutcome;
  /** Saves the draft's text (the autosave). A draft deleted meanwhile, in another tab, is kept again rather than lost. */
  save(id: string, text: string): SaveOutcome;
  /** Renames the draft; an empty name keeps the old one. */
  rename(id: string, name: string): SaveOutcome;
  /** Moves the draft to the recently deleted, from where `restore` brings it back. */
  remove(id: string): RemoveOutcome;
  /** The recently deleted drafts, newest first (at most ten are kept). */
  listDeleted(): DeletedDraftSummary[];
  /** Brings a deleted draft back (under a new id if its old one is taken again). */
  restore(deletedKey: string): SaveOutcome;
  /** Deletes a deleted draft's copy for good (the person's choice, e.g. to free space); false when the browser refused. */
  forget(deletedKey: string): boolean;
  /**
   * The keys the damaged entries found so far now live under: the
   * `…:corrupt:…` key each was moved to, or its own key when there was no
   * room to move it. None of them is ever written over.
   */
  setAside: string[];
  /** The damaged entries found so far, with their text for a download. */
  problems: DraftProblem[];
}

/** The kind the storage envelope says it holds. */
const KIND = 'studio-draft';

/** The version of a stored draft; readers accept the range `defineFormat` declares. */
const DRAFT_FORMAT_VERSION = 1;
const DRAFT_FORMAT = defineFormat({ current: DRAFT_FORMAT_VERSION });

/** How many deleted drafts are kept for undo. */
export const DELETED_DRAFTS_KEPT = 10;

/** The longest name kept; a longer one is cut. */
const NAME_LENGTH = 120;

/** The name of a draft nobody named. */
const UNTITLED = 'Untitled draft';

/** A draft as stored: the draft, its format version and, once deleted, when. */
interface StoredDraft extends Draft {
  formatVersion: number;
  deletedAt?: string;
}

/**
 * The one rule for a new draft's name, so drafts are told apart: the name
 * wanted (its words on one line, at most 120 characters; `Untitled draft`
 * when it is empty) if no draft has it, else the same with the lowest
 * number not in use: `A new scenario (2)`, `A new scenario (3)`, …
 *
 * @example
 * nextDraftName([]); // 'Untitled draft'
 * nextDraftName([{ name: 'Untitled draft' }, { name: 'Untitled draft (3)' }]); // 'Untitled draft (2)'
 * nextDraftName([{ name: 'A new scenario' }], 'A new scenario'); // 'A new scenario (2)'
 */
export function nextDraftName(list: readonly { name: string }[], wanted = ''): string {
  const base = cleanName(wanted) || UNTITLED;
  const used = new Set(list.map((draft) => draft.name));
  if (!used.has(base)) return base;
  for (let number = 2; ; number += 1) {
    const suffix = ` (${number})`;
    // A long name is cut to leave room for its number, so the name stays within the limit and still differs.
    const name = `${base.slice(0, NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name)) return name;
  }
}

/** A name on one line, without surrounding spaces, at most {@link NAME_LENGTH} characters. */
function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, NAME_LENGTH).trim();
}

/** UTF-8 bytes of a text. */
function bytesOf(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Reads a stored draft, or throws a StorageError saying what is wrong
 * (readStored sets the entry aside with that message).
 */
function decodeDraft(text: string, id: string): StoredDraft {
  const data = unwrapStored(text, KIND);
  const hint = 'Download it from the notice to keep a copy; the studio carries on without it.';
  if (!isRecord(data)) throw new StorageError('The saved draft is not an object.', hint);
  const reading = readFormat(data, DRAFT_FORMAT);
  if (reading.status !== 'readable') throw new StorageError(`The saved draft is in format ${JSON.stringify(data.formatVersion ?? null)}, which this version of the studio does not read.`, hint);
  const draft = reading.data;
  for (const field of ['id', 'name', 'text', 'createdAt', 'updatedAt'] as const) {
    if (typeof draft[field] !== 'string') throw new StorageError(`The saved draft has no ${field}.`, hint);
  }
  if (draft.id !== id) throw new StorageError(`The saved draft says it is "${String(draft.id)}", but it is stored as "${id}".`, hint);
  if (draft.deletedAt !== undefined && typeof draft.deletedAt !== 'string') throw new StorageError('The saved draft has a deletion time that is not a time.', hint);
  return draft as unknown as StoredDraft;
}

/** The draft without its storage fields. */
function draftOf(stored: StoredDraft): Draft {
  return { id: stored.id, name: stored.name, text: stored.text, createdAt: stored.createdAt, updatedAt: stored.updatedAt };
}

/** What a key under the draft prefix holds. */
type DraftKey = { kind: 'draft'; id: string } | { kind: 'deleted'; id: string; deletedAt: string } | { kind: 'other' };

function classify(key: string): DraftKey {
  const prefix = studioDraftKeyPrefix();
  if (!key.startsWith(prefix)) return { kind: 'other' };
  const rest = key.slice(prefix.length);
  // Set-aside copies (`…:corrupt:…`) are kept for the person, never read again as drafts.
  if (rest.includes(':corrupt:')) return { kind: 'other' };
  const deleted = /^([A-Za-z0-9_-]+):deleted:([^:].*)$/.exec(rest);
  if (deleted) return { kind: 'deleted', id: deleted[1]!, deletedAt: deleted[2]! };
  return /^[A-Za-z0-9_-]+$/.test(rest) ? { kind: 'draft', id: rest } : { kind: 'other' };
}

/** The sentence for a refused write of the draft called `name`. */
function refusalMessage(reason: StorageRefusal, name: string, kept: 'previous' | 'nothing'): string {
  const still = kept === 'previous' ? ' The last saved version is still kept.' : '';
  return reason === 'full'
    ? `"${name}" was not saved: this browser's storage is full.${still} Download the draft to keep a copy, or delete drafts you no longer need, then try again.`
    : `"${name}" was not saved: this browser is not letting Common Ground use its storage (it may be switched off, or blocked as in some private windows).${still} Download the draft to keep a copy.`;
}

/**
 * A {@link DraftStorage} over a Web Storage-like store that lists its keys
 * by index, as `localStorage` does.
 *
 * @example
 * const drafts = createDraftStore(listableDraftStorage(localStorage), { now: () => new Date() }, () => crypto.randomUUID());
 */
export function listableDraftStorage(store: ListableStore): DraftStorage {
  return {
    getItem: (key) => store.getItem(key),
    setItem: (key, value) => store.setItem(key, value),
    removeItem: (key) => store.removeItem(key),
    keys: () => {
      const keys: string[] = [];
      for (let index = 0; index < store.length; index += 1) {
        const key = store.key(index);
        if (key !== null) keys.push(key);
      }
      return keys;
    },
  };
}

/**
 * The drafts kept in `storage`. Creating the store looks over what is
 * stored once, so damaged entries are set aside (and reported in
 * `setAside` and `problems`) before anything is written. No method throws,
 * whatever the storage does.
 *
 * @example
 * const drafts = createDraftStore(storage, { now: () => new Date() }, () => crypto.randomUUID());
 * const made = drafts.create('', templateText); // { ok: true, draft: { name: 'Untitled draft', … } }
 * if (made.ok) drafts.save(made.draft.id, editedText);
 */
export function createDraftStore(storage: DraftStorage, clock: { now(): Date }, makeId: () => string): DraftStore {
  const setAside: string[] = [];
  const problems: DraftProblem[] = [];
  const now = () => clock.now().toISOString();

  /** Reads one entry, setting it aside if it is damaged, and notes the damage once. */
  function read(key: string, id: string): ReadStoredResult<StoredDraft> {
    const result = readStored(storage, key, (text) => decodeDraft(text, id), { now: now() });
    if (result.status === 'corrupt') {
      const where = result.movedTo ?? key;
      if (!setAside.includes(where)) {
        setAside.push(where);
        problems.push({ key, movedTo: result.movedTo, message: result.message, text: result.text });
      }
    }
    return result;
  }

  /** Every key of ours, or none when storage cannot be listed. */
  function ourKeys(): { key: string; what: DraftKey }[] {
    let keys: string[];
    try {
      keys = storage.keys();
    } catch {
      return [];
    }
    return keys.map((key) => ({ key, what: classify(key) })).filter(({ what }) => what.kind !== 'other');
  }

  function write(stored: StoredDraft, key: string, kept: 'previous' | 'nothing'): SaveOutcome {
    let text: string;
    try {
      text = wrapStored(KIND, stored, now());
    } catch (error) {
      return { ok: false, reason: 'unavailable', message: `"${stored.name}" was not saved: ${error instanceof Error ? error.message : String(error)}. Download the draft to keep a copy.` };
    }
    const written = writeStored(storage, key, text);
    return written.ok ? { ok: true, draft: draftOf(stored) } : { ok: false, reason: written.refusal, message: refusalMessage(written.refusal, stored.name, kept) };
  }

  function isFree(key: string): boolean {
    try {
      return storage.getItem(key) === null;
    } catch {
      return true;
    }
  }

  /** An id from `makeId`, made safe for a key and not in use. */
  function freshId(): string {
    const base = makeId().replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64) || 'draft';
    let id = base;
    for (let suffix = 2; !isFree(studioDraftStorageKey(id)); suffix += 1) id = `${base}-${suffix}`;
    return id;
  }

  function list(): DraftSummary[] {
    const drafts: DraftSummary[] = [];
    for (const { key, what } of ourKeys()) {
      if (what.kind !== 'draft') continue;
      const result = read(key, what.id);
      if (result.status === 'ok') drafts.push({ id: result.value.id, name: result.value.name, updatedAt: result.value.updatedAt, bytes: bytesOf(result.value.text) });
    }
    return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  function listDeleted(): DeletedDraftSummary[] {
    const deleted: DeletedDraftSummary[] = [];
    for (const { key, what } of ourKeys()) {
      if (what.kind !== 'deleted') continue;
      const result = read(key, what.id);
      if (result.status === 'ok') {
        const draft = result.value;
        deleted.push({ key, id: draft.id, name: draft.name, updatedAt: draft.updatedAt, bytes: bytesOf(draft.text), deletedAt: draft.deletedAt ?? what.deletedAt });
      }
    }
    return deleted.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || a.key.localeCompare(b.key));
  }

  /** Removes deleted copies beyond the newest {@link DELETED_DRAFTS_KEPT}, by the time in their keys. */
  function pruneDeleted(): void {
    const deleted = ourKeys()
      .flatMap(({ key, what }) => (what.kind === 'deleted' ? [{ key, at: what.deletedAt }] : []))
      .sort((a, b) => b.at.localeCompare(a.at) || a.key.localeCompare(b.key));
    for (const { key } of deleted.slice(DELETED_DRAFTS_KEPT)) {
      try {
        storage.removeItem(key);
      } catch {
        // Left for the next deletion to prune.
      }
    }
  }

  /** The stored draft under `id`, or why there is none to change. */
  function current(id: string): { status: 'ok'; stored: StoredDraft } | { status: 'empty' } | { status: 'held'; message: string } | { status: 'unavailable'; message: string } {
    const key = studioDraftStorageKey(id);
    const result = read(key, id);
    switch (result.status) {
      case 'ok':
        return { status: 'ok', stored: result.value };
      case 'empty':
        return { status: 'empty' };
      case 'corrupt':
        // Moved aside: the key is free. Still there (no room to copy it): it must not be written over.
        return result.movedTo === null ? { status: 'held', message: `The saved copy of this draft could not be read (${result.message}), and there is no room in this browser's storage to set it aside, so it is left as it was and nothing was saved over it. Download the draft to keep your text, then free some space.` } : { status: 'empty' };
      case 'unavailable':
        return { status: 'unavailable', message: `The draft was not saved: this browser would not let Common Ground read its storage (${result.detail}). Download the draft to keep a copy.` };
    }
  }

  const store: DraftStore = {
    list,
    listDeleted,
    setAside,
    problems,
    open(id) {
      if (classify(studioDraftStorageKey(id)).kind !== 'draft') return undefined;
      const found = current(id);
      return found.status === 'ok' ? draftOf(found.stored) : undefined;
    },
    create(name, text) {
      const at = now();
      const id = freshId();
      const stored: StoredDraft = { formatVersion: DRAFT_FORMAT_VERSION, id, name: nextDraftName(list(), name), text, createdAt: at, updatedAt: at };
      return write(stored, studioDraftStorageKey(id), 'nothing');
    },
    save(id, text) {
      if (classify(studioDraftStorageKey(id)).kind !== 'draft') return { ok: false, reason: 'unavailable', message: `"${id}" is not a draft id.` };
      const found = current(id);
      if (found.status === 'held') return { ok: false, reason: 'full', message: found.message };
      if (found.status === 'unavailable') return { ok: false, reason: 'unavailable', message: found.message };
      const at = now();
      if (found.status === 'ok') {
        if (found.stored.text === text) return { ok: true, draft: draftOf(found.stored) };
        return write({ ...found.stored, text, updatedAt: at }, studioDraftStorageKey(id), 'previous');
      }
      // Deleted in another tab, or set aside as damaged: keep what is on screen rather than lose it.
      return write({ formatVersion: DRAFT_FORMAT_VERSION, id, name: nextDraftName(list()), text, createdAt: at, updatedAt: at }, studioDraftStorageKey(id), 'nothing');
    },
    rename(id, name) {
      if (classify(studioDraftStorageKey(id)).kind !== 'draft') return { ok: false, reason: 'unavailable', message: `"${id}" is not a draft id.` };
      const found = current(id);
      if (found.status === 'held') return { ok: false, reason: 'full', message: found.message };
      if (found.status === 'unavailable') return { ok: false, reason: 'unavailable', message: found.message };
      if (found.status === 'empty') return { ok: false, reason: 'unavailable', message: 'That draft is no longer in this browser: it may have been deleted in another tab.' };
      const cleaned = cleanName(name);
      if (cleaned === '' || cleaned === found.stored.name) return { ok: true, draft: draftOf(found.stored) };
      return write({ ...found.stored, name: cleaned, updatedAt: now() }, studioDraftStorageKey(id), 'previous');
    },
    remove(id) {
      if (classify(studioDraftStorageKey(id)).kind !== 'draft') return { ok: true, deletedKey: null };
      const found = current(id);
      if (found.status === 'unavailable') return { ok: false, reason: 'unavailable', message: found.message.replace('The draft was not saved', 'The draft was not deleted') };
      if (found.status === 'held') return { ok: false, reason: 'full', message: found.message };
      // Nothing stored, or the damaged entry was set aside (and is kept there).
      if (found.status === 'empty') return { ok: true, deletedKey: null };
      const at = now();
      const deletedKey = deletedStorageKey(studioDraftStorageKey(id), at);
      const kept = write({ ...found.stored, deletedAt: at }, deletedKey, 'previous');
      if (!kept.ok) {
        const message = `"${found.stored.name}" was not deleted: there is no room in this browser's storage to keep a copy to undo with, so it is left as it was. Download it, then try again, or empty the recently deleted drafts.`;
        return { ok: false, reason: kept.reason, message: kept.reason === 'full' ? message : kept.message.replace('was not saved', 'was not deleted') };
      }
      try {
        storage.removeItem(studioDraftStorageKey(id));
      } catch {
        // The copy is made; the draft itself stays listed until storage lets it go.
      }
      pruneDeleted();
      return { ok: true, deletedKey };
    },
    restore(deletedKey) {
      const what = classify(deletedKey);
      if (what.kind !== 'deleted') return { ok: false, reason: 'unavailable', message: 'That is not a deleted draft.' };
      const result = read(deletedKey, what.id);
      if (result.status !== 'ok') return { ok: false, reason: 'unavailable', message: 'That deleted draft is no longer in this browser.' };
      const { deletedAt: _deletedAt, ...stored } = result.value;
      const id = isFree(studioDraftStorageKey(stored.id)) ? stored.id : freshId();
      const restored = write({ ...stored, id, updatedAt: now() }, studioDraftStorageKey(id), 'nothing');
      if (restored.ok) {
        try {
          storage.removeItem(deletedKey);
        } catch {
          // Two copies are better than none; the deleted one is pruned in time.
        }
      }
      return restored;
    },
    forget(deletedKey) {
      if (classify(deletedKey).kind !== 'deleted') return false;
      try {
        storage.removeItem(deletedKey);
        return storage.getItem(deletedKey) === null;
      } catch {
        return false;
      }
    },
  };
  // Look over what is stored at once, so damage is set aside before anything is saved.
  list();
  listDeleted();
  return store;
}
