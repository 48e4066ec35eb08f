/**
 * What this browser keeps about a scenario's xAPI attempt: its
 * registration, when it began, the play-through's shuffle seed (a restart
 * draws a new one, and a restart is a new attempt) and the session last
 * reported, so `newStatements` reports only what is new after a reload.
 * And the anonymous learner's account name, one per browser, so a record
 * store can put one browser's plays together without knowing who it is.
 *
 * `common-ground:xapi:learner` holds the name; `common-ground:xapi:attempt:<scenario>`
 * holds `{ "version": 1, "registration", "startedAt", "seed", "reported" }`.
 * Storage that refuses is no failure: the attempt lasts as long as the page,
 * and a reload reports again (with the same statement ids where it can).
 */
import { randomUuid } from './random-uuid.js';
import type { KeyValueStore, Session } from './xapi-engine.js';

/** The stored format's version. */
export const ATTEMPT_FORMAT_VERSION = 1;

/** One attempt. */
export interface StoredAttempt {
  registration: string;
  /** ISO 8601. */
  startedAt: string;
  /** The session's seed when the attempt began; null for a session without one. */
  seed: string | null;
  /** The session last reported; null before anything was. */
  reported: Session | null;
}

const LEARNER_KEY = 'common-ground:xapi:learner';
const attemptKey = (scenarioId: string) => `common-ground:xapi:attempt:${scenarioId}`;

function attempt(value: unknown): StoredAttempt | null {
  if (typeof value !== 'object' || value === null) return null;
  const data = value as Record<string, unknown>;
  if (data.version !== ATTEMPT_FORMAT_VERSION || typeof data.registration !== 'string' || typeof data.startedAt !== 'string') return null;
  const reported = data.reported as Session | null;
  const readable = reported === null || (typeof reported === 'object' && Array.isArray(reported.steps));
  return { registration: data.registration, startedAt: data.startedAt, seed: typeof data.seed === 'string' ? data.seed : null, reported: readable ? reported : null };
}

/**
 * The anonymous learner's account name in this browser, made the first time.
 * @example
 * learnerName(browserStore()); // '3f1c9a2e-…', the same on every visit
 */
export function learnerName(store: KeyValueStore): string {
  try {
    const kept = store.getItem(LEARNER_KEY);
    if (kept) return kept;
    const made = randomUuid();
    store.setItem(LEARNER_KEY, made);
    return made;
  } catch {
    return randomUuid();
  }
}

/**
 * The attempt kept for a scenario, or null.
 * @example
 * readAttempt(browserStore(), 'closing-too-soon')?.registration;
 */
export function readAttempt(store: KeyValueStore, scenarioId: string): StoredAttempt | null {
  try {
    const text = store.getItem(attemptKey(scenarioId));
    return text === null ? null : attempt(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * Keeps the attempt; false when storage refused.
 * @example
 * writeAttempt(browserStore(), 'closing-too-soon', { ...attempt, reported: session });
 */
export function writeAttempt(store: KeyValueStore, scenarioId: string, value: StoredAttempt): boolean {
  try {
    store.setItem(attemptKey(scenarioId), JSON.stringify({ version: ATTEMPT_FORMAT_VERSION, ...value }));
    return true;
  } catch {
    return false;
  }
}
