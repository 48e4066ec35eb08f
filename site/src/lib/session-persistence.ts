/**
 * Keeping a play-through in the browser so a reload or a closed tab resumes
 * where it stopped. The stored value is an envelope (engine/storage) around
 * the runner's serialised session, under a versioned key per scenario. A
 * session that cannot be resumed is set aside under a `…:corrupt:<time>`
 * key and the learner told, rather than the page failing.
 */
import { type KeyValueStore, readStored, restoreSession, type Scenario, serialiseSession, type Session, sessionStorageKey, startSession, unwrapStored, wrapStored } from '../../../engine/runtime.js';

const KIND = 'session';

/** What the player starts from. */
export interface LoadedSession {
  session: Session;
  /** Whether a saved session was resumed. */
  resumed: boolean;
  /** A sentence for the learner (damaged save set aside, or scenario changed); null when nothing to say. */
  message: string | null;
}

/**
 * The saved session for a scenario, or a fresh one. A damaged, unreadable
 * or incompatible save is moved aside and a fresh session started.
 *
 * @example
 * ```ts
 * const { session, message } = loadSession(browserStore(), scenario, new Date().toISOString());
 * ```
 */
export function loadSession(store: KeyValueStore, scenario: Scenario, now: string): LoadedSession {
  let warning: string | null = null;
  const result = readStored(
    store,
    sessionStorageKey(scenario.id),
    (text) => {
      const inner = unwrapStored(text, KIND);
      if (typeof inner !== 'string') throw new Error('The saved session is not in the expected form.');
      const restored = restoreSession(inner, scenario);
      warning = restored.warning;
      return restored.session;
    },
    { now },
  );
  if (result.status === 'ok') return { session: result.value, resumed: result.value.steps.length > 0, message: warning };
  if (result.status === 'empty') return { session: startSession(scenario), resumed: false, message: null };
  const kept = result.movedTo ? ` It has been kept under "${result.movedTo}" in this browser's storage.` : '';
  return {
    session: startSession(scenario),
    resumed: false,
    message: `Your saved progress in this scenario could not be resumed (${result.message}), so it was set aside and the scenario starts again.${kept}`,
  };
}

/**
 * Saves the session. Returns false when the browser refused (storage full
 * or disabled), so the page can say progress is not being kept.
 *
 * @example
 * ```ts
 * saveSession(browserStore(), session, new Date().toISOString());
 * ```
 */
export function saveSession(store: KeyValueStore, session: Session, now: string): boolean {
  try {
    store.setItem(sessionStorageKey(session.scenarioId), wrapStored(KIND, serialiseSession(session), now));
    return true;
  } catch {
    return false;
  }
}
