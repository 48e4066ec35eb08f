/**
 * The studio's drafts: the one being edited, the list of all of them, and
 * keeping them in the browser. The text is saved a second after typing
 * stops and when the page is hidden (closed, reloaded, switched away from);
 * a save the browser refuses is reported in words, with the text still on
 * screen to download. The rules (which draft opens, what a deletion opens,
 * keeping a draft the browser refused) are the draft session's
 * (engine/studio/draft-session.ts) over the draft store; this hook keeps
 * React state in step with it and owns the timer and the page-hide event.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createDraftSession, createDraftStore, type DraftSessionState, type OpenDraft } from '../../../../engine/runtime.js';
import { localDraftStorage } from './local-draft-storage.js';

/** How long typing may pause before the draft is saved. */
const SAVE_DELAY_MS = 1000;

/**
 * What the studio needs from its drafts: the session's state (its
 * `current` undefined until the drafts have been read and, the first time, a
 * draft made from the template), and what can be done to them.
 */
export interface DraftsState extends Omit<DraftSessionState, 'wantsFirst' | 'unsaved'> {
  edit(text: string): void;
  open(id: string): void;
  /** Adds a new draft and opens it; the current one is saved first, never overwritten. Gives the draft as opened (its name numbered when another draft has it). */
  create(name: string, text: string): OpenDraft | undefined;
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
  const session = useMemo(() => createDraftSession(createDraftStore(localDraftStorage(), { now: () => new Date() }, () => crypto.randomUUID())), []);
  const [state, setState] = useState<DraftSessionState>(() => session.state());
  const timer = useRef<number | undefined>(undefined);

  /** Takes the session's state after something that saved the draft on screen first, so no save is still waiting. */
  const settled = useCallback((next: DraftSessionState) => {
    window.clearTimeout(timer.current);
    setState(next);
  }, []);
  const flush = useCallback(() => settled(session.flush()), [session, settled]);

  // On opening the page: the draft changed last, or a first one (see engine/studio/draft-session.ts).
  useEffect(() => setState(session.openNewest()), [session]);

  // No draft to open (the first visit, or the last draft deleted): make one.
  useEffect(() => {
    if (!state.wantsFirst) return;
    let cancelled = false;
    void firstDraft().then((first) => {
      if (!cancelled && first) settled(session.startFirst(first.name, first.text));
    });
    return () => {
      cancelled = true;
    };
  }, [state.wantsFirst]);

  // Save what was typed if the page is closed or reloaded before the pause.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.clearTimeout(timer.current);
    };
  }, [flush]);

  return {
    current: state.current,
    list: state.list,
    save: state.save,
    deleted: state.deleted,
    problem: state.problem,
    problems: state.problems,
    edit: (text) => {
      const next = session.edit(text);
      setState(next);
      if (!next.unsaved) return;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, SAVE_DELAY_MS);
    },
    open: (id) => settled(session.open(id)),
    create: (name, text) => {
      const next = session.create(name, text);
      settled(next);
      return next.current;
    },
    rename: (id, name) => setState(session.rename(id, name)),
    remove: (id) => settled(session.remove(id)),
    undoRemove: () => settled(session.undoRemove()),
  };
}
