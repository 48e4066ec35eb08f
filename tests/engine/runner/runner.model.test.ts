/**
 * Model-based test of the scenario runner. The system under test is the
 * runner (`startSession`, `choose`, `continueSession`, `waitFor`,
 * `viewSession`) playing scenarios; the model is the process machine, built
 * from a copy of the protocol data that the runner never sees, explored with
 * xstate/graph over the stage ladder's events and its own deadline timers on
 * a simulated clock (see runner-model-kit.ts). For every model path a
 * scenario is written whose scenes walk the same ladder, and before and after
 * every move the runner's view must show what the model holds: the time, the
 * stage and phase, immediate risk, and each deadline met, missed, passed as
 * an aim or pending, with its due time. The model's own due times are
 * checked in turn against `computeDeadlines`.
 */
import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../../../engine/calendar/working-day-calendar.js';
import { computeDeadlines } from '../../../engine/protocol/compute-deadlines.js';
import { choose, continueSession, startSession, waitFor } from '../../../engine/runner/session-moves.js';
import { viewSession } from '../../../engine/runner/view-session.js';
import type { RunnerOptions } from '../../../engine/runner/runner-options.js';
import type { Session } from '../../../engine/runner/session.js';
import type { SessionView } from '../../../engine/runner/session-view.js';
import { formatFinding } from '../../../engine/scenario/finding.js';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';
import { validateScenario } from '../../../engine/scenario/validate-scenario.js';
import type { Scenario } from '../../../engine/scenario/scenario-model.js';
import {
  buildRouteModel,
  loadModelProtocol,
  observeView,
  planPath,
  type Expectation,
  type ModelRoute,
  type PlannedMove,
  type PlannedPath,
  type RouteModel,
} from './runner-model-kit.js';

interface Explored {
  route: ModelRoute;
  /**
   * Model states reached, paths played (one shortest path to each state,
   * less those that are the start of a longer one), moves made along them,
   * and the protocol's aims. A change in the graph shows here first.
   */
  pinned: { states: number; paths: number; moves: number; aims: string[] };
}

/**
 * The routes explored. Each is raised just before bank holidays, so working
 * days skip them: Christmas and New Year 2026; Good Friday and Easter Monday
 * 2027, with the clocks going forward between them (96 hours from Thursday
 * 16:00 GMT is Monday 17:00 BST), and a disputed decision before the raised
 * time, which stages 3 and 4 count from; the early May bank holiday 2026.
 * Jumps (skipping stages) and immediate risk are explored where they cost
 * least: each multiplies a route's states.
 */
const explored: Explored[] = [
  {
    route: {
      name: 'north-yorkshire, child, raised on the Friday before Christmas',
      protocolFile: 'north-yorkshire.protocol.json',
      audience: 'child',
      raised: '2026-12-18T10:00',
      withRisk: false,
      withJumps: true,
    },
    pinned: { states: 506, paths: 189, moves: 1355, aims: ['1.target'] },
  },
  {
    route: {
      name: 'north-yorkshire, adult, raised before Easter and the clock change, disputed decision the Monday before',
      protocolFile: 'north-yorkshire.protocol.json',
      audience: 'adult',
      raised: '2027-03-25T16:00',
      disputedDecision: '2027-03-22T11:00',
      withRisk: false,
      withJumps: false,
    },
    pinned: { states: 196, paths: 70, moves: 595, aims: ['1.target'] },
  },
  {
    route: {
      name: 'example-template, child, raised before the early May bank holiday',
      protocolFile: 'example-template.protocol.json',
      audience: 'child',
      raised: '2026-04-30T10:00',
      withRisk: true,
      withJumps: true,
    },
    pinned: { states: 233, paths: 100, moves: 664, aims: [] },
  },
];

/** Options given to every runner call: none, so the runner finds the protocol the scenario names. */
const runnerOptions: RunnerOptions = {};

function parse(source: string): Scenario {
  const { scenario, findings } = parseScenario(source, 'model-path.mdx');
  const errors = [...findings, ...(scenario === undefined ? [] : validateScenario(scenario))].filter((finding) => finding.severity === 'error');
  if (scenario === undefined || errors.length > 0) throw new Error(`The generated scenario does not load:\n${errors.map(formatFinding).join('\n')}\n${source}`);
  return scenario;
}

