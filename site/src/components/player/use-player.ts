/**
 * The player's state: the session (an event log), the view derived from it,
 * text being typed, and persistence to the browser. Moves go through the
 * engine's runner; this hook only keeps React state and storage in step.
 */
import { FIRST_PAINT_SEED, newChoiceSeed } from '../../lib/new-choice-seed.js';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { choose, continueSession, mdastText, type PromptView, type ReflectiveLogEntry, restartSession, type Scenario, type Session, type SessionView, startSession, stepBack, type StoredWriteResult, viewSession } from '../../../../engine/runtime.js';
import { browserStore, wallClockNow } from '../../lib/browser-store.js';
import { coalesceWrite } from '../../lib/coalesce-write.js';
import { recordLogEntry } from '../../lib/reflective-log-store.js';
import { type LoadedSession, loadSession, saveSession } from '../../lib/session-persistence.js';
import { type SaveProblem, unsavedMessage, type UnsavedParts, writingKept, type WritingKept } from '../../lib/unsaved-notice.js';
import { type Notice, type NoticeDownload, setAsideNotice } from '../NoticeList.js';

/** What the player component needs. */
export interface PlayerState {
  view: SessionView;
  session: Session;
  /** Text being typed, by prompt id, ahead of the session. */
  drafts: Record<string, string>;
  /** Things that happened, for the learner (resumed, damaged save set aside). */
  notices: Notice[];
  /** What is not being saved right now, with a download of it; empty while everything saves. */
  alerts: Notice[];
  /** How much of what is typed is being kept right now (see the alerts when not all). */
  kept: WritingKept;
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
  /** Closes a notice (the "Welcome back" note stays until the learner closes it or restarts). */
  dismissNotice(id: string): void;
}

/**
 * Where a play-through is kept: the browser's storage on the site; in a
 * learning platform's package, the platform too (site/src/lms/). Both read
 * once after hydration and save after every move, and never throw.
 */
export interface PlayerPersistence {
  load: (scenario: Scenario, now: string, seed: string) => LoadedSession;
  save: (session: Session, now: string) => StoredWriteResult;
  /**
   * Whether reflections and records are added to the learner's reflective
   * log (CPD evidence); on unless `false`. The studio's preview turns it off:
   * an author's test answers are not a learner's reflections.
   */
  keepsLog?: boolean;
}

/** The site's persistence: the browser's own storage. */
export const browserPersistence: PlayerPersistence = {
  load: (scenario, now, seed) => loadSession(browserStore(), scenario, now, seed),
  save: (session, now) => saveSession(browserStore(), session, now),
};

/** The id of the notice that says a saved play-through was resumed. */
export const RESUMED_NOTICE = 'resumed';

/** How long typing may pause before the text is written into the session. */
const WRITE_DELAY_MS = 400;

/** Adds a notice, replacing one with the same id. */
function withNotice(notices: Notice[], notice: Notice): Notice[] {
  const index = notices.findIndex((other) => other.id === notice.id);
  if (index === -1) return [...notices, notice];
  return notices[index]!.message === notice.message ? notices : notices.map((other, at) => (at === index ? notice : other));
}

/**
 * @example
 * ```tsx
 * const player = usePlayer(scenario);
 * <button onClick={() => player.choose('phone-today')}>…</button>
 * ```
 */
