/**
 * Where a package's play-through is kept: the learning platform (SCORM's
 * suspend data, through engine/lms/scorm-api.ts) when there is one, and
 * this browser's own storage always, so a package opened without a
 * platform still saves, and the learner's notes that the platform's 4,096
 * characters cannot hold are still kept. What the platform did with each
 * save is told to `onReport`, for the page to say.
 */
import { type Scenario, type ScormFailure, type ScormOpening, type ScormSession, type Session, startSession } from '../../../engine/runtime.js';
import type { PlayerPersistence } from '../components/player/use-player.js';
import { browserStore } from '../lib/browser-store.js';
import { loadSession, saveSession, type LoadedSession } from '../lib/session-persistence.js';

/** What the page says about the platform. */
export type PlatformReport =
  | { kind: 'none' }
  | { kind: 'saved'; kept: 'everything' | 'moves-only' | 'too-long'; movesLeftOut: number }
  | { kind: 'refused'; failures: ScormFailure[] };

/** The moves of a session without what was written, to tell whether two sessions are the same play. */
function movesOf(session: Session): string {
  return JSON.stringify(session.steps.filter((step) => step.type !== 'write').map((step) => (step.type === 'choose' ? step.choiceId : step.type === 'wait' ? `wait:${step.duration}` : step.type)));
}

/**
 * The persistence of a package's player.
 * @example
 * const persistence = lmsPersistence(opening, (report) => setReport(report), (session) => (latest.current = session));
 */
export function lmsPersistence(opening: ScormOpening | null, onReport: (report: PlatformReport) => void, onSession: (session: Session) => void): PlayerPersistence {
  const lms: ScormSession | null = opening?.ok ? opening.lms : null;
  return {
    load: (scenario: Scenario, now: string, seed: string): LoadedSession => {
      const local = loadSession(browserStore(), scenario, now, seed);
      if (!opening?.ok) {
        onSession(local.session);
        return local;
      }
      const resume = opening.resume;
      if (resume.kind === 'fresh') {
        // A first attempt on the platform starts afresh: this browser's old play of it is not carried into a new attempt.
        const fresh = { ...local, session: local.resumed ? startSession(scenario, { seed }) : local.session, resumed: false, message: null };
        onSession(fresh.session);
        return fresh;
      }
      if (resume.kind === 'unreadable') {
        onSession(local.session);
        return { ...local, message: `The learning platform's saved progress could not be resumed (${resume.problem}). ${local.resumed ? 'This browser’s own copy is resumed instead.' : 'The scenario starts again.'}` };
      }
      // The platform's copy is the one to resume; this browser's copy of the same play adds the notes the platform had no room for.
      const same = local.resumed && movesOf(local.session) === movesOf(resume.session);
      const session = same ? local.session : resume.session;
      onSession(session);
      const lost = resume.kept === 'everything' || same ? null : resume.kept === 'moves-only' ? 'Your written notes were too long for the learning platform to keep, and this browser has no copy of them.' : `The learning platform could keep only the first part of this play-through (${resume.movesLeftOut} moves were left out).`;
      return { session, resumed: session.steps.length > 0, message: lost, setAside: null, held: null };
    },
    save: (session: Session, now: string) => {
      onSession(session);
      const saved = saveSession(browserStore(), session, now);
      if (lms) {
        const recorded = lms.record(session);
        onReport(recorded.ok ? { kind: 'saved', kept: recorded.kept, movesLeftOut: recorded.movesLeftOut } : { kind: 'refused', failures: recorded.failures });
      }
      return saved;
    },
  };
}
