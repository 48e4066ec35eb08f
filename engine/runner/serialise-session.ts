/**
 * Saving and resuming sessions. A saved session is JSON of the event log;
 * resuming checks its shape and version, and, given the scenario, that it
 * still replays (a scenario edited since saving is a warning, not an error).
 */
import { isRecord } from '../kernel/is-record.js';
import { longestPassingPrefix } from '../kernel/longest-prefix.js';
import { readSavedJson } from '../kernel/read-saved-json.js';
import type { Scenario } from '../scenario/scenario-model.js';
import { replaySession } from './replay-session.js';
import { RunnerError } from './runner-error.js';
import type { RunnerOptions } from './runner-options.js';
import { scenarioDigest } from './scenario-digest.js';
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, type Session, type SessionStep } from './session.js';

/** Where in the saved data a problem is, and what it is. */
interface ShapeIssue {
  path: (string | number)[];
  message: string;
}


/** Every key each step type may carry; anything else is refused, as a typo would otherwise pass silently. */
const STEP_KEYS: Readonly<Record<SessionStep['type'], readonly string[]>> = {
  choose: ['type', 'choiceId', 'recordedAt'],
  continue: ['type', 'recordedAt'],
  write: ['type', 'promptId', 'text', 'recordedAt'],
  wait: ['type', 'duration', 'recordedAt'],
};

function unknownKey(value: Record<string, unknown>, allowed: readonly string[], path: (string | number)[]): ShapeIssue | undefined {
  const extra = Object.keys(value).filter((key) => !allowed.includes(key));
  return extra.length > 0 ? { path, message: `unexpected ${extra.length === 1 ? 'field' : 'fields'} ${extra.map((key) => `'${key}'`).join(', ')}` } : undefined;
}

function checkString(value: Record<string, unknown>, key: string, path: (string | number)[], options: { nonEmpty?: boolean; optional?: boolean } = {}): ShapeIssue | undefined {
  const field = value[key];
  if (field === undefined && options.optional === true) return undefined;
  if (typeof field !== 'string') return { path: [...path, key], message: field === undefined ? 'required text is missing' : 'expected text' };
  if (options.nonEmpty === true && field.length === 0) return { path: [...path, key], message: 'must not be empty' };
  return undefined;
}

function checkStep(step: unknown, path: (string | number)[]): ShapeIssue | undefined {
  if (!isRecord(step)) return { path, message: 'expected a step object' };
  const type = step.type;
  if (typeof type !== 'string' || !Object.hasOwn(STEP_KEYS, type)) {
    return { path: [...path, 'type'], message: `expected a step type of ${Object.keys(STEP_KEYS).map((key) => `'${key}'`).join(', ')}` };
  }
  const stepType = type as SessionStep['type'];
  const required = { choose: ['choiceId'], continue: [], write: ['promptId'], wait: ['duration'] }[stepType];
  for (const key of required) {
    const issue = checkString(step, key, path, { nonEmpty: true });
    if (issue) return issue;
  }
  if (stepType === 'write') {
    const issue = checkString(step, 'text', path);
    if (issue) return issue;
  }
  return checkString(step, 'recordedAt', path, { optional: true }) ?? unknownKey(step, STEP_KEYS[stepType], path);
}

/**
 * The first way `data` falls short of a saved session, or undefined when it
 * is one. A hand-written check rather than a schema library, so the browser
 * player does not download a validator for this one small shape.
 */
function sessionShapeIssue(data: unknown): ShapeIssue | undefined {
  if (!isRecord(data)) return { path: [], message: 'expected an object' };
  if (data.formatVersion !== SESSION_FORMAT_VERSION) return { path: ['formatVersion'], message: `expected format ${SESSION_FORMAT_VERSION}` };
  const issue = checkString(data, 'scenarioId', [], { nonEmpty: true }) ?? checkString(data, 'scenarioDigest', []);
  if (issue) return issue;
  if (!Array.isArray(data.steps)) return { path: ['steps'], message: data.steps === undefined ? 'the list of steps is missing' : 'expected a list of steps' };
  for (const [index, step] of data.steps.entries()) {
    const stepIssue = checkStep(step, ['steps', index]);
    if (stepIssue) return stepIssue;
  }
  return unknownKey(data, ['formatVersion', 'scenarioId', 'scenarioDigest', 'steps'], []);
}

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
  const data = readSavedJson(json, SESSION_FORMAT, {
    damaged: () => new RunnerError('corrupt-session', 'The saved session is damaged: it is not valid JSON.', 'Start the scenario again; the damaged save cannot be resumed.'),
    otherVersion: (older, version) =>
      new RunnerError(
        'session-version',
        `This session was saved by ${older ? 'an older' : 'a newer'} version (format ${version}); it can't be resumed: start the scenario again.`,
        older ? 'Start the scenario again.' : 'Update Common Ground to resume it, or start the scenario again.',
      ),
  });
  const issue = sessionShapeIssue(data);
  if (issue !== undefined) {
    const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new RunnerError(
      'session-shape',
      `The saved data is not a Common Ground session${where}: ${issue.message}.`,
      'Check you opened a session file; otherwise start the scenario again.',
    );
  }
  // sessionShapeIssue has checked every field of the shape.
  const session = data as Session;
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
  const kept = longestPassingPrefix(session.steps, (steps) => {
    try {
      replaySession(scenario, { ...session, steps: [...steps] }, options);
      return true;
    } catch (error) {
      if (!(error instanceof RunnerError)) throw error;
      return false;
    }
  });
  const restored: Session = { ...session, scenarioDigest: digest, steps: session.steps.slice(0, kept) };
  const cut = session.steps.length - kept;
  const warning =
    cut === 0
      ? 'This scenario has been changed since the session was saved; your moves still fit, but what follows them may differ.'
      : `This scenario has been changed since the session was saved; resumed after ${kept} of your ${session.steps.length} steps, the last ones no longer fit.`;
  return { session: restored, scenarioChanged, warning };
}
