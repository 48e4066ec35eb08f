/**
 * Saving and resuming sessions. A saved session is JSON of the event log;
 * resuming checks its shape and version, and, given the scenario, that it
 * still replays (a scenario edited since saving is a warning, not an error:
 * a renamed choice is found again by its wording, and the steps that no
 * longer fit are named).
 */
import { isRecord } from '../kernel/is-record.js';
import { readSavedJson } from '../kernel/read-saved-json.js';
import type { Scenario } from '../scenario/scenario-model.js';
import { fitSession, replaySession, type RelabelledChoice } from './replay-session.js';
import { RunnerError } from './runner-error.js';
import type { RunnerOptions } from './runner-options.js';
import { scenarioDigest } from './scenario-digest.js';
import { isChoiceSeed } from './choice-order.js';
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
  if (data.seed !== undefined && !isChoiceSeed(data.seed)) return { path: ['seed'], message: 'expected a seed of 1 to 64 letters, digits, hyphens or underscores' };
  return unknownKey(data, ['formatVersion', 'scenarioId', 'scenarioDigest', 'seed', 'steps'], []);
}

/** What {@link restoreSession} gives back. */
export interface RestoredSession {
  /** The session, ready to view; cut back to the last move that still fits if the scenario changed. */
  session: Session;
  /** True when the scenario's structure differs from when the session was saved. */
  scenarioChanged: boolean;
  /** A sentence for the learner when something was changed or cut; null otherwise. */
  warning: string | null;
  /** When the scenario changed: the saved steps that no longer fit and were left out, oldest first (empty when all fit). */
  cut?: SessionStep[];
  /** When the scenario changed: the saved choices found again by their wording under a new id. */
  relabelled?: RelabelledChoice[];
}

/** Options of {@link restoreSession}. */
export interface RestoreOptions extends RunnerOptions {
  /**
   * The wording of each choice taken, by its id, as it was when the session
   * was saved (the shell stores it beside the session). With it, a choice
   * whose id was renamed since is found again by its wording.
   */
  choiceLabels?: Readonly<Record<string, string>>;
}

/** At most this many cut steps are named in the warning. */
const NAMED_CUTS = 5;

/** A choice's wording in quotes, its own full stop left to the sentence around it. */
const quoted = (label: string) => `“${label.replace(/\.$/, '')}”`;

/** A step in words, for the warning: a choice by its wording (or id), writing by its prompt. */
function stepInWords(step: SessionStep, labelOf: (choiceId: string) => string | undefined): string {
  switch (step.type) {
    case 'choose':
      return quoted(labelOf(step.choiceId) ?? step.choiceId);
    case 'write':
      return `what you wrote for “${step.promptId}”`;
    case 'continue':
      return 'Continue';
    case 'wait':
      return `a wait of ${step.duration}`;
  }
}

function listInWords(words: string[]): string {
  const named = words.slice(0, NAMED_CUTS);
  const more = words.length - named.length;
  return `${named.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/** The sentence for a session resumed against a changed scenario. */
function changedWarning(saved: SessionStep[], kept: number, relabelled: RelabelledChoice[], labelOf: (choiceId: string) => string | undefined): string {
  const changed = 'This scenario has been changed since the session was saved';
  const renamed = relabelled.length === 0 ? '' : ` Renamed choices were found again by their wording: ${listInWords(relabelled.map((entry) => quoted(entry.label)))}.`;
  const cut = saved.slice(kept);
  if (cut.length === 0) return `${changed}; your moves still fit, but what follows them may differ.${renamed}`;
  return `${changed}; resumed after ${kept} of your ${saved.length} steps.${renamed} These no longer fit and were cut: ${listInWords(cut.map((step) => stepInWords(step, labelOf)))}.`;
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
 * still fits; a choice renamed since is found again by the wording it had
 * (`options.choiceLabels`), and the warning names the steps cut.
 *
 * @throws {RunnerError} `corrupt-session` (not JSON), `session-shape` (not a
 * session), `session-version` (saved by an older or newer version), or
 * `wrong-scenario`.
 * @example
 * const { session, warning, cut } = restoreSession(text, scenario, { choiceLabels: { 'phone-today': 'Phone Bea today' } });
 */
export function restoreSession(json: string, scenario?: Scenario, options: RestoreOptions = {}): RestoredSession {
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
  const unchanged = { session, scenarioChanged: false, warning: null };
  if (scenario === undefined) return unchanged;
  if (session.scenarioId !== scenario.id) {
    throw new RunnerError(
      'wrong-scenario',
      `This session is for the scenario "${session.scenarioId}", not "${scenario.id}".`,
      `Open "${session.scenarioId}" to resume it.`,
    );
  }
  const digest = scenarioDigest(scenario);
  if (digest === session.scenarioDigest) {
    replaySession(scenario, session, options);
    return unchanged;
  }
  // Keep the longest prefix of moves that still replays against the changed scenario, finding renamed choices by their wording.
  const labels = options.choiceLabels ?? {};
  const labelOf = (choiceId: string) => (Object.hasOwn(labels, choiceId) ? labels[choiceId] : undefined);
  const { steps, relabelled } = fitSession(scenario, session, labelOf, options);
  return {
    session: { ...session, scenarioDigest: digest, steps },
    scenarioChanged: true,
    warning: changedWarning(session.steps, steps.length, relabelled, labelOf),
    cut: session.steps.slice(steps.length),
    relabelled,
  };
}