function makeMove(scenario: Scenario, session: Session, move: PlannedMove['move']): Session {
  if (move.kind === 'wait') return waitFor(scenario, session, move.duration, runnerOptions);
  if (move.kind === 'continue') return continueSession(scenario, session, runnerOptions);
  return choose(scenario, session, move.choiceId, runnerOptions);
}

function moveText(move: PlannedMove['move']): string {
  return move.kind === 'wait' ? `waitFor ${move.duration}` : move.kind === 'continue' ? 'continueSession' : `choose ${move.choiceId}`;
}

/** The ids of the protocol's aims (stage 1's 24 hours), which are never scored as missed. */
function aimIds(model: RouteModel): Set<string> {
  const table = computeDeadlines({ protocol: model.protocol, audience: model.route.audience, raised: model.raised, events: model.knownEvents });
  return new Set(table.stages.flatMap((row) => row.checks.filter((check) => check.kind === 'aim').map((check) => check.id)));
}

/** Checks what the model says of itself at one point, then that the runner shows the same. */
function compare(step: Expectation, view: SessionView, aims: Set<string>, where: string): void {
  // The model first: its live actor agrees with its graph, and its deadlines with the rules.
  expect(step.liveState, `the live model and its graph disagree ${where}`).toBe(step.graphState);
  expect(step.modelProblems, `the model breaks the protocol's rules ${where}`).toEqual([]);
  expect(observeView(view), `the runner's view ${where}`).toEqual(step.expected);
  expect(view.deadlines.missed.filter((check) => aims.has(check.checkId)), `an aim counted as missed ${where}`).toEqual([]);
  expect(view.deadlines.aimsPassed.filter((check) => !aims.has(check.checkId)), `a deadline counted as an aim ${where}`).toEqual([]);
}

/** Plays one planned path through the runner, comparing its view with the model before and after every move. */
function playThroughRunner(path: PlannedPath, aims: Set<string>): void {
  const scenario = parse(path.source);
  let session = startSession(scenario, runnerOptions);
  compare(path.initial, viewSession(scenario, session, runnerOptions), aims, 'before any move');
  path.moves.forEach((planned, index) => {
    session = makeMove(scenario, session, planned.move);
    const where = `after move ${index + 1} of ${path.moves.length} (${moveText(planned.move)}, for the model's ${planned.label})`;
    compare(planned, viewSession(scenario, session, runnerOptions), aims, where);
  });
}

describe('the runner, with the process machine as its model', () => {
  for (const { route, pinned } of explored) {
    describe(route.name, () => {
      const model = buildRouteModel(route, loadModelProtocol(route.protocolFile));
      const states = model.testModel.getShortestPaths({ allowDuplicatePaths: true }).length;
      const planned = model.testModel.getShortestPaths().map((path) => planPath(model, path));
      const aims = aimIds(model);

      it('explores the pinned number of model states, paths and moves', () => {
        const moves = planned.reduce((sum, path) => sum + path.moves.length, 0);
        expect({ states, paths: planned.length, moves, aims: [...aims] }).toEqual(pinned);
      });

      it('misses a deadline by waiting on some path, and crosses a bank holiday that moves a due time', () => {
        const missedByWaiting = planned.some((path) =>
          path.moves.some((move, index) => {
            const before = (index === 0 ? path.initial : path.moves[index - 1]!).expected;
            return move.move.kind === 'wait' && move.expected.missed.length > before.missed.length;
          }),
        );
        expect(missedByWaiting).toBe(true);
        const dues = (calendar?: WorkingDayCalendar) =>
          computeDeadlines({ protocol: model.protocol, audience: route.audience, raised: model.raised, events: model.knownEvents, ...(calendar ? { calendar } : {}) })
            .stages.flatMap((row) => row.checks.map((check) => `${check.id} ${check.due}`));
        expect(dues()).not.toEqual(dues(createWorkingDayCalendar({ bankHolidays: [] })));
      });

      for (const path of planned) {
        it(`agrees with the model on the way to ${path.name}`, () => {
          playThroughRunner(path, aims);
        });
      }
    });
  }
});
