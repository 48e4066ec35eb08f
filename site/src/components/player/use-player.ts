/**
 * The player's state: the session (an event log), the view derived from it,
 * text being typed, and persistence to the browser. Moves go through the
 * engine's runner; this hook only keeps React state and storage in step.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { choose, continueSession, mdastText, type PromptView, restartSession, type Scenario, type Session, type SessionView, startSession, stepBack, viewSession } from '../../../../engine/runtime.js';
import { browserStore, wallClockNow } from '../../lib/browser-store.js';
import { coalesceWrite } from '../../lib/coalesce-write.js';
import { recordLogEntry } from '../../lib/reflective-log-store.js';
import { loadSession, saveSession } from '../../lib/session-persistence.js';

/** What the player component needs. */
export interface PlayerState {
  view: SessionView;
  session: Session;
  /** Text being typed, by prompt id, ahead of the session. */
  drafts: Record<string, string>;
  /** Messages for the learner (resumed, damaged save set aside, storage refused). */
  notices: string[];
  /** Bumped after each move so the page can move focus to the new scene. */
  moveCount: number;
  /** True once the browser's saved state has been read. */
  loaded: boolean;
  choose(choiceId: string): void;
  continueOn(): void;
  write(prompt: PromptView, text: string): void;
  commitDrafts(): void;
  back(): void;
  restart(): void;
}

/** How long typing may pause before the text is written into the session. */
const WRITE_DELAY_MS = 400;

/**
 * @example
 * ```tsx
 * const player = usePlayer(scenario);
 * <button onClick={() => player.choose('phone-today')}>…</button>
 * ```
 */
export function usePlayer(scenario: Scenario): PlayerState {
  // The first render (on the server and at hydration) shows a fresh session;
  // the saved one is read after hydration so the two renders match.
  const [session, setSession] = useState<Session>(() => startSession(scenario));
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [notices, setNotices] = useState<string[]>([]);
  const [moveCount, setMoveCount] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const sessionRef = useRef(session);
  const draftsRef = useRef(drafts);
  sessionRef.current = session;
  draftsRef.current = drafts;

  const view = useMemo(() => viewSession(scenario, session), [scenario, session]);

  useEffect(() => {
    const loadedSession = loadSession(browserStore(), scenario, wallClockNow());
    const messages: string[] = [];
    if (loadedSession.message) messages.push(loadedSession.message);
    if (loadedSession.resumed) messages.push('Welcome back: you are where you stopped. Use Restart to begin again.');
    setSession(loadedSession.session);
    setNotices(messages);
    setLoaded(true);
  }, [scenario]);

  const update = useCallback(
    (next: Session, moved: boolean) => {
      setSession(next);
      sessionRef.current = next;
      if (moved) setMoveCount((count) => count + 1);
      if (!saveSession(browserStore(), next, wallClockNow())) {
        setNotices((current) =>
          current.includes(storageRefused) ? current : [...current, storageRefused],
        );
      }
    },
    [],
  );

  /** Writes every pending draft into the session (before a move, on blur, or after a pause). */
  const flush = useCallback((): Session => {
    window.clearTimeout(timer.current);
    let next = sessionRef.current;
    const pending = draftsRef.current;
    for (const [promptId, text] of Object.entries(pending)) {
      const current = viewSession(scenario, next);
      const prompt = current.node.kind === 'scene' ? current.node.prompts.find((candidate) => candidate.id === promptId) : undefined;
      if (prompt && prompt.text !== text) next = coalesceWrite(scenario, next, promptId, text, { recordedAt: wallClockNow() });
    }
    draftsRef.current = {};
    setDrafts({});
    if (next !== sessionRef.current) update(next, false);
    return next;
  }, [scenario, update]);

  const write = useCallback(
    (prompt: PromptView, text: string) => {
      const nextDrafts = { ...draftsRef.current, [prompt.id]: text };
      draftsRef.current = nextDrafts;
      setDrafts(nextDrafts);
      const scene = scenario.scenes[sessionRef.current ? viewSession(scenario, sessionRef.current).node.id : ''];
      const source = prompt.kind === 'reflect' ? scene?.reflects.find((r) => r.id === prompt.id)?.prompt : scene?.records.find((r) => r.id === prompt.id)?.prompt;
      recordLogEntry(
        browserStore(),
        {
          scenarioId: scenario.id,
          scenarioTitle: scenario.frontmatter.title,
          promptId: prompt.id,
          kind: prompt.kind,
          ...(prompt.phase ? { phase: prompt.phase } : {}),
          prompt: source ? mdastText(source.mdast) : prompt.prompt,
          text,
          updatedAt: wallClockNow(),
        },
        wallClockNow(),
      );
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => flush(), WRITE_DELAY_MS);
    },
    [scenario, flush],
  );

  // Save what is being typed if the tab is closed or reloaded before the pause.
  useEffect(() => {
    const onHide = () => {
      if (Object.keys(draftsRef.current).length > 0) flush();
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.clearTimeout(timer.current);
    };
  }, [flush]);

  return {
    view,
    session,
    drafts,
    notices,
    moveCount,
    loaded,
    choose: (choiceId) => update(choose(scenario, flush(), choiceId, { recordedAt: wallClockNow() }), true),
    continueOn: () => update(continueSession(scenario, flush(), { recordedAt: wallClockNow() }), true),
    write,
    commitDrafts: () => {
      flush();
    },
    back: () => {
      flush();
      update(stepBack(sessionRef.current), true);
    },
    restart: () => {
      window.clearTimeout(timer.current);
      draftsRef.current = {};
      setDrafts({});
      setNotices([]);
      update(restartSession(sessionRef.current), true);
    },
  };
}

const storageRefused = 'This browser is not letting Common Ground save, so your progress will be lost if you close the page.';
