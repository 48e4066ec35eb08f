/**
 * Keeping a play-through in the browser so a reload or a closed tab resumes
 * where it stopped. The stored value is an envelope (engine/storage) around
 * the runner's serialised session, under a versioned key per scenario. A
 * session that cannot be resumed is set aside under a `…:corrupt:<time>`
 * key (or, with no room for a copy, left untouched and never written over)
 * and offered as a download, and the learner told, rather than the page failing.
 */
import {
  type KeyValueStore,
  readStored,
  restoreSession,
  type Scenario,
  serialiseSession,
  type Session,
  sessionStorageKey,
  startSession,
  type StoredWriteResult,
  unwrapStored,
  wrapStored,
  writeStored,
} from '../../../engine/runtime.js';
import { type SetAsideData, setAsideData, setAsideOutcome } from './set-aside-data.js';
import type { SaveProblem } from './unsaved-notice.js';

const KIND = 'session';

/** What the player starts from. */
export interface LoadedSession {
  session: Session;
  /** Whether a saved session was resumed. */
  resumed: boolean;
  /** A sentence for the learner (damaged save set aside, or scenario changed); null when nothing to say. */
  message: string | null;
  /** A save that could not be resumed, for the page to offer as a download; null otherwise. */
  setAside: SetAsideData | null;
  /**
   * Why this play-through must not be saved: `held` when the stored save
   * could not be read and there is no copy of it to fall back on,
   * `unavailable` when storage itself could not be read; null when saving is safe.
   */
  held: Exclude<SaveProblem, 'full'> | null;
}

/**
 * The saved session for a scenario, or a fresh one. A damaged, unreadable
 * or incompatible save is moved aside and a fresh session started. Never
 * throws, whatever the store does.
 *
 * @example
 * ```ts
 * const { session, message } = loadSession(browserStore(), scenario, new Date().toISOString(), newChoiceSeed());
 * ```
 * `seed` shuffles the choices of the fresh session, when one is started.
 */
export function loadSession(store: KeyValueStore, scenario: Scenario, now: string, seed?: string): LoadedSession {
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
  const fresh = { session: startSession(scenario, seed === undefined ? {} : { seed }), resumed: false, setAside: null, held: null };
  switch (result.status) {
    case 'ok':
      return { ...fresh, session: result.value, resumed: result.value.steps.length > 0, message: warning };
    case 'empty':
      return { ...fresh, message: null };
    case 'unavailable':
      return {
        ...fresh,
        message: `This browser would not let Common Ground read its storage (${result.detail}), so saved progress cannot be resumed and this play-through will not be saved.`,
        held: 'unavailable',
      };
    case 'corrupt':
      return {
        ...fresh,
        message:
          `Your saved progress in this scenario could not be resumed (${result.message}), ` +
          setAsideOutcome(result.movedTo, { plural: false, afterMove: 'the scenario starts again', afterKeep: 'this play-through will not be saved over it' }),
        setAside: setAsideData(`session-${scenario.id}`, result.text, now),
        held: result.movedTo ? null : 'held',
      };
  }
}

/**
 * Saves the session. Reports a refusal (storage full or disabled) instead
 * of throwing, so the page can say progress is not being kept.
 *
 * @example
 * ```ts
 * const saved = saveSession(browserStore(), session, new Date().toISOString());
 * if (!saved.ok) showUnsavedNotice(saved.refusal);
 * ```
 */
export function saveSession(store: KeyValueStore, session: Session, now: string): StoredWriteResult {
  return writeStored(store, sessionStorageKey(session.scenarioId), wrapStored(KIND, serialiseSession(session), now));
}
