/**
 * A play-through of a scenario as plain, serialisable data: an event log of
 * the learner's moves. Nothing else is stored; every view, deadline and
 * debrief is derived by replaying the log against the scenario, so the same
 * session always shows the same thing, and stepping back is dropping steps.
 */
import { defineFormat } from '../kernel/format-version.js';

/** The version of the saved session format this build writes. */
export const SESSION_FORMAT_VERSION = 1;

/** The session format's versions: the oldest still read, and the migrations up to the current one. */
export const SESSION_FORMAT = defineFormat({ current: SESSION_FORMAT_VERSION });

/** Take one of the current scene's choices. */
export interface ChooseStep {
  type: 'choose';
  /** The choice's id in the scenario file. */
  choiceId: string;
  /** Wall-clock time the shell recorded the move (ISO), if it chose to; never used for simulated time. */
  recordedAt?: string;
}

/** Follow the current scene's `<Event to>` (shown as "Continue"). */
export interface ContinueStep {
  type: 'continue';
  /** Wall-clock time the shell recorded the move (ISO). */
  recordedAt?: string;
}

/** Fill in (or replace) the learner's text for a `<Reflect>` or `<Record>` of the current scene. */
export interface WriteStep {
  type: 'write';
  /** The `<Reflect>` or `<Record>` id. */
  promptId: string;
  /** What the learner wrote. */
  text: string;
  /** Wall-clock time the shell recorded the move (ISO). */
  recordedAt?: string;
}

/** Let simulated time pass in the current scene without choosing anything. */
export interface WaitStep {
  type: 'wait';
  /** A scenario duration, e.g. `2 working days` or `3h`. */
  duration: string;
  /** Wall-clock time the shell recorded the move (ISO). */
  recordedAt?: string;
}

/** One move of the learner. */
export type SessionStep = ChooseStep | ContinueStep | WriteStep | WaitStep;

/** A play-through: the scenario it belongs to and the learner's moves in order. */
export interface Session {
  /** {@link SESSION_FORMAT_VERSION} when saved. */
  formatVersion: typeof SESSION_FORMAT_VERSION;
  /** The scenario id (its file name without `.mdx`). */
  scenarioId: string;
  /** A short stable hash of the scenario's structure when the session began (see `scenarioDigest`). */
  scenarioDigest: string;
  /**
   * The seed the choices of every scene are shuffled by, so resume and
   * replay show them in the same order; absent, the file's order (sessions
   * saved before seeds, test plans). See `choice-order.ts`.
   */
  seed?: string;
  /** The moves, oldest first. */
  steps: SessionStep[];
}
