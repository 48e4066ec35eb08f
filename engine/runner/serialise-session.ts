/**
 * Saving and resuming sessions. A saved session is JSON of the event log;
 * resuming checks its shape and version, and, given the scenario, that it
 * still replays (a scenario edited since saving is a warning, not an error).
 */
import { z } from 'zod';
import type { Scenario } from '../scenario/index.js';
import { replaySession } from './replay-session.js';
import { RunnerError } from './runner-error.js';
import type { RunnerOptions } from './runner-options.js';
import { scenarioDigest } from './scenario-digest.js';
import { SESSION_FORMAT_VERSION, type Session } from './session.js';

const recordedAt = z.string().optional();

/** The shape of a saved session, checked on restore. */
const SessionSchema = () =>
  z
    .object({
      formatVersion: z.literal(SESSION_FORMAT_VERSION),
      scenarioId: z.string().min(1),
      scenarioDigest: z.string(),
      steps: z.array(
        z.discriminatedUnion('type', [
          z.object({ type: z.literal('choose'), choiceId: z.string().min(1), recordedAt }).strict(),
          z.object({ type: z.literal('continue'), recordedAt }).strict(),
          z.object({ type: z.literal('write'), promptId: z.string().min(1), text: z.string(), recordedAt }).strict(),
          z.object({ type: z.literal('wait'), duration: z.string().min(1), recordedAt }).strict(),
        ]),
      ),
    })
    .strict();

/** What {@link restoreSession} gives back. */
export interface RestoredSession {
  /** The session, ready to view; cut back to the last move that still fits if the scenario changed. */
  session: Session;
  /** True when the scenario's structure differs from when the session was saved. */
  scenarioChanged: boolean;
  /** A sentence for the learner when something was changed or cut; null otherwise. */
  warning: string | null;
}

/**
 * The session as JSON text, for a file or browser storage.
 *
 * @example
 * localStorage.setItem('session', serialiseSession(session));
 */
export function serialiseSession(session: Session): string {
  return JSON.stringify(session);
}

function versionOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null && 'formatVersion' in data ? (data as { formatVersion: unknown }).formatVersion : undefined;
}

/**
 * Reads a saved session back. With the scenario, also checks it belongs to
 * it and still replays: if the scenario's structure changed since saving,
 * the result is flagged and, if needed, cut back to the last move that
 * still fits.
 *
 * @throws {RunnerError} `corrupt-session` (not JSON), `session-shape` (not a
 * session), `session-version` (saved by an older or newer version), or
 * `wrong-scenario`.
 * @example
 * const { session, warning } = restoreSession(text, scenario);
 */
export function restoreSession(json: string, scenario?: Scenario, options: RunnerOptions = {}): RestoredSession {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new RunnerError('corrupt-session', 'The saved session is damaged: it is not valid JSON.', 'Start the scenario again; the damaged save cannot be resumed.');
  }
  const version = versionOf(data);
  if (typeof version === 'number' && version !== SESSION_FORMAT_VERSION) {
    const age = version < SESSION_FORMAT_VERSION ? 'an older' : 'a newer';
    throw new RunnerError(
      'session-version',
      `This session was saved by ${age} version (format ${version}); it can't be resumed: start the scenario again.`,
      version < SESSION_FORMAT_VERSION ? 'Start the scenario again.' : 'Update Common Ground to resume it, or start the scenario again.',
    );
  }
  const parsed = SessionSchema().safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new RunnerError(
      'session-shape',
      `The saved data is not a Common Ground session${where}: ${issue?.message ?? 'unexpected shape'}.`,
      'Check you opened a session file; otherwise start the scenario again.',
    );
  }
  const session: Session = parsed.data;
  if (scenario === undefined) return { session, scenarioChanged: false, warning: null };
  if (session.scenarioId !== scenario.id) {
    throw new RunnerError(
      'wrong-scenario',
      `This session is for the scenario "${session.scenarioId}", not "${scenario.id}".`,
      `Open "${session.scenarioId}" to resume it.`,
    );
  }
  const digest = scenarioDigest(scenario);
  const scenarioChanged = digest !== session.scenarioDigest;
  if (!scenarioChanged) {
    replaySession(scenario, session, options);
    return { session, scenarioChanged, warning: null };
  }
  // Keep the longest prefix of moves that still replays against the changed scenario.
  let kept = session.steps.length;
  while (kept > 0) {
    try {
      replaySession(scenario, { ...session, steps: session.steps.slice(0, kept) }, options);
      break;
    } catch (error) {
      if (!(error instanceof RunnerError)) throw error;
      kept -= 1;
    }
  }
  const restored: Session = { ...session, scenarioDigest: digest, steps: session.steps.slice(0, kept) };
  const cut = session.steps.length - kept;
  const warning =
    cut === 0
      ? 'This scenario has been changed since the session was saved; your moves still fit, but what follows them may differ.'
      : `This scenario has been changed since the session was saved; resumed after ${kept} of your ${session.steps.length} steps, the last ones no longer fit.`;
  return { session: restored, scenarioChanged, warning };
}
