/**
 * The studio's drafts: the one being edited, the list of all of them, and
 * keeping them in the browser. The text is saved a second after typing
 * stops and when the page is hidden (closed, reloaded, switched away from);
 * a save the browser refuses is reported in words, with the text still on
 * screen to download. The draft store (engine/studio/draft-store.ts) does
 * the storing; this hook only keeps React state in step with it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createDraftStore, type Draft, type DraftProblem, type DraftSummary, type SaveOutcome } from '../../../../engine/runtime.js';
import { localDraftStorage } from './local-draft-storage.js';

/** How long typing may pause before the draft is saved. */
const SAVE_DELAY_MS = 1000;

/** The draft on screen. `id` is missing only while the browser has refused to keep it at all. */
export interface OpenDraft {
  id: string | undefined;
  name: string;
  text: string;
  /** Grows each time a draft is opened or made, so the editor starts afresh for it (and not when a refused draft is saved at last). */
  opening: number;
}

/** Whether what is on screen is kept. */
export type SaveState = { kind: 'saved'; at: string } | { kind: 'pending' } | { kind: 'failed'; message: string };

/** A draft just deleted, which can be brought back. */
export interface DeletedDraft {
  name: string;
  /** Where its copy is kept (for `restore`). */
  key: string;
}

/** What the studio needs from its drafts. */
export interface DraftsState {
  /** Undefined until the drafts have been read (and, the first time, a draft made from the template). */
  current: OpenDraft | undefined;
  /** Every draft, newest first. */
  list: DraftSummary[];
  save: SaveState;
  /** The draft just deleted, offered back until something else happens. */
  deleted: DeletedDraft | undefined;
  /** Something asked for that the browser refused (a rename, a deletion), in a sentence. */
  problem: string | undefined;
  /** Stored drafts that could not be read, set aside with their text. */
  problems: readonly DraftProblem[];
  edit(text: string): void;
  open(id: string): void;
  /** Adds a new draft and opens it; the current one is saved first, never overwritten. */
  create(name: string, text: string): void;
  rename(id: string, name: string): void;
  remove(id: string): void;
  undoRemove(): void;
}

/**
 * @example
 * ```tsx
 * const drafts = useDrafts(() => worker.start({ kind: 'start-from-template', text: template, today }));
 * <ScenarioEditor initialText={drafts.current.text} onChange={drafts.edit} />
 * ```
 * `firstDraft` makes the draft opened when there are none yet.
 */
export function useDrafts(firstDraft: () => Promise<{ name: string; text: string } | undefined>): DraftsState {
  const store = useMemo(() => createDraftStore(localDraftStorage(), { now: () => new Date() }, () => crypto.randomUUID()), []);
  const [current, setCurrent] = useState<OpenDraft | undefined>(undefined);
  const [list, setList] = useState<DraftSummary[]>([]);
  const [save, setSave] = useState<SaveState>({ kind: 'saved', at: '' });
  const [deleted, setDeleted] = useState<DeletedDraft | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const currentRef = useRef(current);
  currentRef.current = current;
  const dirty = useRef(false);
  const openings = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  const refresh = useCallback(() => setList(store.list()), [store]);

  /** Saves the draft on screen now, if it changed; a draft the browser never kept is added. */
  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const draft = currentRef.current;
    if (!draft || !dirty.current) return;
    const outcome = draft.id === undefined ? store.create(draft.name, draft.text) : store.save(draft.id, draft.text);
    if (outcome.ok) {
      dirty.current = false;
      if (draft.id === undefined) {
        const kept = { ...draft, id: outcome.draft.id };
        currentRef.current = kept;
        setCurrent(kept);
      }
    }
    setSave(stateOf(outcome));
    refresh();
  }, [store, refresh]);

  const show = useCallback((draft: Draft) => {
    dirty.current = false;
    openings.current += 1;
    const opened = { id: draft.id, name: draft.name, text: draft.text, opening: openings.current };
    currentRef.current = opened;
    setCurrent(opened);
    setSave({ kind: 'saved', at: draft.updatedAt });
  }, []);

  const create = useCallback(
    (name: string, text: string) => {
      flush();
      setDeleted(undefined);
      setProblem(undefined);
      const outcome = store.create(name, text);
      if (outcome.ok) show(outcome.draft);
      else {
        // Shown all the same, with the failure said; the next pause in typing tries again.
        dirty.current = true;
        openings.current += 1;
        const unsaved = { id: undefined, name, text, opening: openings.current };
        currentRef.current = unsaved;
        setCurrent(unsaved);
        setSave(stateOf(outcome));
      }
      refresh();
    },
    [store, flush, show, refresh],
  );

  /** Opens the newest draft, or makes the first one when there is none. */
  const openNewest = useCallback(
    (isCancelled: () => boolean = () => false) => {
      const newest = store.list()[0];
      const opened = newest ? store.open(newest.id) : undefined;
      if (opened) {
        show(opened);
        refresh();
        return;
      }
      void firstDraft().then((first) => {
        if (!isCancelled() && first) create(first.name, first.text);
      });
    },
    [store, show, refresh, create, firstDraft],
  );

  // On opening the page: the draft changed last (so a reload carries on where it stopped), or a first one.
  useEffect(() => {
    let cancelled = false;
    openNewest(() => cancelled);
    return () => {
      cancelled = true;
    };
    // Once: the drafts are read when the page opens.
  }, []);

  // Save what was typed if the page is closed or reloaded before the pause.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.clearTimeout(timer.current);
    };
  }, [flush]);

  return {
    current,
    list,
    save,
    deleted,
    problem,
    problems: store.problems,
    edit: (text) => {
      const draft = currentRef.current;
      if (!draft || draft.text === text) return;
      const next = { ...draft, text };
      currentRef.current = next;
      setCurrent(next);
      dirty.current = true;
      // A failure stays on screen until a save succeeds.
      setSave((state) => (state.kind === 'failed' ? state : { kind: 'pending' }));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
    },
    open: (id) => {
      flush();
      setDeleted(undefined);
      setProblem(undefined);
      const draft = store.open(id);
      if (draft) show(draft);
      else setProblem('That draft could not be opened: it may have been deleted in another tab.');
      refresh();
    },
    create,
    rename: (id, name) => {
      const outcome = store.rename(id, name);
      if (outcome.ok && currentRef.current?.id === id) {
        const renamed = { ...currentRef.current, name: outcome.draft.name };
        currentRef.current = renamed;
        setCurrent(renamed);
      }
      setProblem(outcome.ok ? undefined : outcome.message);
      refresh();
    },
    remove: (id) => {
      flush();
      const name = store.list().find((draft) => draft.id === id)?.name ?? 'The draft';
      const outcome = store.remove(id);
      if (!outcome.ok) {
        setProblem(outcome.message);
        return;
      }
      setProblem(undefined);
      setDeleted(outcome.deletedKey ? { name, key: outcome.deletedKey } : undefined);
      if (currentRef.current?.id === id) openNewest();
      else refresh();
    },
    undoRemove: () => {
      if (!deleted) return;
      flush();
      const outcome = store.restore(deleted.key);
      setDeleted(undefined);
      if (outcome.ok) show(outcome.draft);
      setProblem(outcome.ok ? undefined : outcome.message);
      refresh();
    },
  };
}

function stateOf(outcome: SaveOutcome): SaveState {
  return outcome.ok ? { kind: 'saved', at: outcome.draft.updatedAt } : { kind: 'failed', message: outcome.message };
}
