/**
 * The learner's moves. Each returns a new session with one step added (the
 * input is never changed) after checking, by replay, that the scenario
 * allows it; so a session never holds a move that cannot be replayed.
 */
import type { Scenario, SceneNode } from '../scenario/scenario-model.js';
import { parseDuration } from '../scenario/parse-duration.js';
import { invalidChoice, replaySession, type Playthrough } from './replay-session.js';
import { RunnerError } from './runner-error.js';
import type { RunnerOptions, StartOptions, StepOptions } from './runner-options.js';
import { isChoiceSeed } from './choice-order.js';
import { scenarioDigest } from './scenario-digest.js';
import { SESSION_FORMAT_VERSION, type Session, type SessionStep } from './session.js';
import type { ChoiceView } from './session-view.js';
import { choiceViews } from './view-session.js';

/**
 * A new session at the start of a scenario, its choices shuffled by
 * `options.seed` when one is given.
 *
 * @throws {RunnerError} `bad-seed` for a seed that is not short plain text.
 * @example
 * const session = startSession(scenario, { seed: '0b7e4c19a2f35d60' }); // { formatVersion: 1, scenarioId: 'closing-too-soon', scenarioDigest: '…', seed: '0b7e…', steps: [] }
 */
export function startSession(scenario: Scenario, options: StartOptions = {}): Session {
  const { seed } = options;
  if (seed !== undefined && !isChoiceSeed(seed)) throw new RunnerError('bad-seed', `"${seed}" cannot shuffle the choices.`, 'A seed is 1 to 64 letters, digits, hyphens or underscores.');
  return { formatVersion: SESSION_FORMAT_VERSION, scenarioId: scenario.id, scenarioDigest: scenarioDigest(scenario), ...(seed === undefined ? {} : { seed }), steps: [] };
}

function currentScene(play: Playthrough): SceneNode {
  if (play.node.kind === 'ending') {
    throw new RunnerError('finished', `The scenario has ended ("${play.node.id}").`, 'Read the debrief, step back, or restart the session to play again.');
  }
  return play.node;
}

function withStep(scenario: Scenario, session: Session, step: SessionStep, options: RunnerOptions): Session {
  const next: Session = { ...session, steps: [...session.steps, step] };
  replaySession(scenario, next, options);
  return next;
}

function stamp<T extends SessionStep>(step: T, options: StepOptions): T {
  return options.recordedAt === undefined ? step : { ...step, recordedAt: options.recordedAt };
}

/**
 * The choices on offer now, numbered from 1; empty at an ending or when the scene moves on by Continue.
 *
 * @example
 * listChoices(scenario, session).map((choice) => choice.label);
 */
export function listChoices(scenario: Scenario, session: Session, options: RunnerOptions = {}): ChoiceView[] {
  const play = replaySession(scenario, session, options);
  return play.node.kind === 'ending' ? [] : choiceViews(play.node, session.seed);
}

/**
 * Takes a choice, given as its id, its 1-based number, or its exact label.
 *
 * @throws {RunnerError} `invalid-choice` (with the valid choices in the hint), or `finished` at an ending.
 * @example
 * session = choose(scenario, session, 'phone-today');
 * session = choose(scenario, session, 2);
 */
export function choose(scenario: Scenario, session: Session, choice: string | number, options: StepOptions = {}): Session {
  const scene = currentScene(replaySession(scenario, session, options));
  const offered = choiceViews(scene, session.seed);
  const match =
    typeof choice === 'number'
      ? offered.find((candidate) => candidate.number === choice)
      : (offered.find((candidate) => candidate.id === choice) ??
        offered.find((candidate) => candidate.label === choice) ??
        (/^\d+$/.test(choice.trim()) ? offered.find((candidate) => candidate.number === Number(choice.trim())) : undefined));
  if (match === undefined) throw invalidChoice(scene, String(choice), session.seed);
  return withStep(scenario, session, stamp({ type: 'choose', choiceId: match.id }, options), options);
}

/**
 * Follows the current scene's `<Event to>`, shown as "Continue".
 *
 * @throws {RunnerError} `nothing-to-continue` when the scene offers choices instead.
 * @example
 * session = continueSession(scenario, session);
 */
export function continueSession(scenario: Scenario, session: Session, options: StepOptions = {}): Session {
  currentScene(replaySession(scenario, session, options));
  return withStep(scenario, session, stamp({ type: 'continue' }, options), options);
}

/**
 * Writes (or rewrites) the learner's text for a `<Reflect>` or `<Record>` of the current scene.
 *
 * @throws {RunnerError} `unknown-prompt` when the scene has no such prompt.
 * @example
 * session = writeResponse(scenario, session, 'call-notes', 'Agreed to keep the case open.');
 */
export function writeResponse(scenario: Scenario, session: Session, promptId: string, text: string, options: StepOptions = {}): Session {
  return withStep(scenario, session, stamp({ type: 'write', promptId, text }, options), options);
}

/**
 * Lets simulated time pass in the current scene without choosing, e.g. to see a deadline go by.
 *
 * @throws {RunnerError} `bad-duration` for a duration the scenario format does not understand.
 * @example
 * session = waitFor(scenario, session, '2 working days');
 */
export function waitFor(scenario: Scenario, session: Session, duration: string, options: StepOptions = {}): Session {
  const parsed = parseDuration(duration);
  if (!parsed.ok) throw new RunnerError('bad-duration', `Cannot wait "${duration}": ${parsed.message}`, parsed.hint);
  return withStep(scenario, session, stamp({ type: 'wait', duration }, options), options);
}

/**
 * Takes back the last move (choice, continue or wait) and anything written
 * after it. With no move to take back, drops any writing.
 *
 * @example
 * session = stepBack(session);
 */
export function stepBack(session: Session): Session {
  let index = session.steps.length - 1;
  while (index >= 0 && session.steps[index]?.type === 'write') index -= 1;
  return { ...session, steps: session.steps.slice(0, Math.max(0, index)) };
}

/**
 * The same scenario from the beginning: a new play-through, so a shell
 * passes a new seed and the choices come in a new order. Without one, the
 * session keeps its seed.
 *
 * @example
 * session = restartSession(session, seedFromRandom(random)); // steps: []
 */
export function restartSession(session: Session, seed: string | undefined = session.seed): Session {
  const { seed: _old, ...rest } = session;
  return { ...rest, ...(seed === undefined ? {} : { seed }), steps: [] };
}
