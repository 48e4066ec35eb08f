/**
 * The statements a play-through has to report that it had not reported
 * before: given the session last reported (`before`, or null for nothing
 * yet) and the session now (`after`), only what is new in `after`. The
 * shell calls it after every save and queues what it returns, so nothing
 * is sent twice, and since each statement's id is made from what it says
 * (`statement-id.ts`), a statement made again after a crash or a reload
 * has the id it had, and the record store keeps it once.
 *
 * What is new is found by moves (choices, continues, waits), compared by
 * what they are and not by when they were stamped (a platform's suspend
 * data keeps no times): the moves of `after` past the longest run it
 * shares with `before`. A step back shortens that run, so the new moves
 * after it are reported; writing alone is never a move, so typing sends
 * nothing. For each new move, in order:
 *
 * 1. what was written at the prompts of the scene it leaves, as it stood
 *    then, only with the learner's opt-in (`includeReflections`);
 * 2. the choice, for a choice (not for Continue or a wait);
 * 3. each deadline that became met or missed with it, once (deadlines
 *    settled before the shared run are not reported again; aims never);
 * 4. the completion, when it reaches an ending.
 */
import type { RunnerOptions } from '../../runner/runner-options.js';
import type { Session, SessionStep } from '../../runner/session.js';
import type { DeadlineSummaryView } from '../../runner/session-view.js';
import { runnerSetup } from '../../runner/runner-setup.js';
import { viewSession } from '../../runner/view-session.js';
import type { Protocol } from '../../protocol/protocol.schema.js';
import type { Scenario } from '../../scenario/scenario-model.js';
import { scormScore } from '../scorm-score.js';
import { walkSession } from '../walk-session.js';
import { choiceStatement } from './choice-statement.js';
import { completionStatement } from './completion-statement.js';
import { deadlineStatement, type SettledDeadline } from './deadline-statement.js';
import { reflectionStatement } from './reflection-statement.js';
import type { XapiAttempt } from './xapi-attempt.js';
import type { XapiStatement } from './xapi-statement.js';

/** A move and where it sits among the session's steps. */
interface Move {
  step: Exclude<SessionStep, { type: 'write' }>;
  /** Its index in `session.steps`. */
  index: number;
}

function movesOf(session: Session): Move[] {
  const moves: Move[] = [];
  session.steps.forEach((step, index) => {
    if (step.type !== 'write') moves.push({ step, index });
  });
  return moves;
}

/** Whether two moves are the same move, whenever each was made. */
function sameMove(a: Move['step'], b: Move['step']): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'choose') return a.choiceId === (b as typeof a).choiceId;
  if (a.type === 'wait') return a.duration === (b as typeof a).duration;
  return true;
}

/** How many moves the two sessions share from the start; none for another scenario. */
function sharedMoves(before: Session | null, after: Session, moves: readonly Move[]): number {
  if (before === null || before.scenarioId !== after.scenarioId) return 0;
  const old = movesOf(before);
  let shared = 0;
  while (shared < old.length && shared < moves.length && sameMove(old[shared]!.step, moves[shared]!.step)) shared += 1;
  return shared;
}

/** The last text written at a prompt before step `end`. */
function latestWrite(steps: readonly SessionStep[], end: number, promptId: string): Extract<SessionStep, { type: 'write' }> | undefined {
  for (let index = end - 1; index >= 0; index -= 1) {
    const step = steps[index]!;
    if (step.type === 'write' && step.promptId === promptId) return step;
  }
  return undefined;
}

/** The check ids of the protocol's aims (a stage's `target`, such as stage 1's 24 hours), which it never scores. */
function aimsOf(protocol: Protocol): Set<string> {
  return new Set(protocol.stages.flatMap((stage) => (stage.target === undefined ? [] : [`${stage.stage}.${stage.target}`])));
}

/**
 * Every deadline settled so far, with a key for "this deadline, this way".
 * Aims are left out both ways: the protocol never scores one, its passing
 * is never a miss (the view keeps it apart), and reporting only the aims
 * met would make a record look better than the debrief says.
 */
function settledDeadlines(deadlines: DeadlineSummaryView, aims: ReadonlySet<string>): { key: string; settled: SettledDeadline }[] {
  return [
    ...deadlines.met.filter((deadline) => !aims.has(deadline.checkId)).map((deadline) => ({ key: `${deadline.checkId}:met`, settled: { status: 'met' as const, deadline } })),
    ...deadlines.missed.map((deadline) => ({ key: `${deadline.checkId}:missed`, settled: { status: 'missed' as const, deadline } })),
  ];
}

/**
 * The statements for what `after` adds to `before`.
 *
 * @throws {RunnerError} when `after` does not replay against the scenario.
 * @example
 * const statements = newStatements(scenario, lastReported, session, attempt);
 * queue.add(statements);
 */
export function newStatements(scenario: Scenario, before: Session | null, after: Session, attempt: XapiAttempt, options: RunnerOptions = {}): XapiStatement[] {
  const moves = movesOf(after);
  const shared = sharedMoves(before, after, moves);
  if (shared === moves.length) return [];
  const walk = walkSession(scenario, after.steps);
  const upTo = (count: number) => ({ ...after, steps: after.steps.slice(0, count === 0 ? 0 : moves[count - 1]!.index + 1) });
  const aims = aimsOf(runnerSetup(scenario, options).protocol);
  const reported = new Set(settledDeadlines(viewSession(scenario, upTo(shared), options).deadlines, aims).map(({ key }) => key));
  const statements: XapiStatement[] = [];

  for (let move = shared; move < moves.length; move += 1) {
    const { step, index } = moves[move]!;
    const scene = walk.steps[index]!.scene;
    // Writing is reported as the learner leaves the scene (a wait stays in it), so each prompt's text is sent once, as it stood.
    if (attempt.includeReflections && step.type !== 'wait') {
      for (const prompt of [...scene.reflects, ...scene.records]) {
        const written = latestWrite(after.steps, index, prompt.id);
        if (written && written.text.trim() !== '') statements.push(reflectionStatement(scenario, attempt, { scene, prompt, text: written.text, move, step: written }));
      }
    }
    if (step.type === 'choose') {
      const choice = scene.choices.find((candidate) => candidate.id === step.choiceId)!;
      statements.push(choiceStatement(scenario, attempt, { scene, choice, move, step }));
    }
    const played = upTo(move + 1);
    const view = viewSession(scenario, played, options);
    for (const { key, settled } of settledDeadlines(view.deadlines, aims)) {
      if (reported.has(key)) continue;
      reported.add(key);
      statements.push(deadlineStatement(scenario, attempt, { settled, scene, move, step }));
    }
    if (view.node.kind === 'ending') {
      const ending = scenario.endings[view.node.id]!;
      statements.push(completionStatement(scenario, attempt, { ending, scene, move, step, raw: scormScore(scenario, played, options) }));
    }
  }
  return statements;
}
