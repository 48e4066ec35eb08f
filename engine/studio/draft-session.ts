/**
 * The studio's drafts as the page works with them: which draft is on
 * screen, whether it is kept, and what happens on each thing the author
 * does. The rules live here, over a {@link DraftStore}; the page's hook only
 * keeps its state in step and owns the timer and the page-hide event (the
 * engine has no clock and no timers). The rules:
 *
 * - on opening the page, the newest draft opens (so a reload carries on
 *   where it stopped); when there is none, the session asks for a first
 *   one (the page makes it from the template) — and so again when the draft
 *   on screen is deleted and no other can be opened;
 * - opening, starting, deleting or restoring a draft saves the one on
 *   screen first, so nothing typed is ever overwritten;
 * - a draft the browser refused to keep is shown all the same, with the
 *   refusal said, and every later save tries to keep it again; kept at
 *   last, it carries on as the same draft (the editor does not start afresh).
 *
 * @example
 * const session = createDraftSession(createDraftStore(storage, clock, makeId));
 * let state = session.openNewest();
 * if (state.wantsFirst) state = session.startFirst('A new scenario', templateText);
 * state = session.edit(typedText); // state.unsaved: save after a pause
 * state = session.flush(); // state.save: { kind: 'saved', at: '2026-12-18T10:04:00.000Z' }
 */
import { nextDraftName, type Draft, type DraftProblem, type DraftStore, type DraftSummary, type SaveOutcome } from './draft-store.js';

/** The draft on screen. `id` is missing only while the browser has refused to keep it at all. */
export interface OpenDraft {
  id: string | undefined;
  name: string;
  text: string;
  /** Grows each time a draft is opened or made, so the editor starts afresh for it (and not when a refused draft is kept at last). */
  opening: number;
}

/** Whether what is on screen is kept: saved (at a time; `''` before anything is open), waiting for a pause in typing, or refused. */
export type DraftSaveState = { kind: 'saved'; at: string } | { kind: 'pending' } | { kind: 'failed'; message: string };

/** A draft just deleted, which can be brought back. */
export interface UndoableDeletion {
  name: string;
  /** Where its copy is kept (for the store's `restore`). */
  key: string;
}

/** What the page shows of its drafts. A new object after every change. */
export interface DraftSessionState {
  /** The draft on screen; undefined until one is open. */
  current: OpenDraft | undefined;
  /** Every draft, newest first. */
  list: DraftSummary[];
  save: DraftSaveState;
  /** The draft just deleted, offered back until something else happens. */
  deleted: UndoableDeletion | undefined;
  /** Something asked for that the browser refused (a rename, a deletion), in a sentence. */
  problem: string | undefined;
  /** Stored drafts that could not be read, set aside with their text. */
  problems: readonly DraftProblem[];
  /** No draft is open and none could be: make a first one and pass it to `startFirst`. */
  wantsFirst: boolean;
  /** The text on screen has changed since it was last kept: `flush` after a pause in typing. */
  unsaved: boolean;
}

/** What {@link createDraftSession} returns. Every method returns the state after it. */
export interface DraftSession {
  /** The state as it is. */
  state(): DraftSessionState;
  /** Opens the newest draft that can be opened; with none, asks for a first one (`wantsFirst`). */
  openNewest(): DraftSessionState;
  /** Adds and opens the first draft, only while one is wanted (a draft opened meanwhile wins). */
  startFirst(name: string, text: string): DraftSessionState;
  /** The author typed: the text on screen is now this, to be saved after a pause. */
  edit(text: string): DraftSessionState;
  /** Saves the draft on screen now, if it changed; a draft the browser never kept is added. */
  flush(): DraftSessionState;
  /** Saves the draft on screen, then opens another. */
  open(id: string): DraftSessionState;
  /** Saves the draft on screen, then adds a new draft (named by {@link nextDraftName}) and opens it. */
  create(name: string, text: string): DraftSessionState;
  rename(id: string, name: string): DraftSessionState;
  /** Saves the draft on screen, then deletes `id` (offering it back); deleting the one on screen opens the newest other. */
  remove(id: string): DraftSessionState;
  /** Brings back the draft just deleted, and opens it. */
  undoRemove(): DraftSessionState;
}

function saveStateOf(outcome: SaveOutcome): DraftSaveState {
  return outcome.ok ? { kind: 'saved', at: outcome.draft.updatedAt } : { kind: 'failed', message: outcome.message };
}