export function usePlayer(scenario: Scenario, persistence: PlayerPersistence = browserPersistence): PlayerState {
  // The first render (on the server and at hydration) shows a fresh session;
  // the saved one is read after hydration so the two renders match.
  const [session, setSession] = useState<Session>(() => startSession(scenario, { seed: FIRST_PAINT_SEED }));
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [notices, setNotices] = useState<Notice[]>([]);
  const [unsaved, setUnsaved] = useState<UnsavedParts>({ session: null, log: null });
  // True when the stored save could not be read or set aside: this
  // play-through must not be saved over it.
  const held = useRef(false);
  // Log entries the browser refused, by prompt id, tried again with the next save.
  const pendingLog = useRef(new Map<string, ReflectiveLogEntry>());
  const [moveCount, setMoveCount] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const sessionRef = useRef(session);
  const draftsRef = useRef(drafts);
  sessionRef.current = session;
  draftsRef.current = drafts;

  const view = useMemo(() => viewSession(scenario, session), [scenario, session]);

  useEffect(() => {
    const loadedSession = persistence.load(scenario, wallClockNow(), newChoiceSeed());
    const messages: Notice[] = [];
    if (loadedSession.message) messages.push(setAsideNotice('session', loadedSession.message, loadedSession.setAside, 'Download the saved progress that could not be resumed'));
    if (loadedSession.resumed) messages.push({ id: RESUMED_NOTICE, message: 'Welcome back: you are where you stopped. Use Restart to begin again.' });
    held.current = loadedSession.held !== null;
    setSession(loadedSession.session);
    setNotices(messages);
    setUnsaved((current) => ({ ...current, session: loadedSession.held }));
    setLoaded(true);
  }, [scenario]);

  /**
   * Adds entries to the reflective log. An entry the browser refused stays
   * pending and is tried again with the next save, so the notice goes once
   * there is room. Returns why the last refused entry was not added, or null.
   */
  const saveLogEntries = useCallback((entries: readonly ReflectiveLogEntry[]): SaveProblem | null => {
    if (persistence.keepsLog === false) return null;
    let problem: SaveProblem | null = null;
    for (const entry of entries) {
      const recorded = recordLogEntry(browserStore(), entry, wallClockNow());
      if (recorded.problem) {
        const notice = setAsideNotice('log', recorded.problem, recorded.setAside, 'Download what could not be read');
        setNotices((current) => withNotice(current, notice));
      }
      if (recorded.saved.ok) pendingLog.current.delete(entry.promptId);
      else {
        pendingLog.current.set(entry.promptId, entry);
        problem = recorded.saved.refusal;
      }
    }
    setUnsaved((current) => (current.log === problem ? current : { ...current, log: problem }));
    return problem;
  }, [persistence]);

  const update = useCallback(
    (next: Session, moved: boolean) => {
      setSession(next);
      sessionRef.current = next;
      if (moved) setMoveCount((count) => count + 1);
      if (held.current) return;
      const saved = persistence.save(next, wallClockNow());
      const problem: SaveProblem | null = saved.ok ? null : saved.refusal;
      setUnsaved((current) => (current.session === problem ? current : { ...current, session: problem }));
      if (saved.ok && pendingLog.current.size > 0) saveLogEntries([...pendingLog.current.values()]);
    },
    [saveLogEntries, persistence],
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
      const refused = saveLogEntries([
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
      ]);
      window.clearTimeout(timer.current);
      // When the log is not saved, the session is saved at once rather than
      // after the pause: the notice then says from its first words whether
      // the progress is kept, and does not change (and is announced again) a
      // moment later.
      if (refused !== null) flush();
      else timer.current = window.setTimeout(() => flush(), WRITE_DELAY_MS);
    },
    [scenario, flush, saveLogEntries],
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

  // While something is not being saved, the debrief code that turns the
  // play-through into a download is fetched ahead of the click.
  const message = unsavedMessage(unsaved);
  useEffect(() => {
    if (message) void import('./progress-markdown.js');
  }, [message]);
  const alerts = useMemo<Notice[]>(() => {
    if (!message) return [];
    const download: NoticeDownload = {
      label: 'Download your progress and writing (Markdown)',
      fileName: `${scenario.id}-progress-${wallClockNow().slice(0, 10)}.md`,
      type: 'text/markdown;charset=utf-8',
      text: async () => (await import('./progress-markdown.js')).progressMarkdown(scenario, flush()),
    };
    return [{ id: 'unsaved', title: 'Not being saved', message, download }];
  }, [message, scenario, flush]);

  return {
    view,
    session,
    drafts,
    notices,
    alerts,
    // The studio's preview keeps nothing, so its prompts must not say they are saved.
    kept: persistence.keepsLog === false ? 'preview' : writingKept(unsaved),
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
      update(restartSession(sessionRef.current, newChoiceSeed()), true);
    },
    dismissNotice: (id) => setNotices((current) => current.filter((notice) => notice.id !== id)),
  };
}
