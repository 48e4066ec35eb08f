/**
 * Which attempt a session belongs to: the kept one while it is the same
 * play-through, a new one when it is not. A restart draws a new shuffle
 * seed, so a session with another seed than the attempt began with is a new
 * attempt, with a new registration (or, under cmi5, the launch's), a new
 * start time and nothing reported yet. A cmi5 launch with another
 * registration than the kept one is a new attempt too: the platform says
 * which attempt this is.
 */
import type { StoredAttempt } from './attempt-store.js';
import type { Cmi5Launch, Session } from './xapi-engine.js';

/**
 * The attempt for `session`.
 * @example
 * attemptFor(null, session, { now, launch: null, newRegistration: randomUuid }); // a new attempt, nothing reported
 */
export function attemptFor(kept: StoredAttempt | null, session: Session, options: { now: string; launch: Cmi5Launch | null; newRegistration: () => string }): StoredAttempt {
  const seed = session.seed ?? null;
  const sameLaunch = options.launch === null || kept?.registration === options.launch.registration;
  if (kept !== null && sameLaunch && kept.seed === seed) return kept;
  return { registration: options.launch?.registration ?? options.newRegistration(), startedAt: options.now, seed, reported: null };
}