/** What the page says when a draft in the list cannot be opened. */
const CANNOT_OPEN = 'That draft could not be opened: it may have been deleted in another tab.';

/**
 * A session over the drafts in `store`. Nothing is read until
 * `openNewest`; no method throws (the store's never do).
 *
 * @example
 * const session = createDraftSession(createDraftStore(localDraftStorage(), { now: () => new Date() }, () => crypto.randomUUID()));
 * session.openNewest().current?.name; // 'Closing too soon'
 */
export function createDraftSession(store: DraftStore): DraftSession {
  let current: OpenDraft | undefined;
  let list: DraftSummary[] = [];
  let save: DraftSaveState = { kind: 'saved', at: '' };
  let deleted: UndoableDeletion | undefined;
  let problem: string | undefined;
  let wantsFirst = false;
  let unsaved = false;
  let openings = 0;

  const state = (): DraftSessionState => ({ current, list, save, deleted, problem, problems: [...store.problems], wantsFirst, unsaved });
  const refresh = () => {
    list = store.list();
  };

  function show(draft: Draft): void {
    openings += 1;
    current = { id: draft.id, name: draft.name, text: draft.text, opening: openings };
    save = { kind: 'saved', at: draft.updatedAt };
    unsaved = false;
    wantsFirst = false;
  }

  function flush(): void {
    if (!current || !unsaved) return;
    const outcome = current.id === undefined ? store.create(current.name, current.text) : store.save(current.id, current.text);
    if (outcome.ok) {
      unsaved = false;
      // Kept at last: the same draft from now on, under the id (and name) the store gave it.
      if (current.id === undefined) current = { ...current, id: outcome.draft.id, name: outcome.draft.name };
    }
    save = saveStateOf(outcome);
    refresh();
  }

  function openNewest(): void {
    for (const summary of store.list()) {
      const draft = store.open(summary.id);
      if (draft) {
        show(draft);
        refresh();
        return;
      }
    }
    // None at all, or none that can be read: the page makes a first one.
    current = undefined;
    unsaved = false;
    wantsFirst = true;
    refresh();
  }

  function create(name: string, text: string): void {
    flush();
    deleted = undefined;
    problem = undefined;
    const outcome = store.create(name, text);
    if (outcome.ok) show(outcome.draft);
    else {
      // Shown all the same, with the refusal said, under the name it will be kept as; every later save tries again.
      openings += 1;
      current = { id: undefined, name: nextDraftName(store.list(), name), text, opening: openings };
      save = saveStateOf(outcome);
      unsaved = true;
      wantsFirst = false;
    }
    refresh();
  }

  return {
    state,
    openNewest() {
      openNewest();
      return state();
    },
    startFirst(name, text) {
      if (!wantsFirst) return state();
      // Made for the author, not by them: a deletion just made (of the last draft) is still offered back.
      const offered = deleted;
      create(name, text);
      deleted = offered;
      return state();
    },
    edit(text) {
      if (!current || current.text === text) return state();
      current = { ...current, text };
      unsaved = true;
      // A refusal stays said until a save succeeds.
      if (save.kind !== 'failed') save = { kind: 'pending' };
      return state();
    },
    flush() {
      flush();
      return state();
    },
    open(id) {
      flush();
      deleted = undefined;
      problem = undefined;
      const draft = store.open(id);
      if (draft) show(draft);
      else problem = CANNOT_OPEN;
      refresh();
      return state();
    },
    create(name, text) {
      create(name, text);
      return state();
    },
    rename(id, name) {
      const outcome = store.rename(id, name);
      if (outcome.ok && current?.id === id) current = { ...current, name: outcome.draft.name };
      problem = outcome.ok ? undefined : outcome.message;
      refresh();
      return state();
    },
    remove(id) {
      flush();
      const name = store.list().find((draft) => draft.id === id)?.name ?? 'The draft';
      const outcome = store.remove(id);
      if (!outcome.ok) {
        problem = outcome.message;
        return state();
      }
      problem = undefined;
      deleted = outcome.deletedKey ? { name, key: outcome.deletedKey } : undefined;
      if (current?.id === id) openNewest();
      else refresh();
      return state();
    },
    undoRemove() {
      if (!deleted) return state();
      flush();
      const outcome = store.restore(deleted.key);
      deleted = undefined;
      if (outcome.ok) show(outcome.draft);
      problem = outcome.ok ? undefined : outcome.message;
      refresh();
      return state();
    },
  };
}
