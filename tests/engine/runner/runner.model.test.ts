/**
 * Model-based test of the scenario runner. The system under test is the
 * runner (`startSession`, `choose`, `continueSession`, `waitFor`,
 * `viewSession`) playing scenarios; the model is the process machine, built
 * from a copy of the protocol data the runner never sees, explored with
 * xstate/graph over the stage ladder's events and its own deadline timers on
 * a simulated clock. For every model path a scenario is written whose scenes
 * walk the same ladder, and after every move the runner's view must show
 * what the model holds: stage, phase, the time, and each deadline met,
 * missed or pending with its due time. The model's due times are checked in
 * turn against `computeDeadlines`.
 */
import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../../../engine/calendar/index.js';
import { computeDeadlines } from '../../../engine/protocol/index.js';
import { choose, continueSession, startSession, viewSession, waitFor, type RunnerOptions, type Session } from '../../../engine/runner/index.js';
import { formatFinding, parseScenario, validateScenario, type Scenario } from '../../../engine/scenario/index.js';
import {
  buildRouteModel,
  loadModelProtocol,
  observeView,
  planPath,
  type ModelRoute,
  type PlannedMove,
  type PlannedPath,
  type RouteModel,
} from './runner-model-kit.js';

/**
 * The routes explored. Each is raised just before bank holidays, so working
 * days skip them: Christmas and New Year 2026; Good Friday and Easter Monday
 * 2027, with the clocks going forward between them (96 hours from Thursday
 * 16:00 GMT is Monday 17:00 BST); the early May bank holiday 2026.
 */
const routes: Array<{ route: ModelRoute; pinned: { states: number; paths: number; moves: number } }> = [
  {
    route: { name: 'North Yorkshire, child, raised before Christmas', protocolFile: 'north-yorkshire.protocol.json', audience: 'child', raised: '2026-12-18T10:00', withRisk: true },
    pinned: { states: 0, paths: 0, moves: 0 },
  },
  {
    route: {
      name: 'North Yorkshire, adult, raised before Easter and the clock change, disputed decision the Monday before',
      protocolFile: 'north-yorkshire.protocol.json',
      audience: 'adult',
      raised: '2027-03-25T16:00',
      disputedDecision: '2027-03-22T11:00',
      withRisk: false,
    },
    pinned: { states: 0, paths: 0, moves: 0 },
  },
  {
    route: { name: 'example-template, child, raised before the early May bank holiday', protocolFile: 'example-template.protocol.json', audience: 'child', raised: '2026-04-30T10:00', withRisk: true },
    pinned: { states: 0, paths: 0, moves: 0 },
  },
];

/** Options given to every runner call: none, so the runner finds the protocol the scenario names. */
const runnerOptions: RunnerOptions = {};

function parse(source: string, name: string): Scenario {
  const { scenario, findings } = parseScenario(source, `${name}.mdx`);
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

/** Plays one planned path through the runner, comparing its view with the model after every move. */
function playThroughRunner(path: PlannedPath, aims: Set<string>): void {
  const scenario = parse(path.source, 'model-path');
  let session = startSession(scenario, runnerOptions);
  expect(observeView(viewSession(scenario, session, runnerOptions)), 'before any move').toEqual(path.initial);
  path.moves.forEach((planned, index) => {
    const where = `move ${index + 1} of ${path.moves.length} (${moveText(planned.move)}, for the model's ${planned.label})`;
    // The model checks itself first: its live actor agrees with its graph, and its due times with the rules.
    expect(planned.liveState, `the live model and its graph disagree after ${where}`).toBe(planned.graphState);
    expect(planned.dueProblems, `the model's due times are not computeDeadlines's after ${where}`).toEqual([]);
    session = makeMove(scenario, session, planned.move);
    const view = viewSession(scenario, session, runnerOptions);
    expect(observeView(view), `the runner's view after ${where}`).toEqual(planned.expected);
    expect(view.deadlines.missed.filter((check) => aims.has(check.checkId)), `an aim counted as missed after ${where}`).toEqual([]);
    expect(view.deadlines.aimsPassed.filter((check) => !aims.has(check.checkId)), `a deadline counted as an aim after ${where}`).toEqual([]);
  });
}

describe('scenario runner against the process machine as its model', () => {
  for (const { route, pinned } of routes) {
    describe(route.name, () => {
      const model = buildRouteModel(route, loadModelProtocol(route.protocolFile));
      const states = model.testModel.getShortestPaths({ allowDuplicatePaths: true }).length;
      // One shortest path to each model state, less those that are the start of a longer one.
      const planned = model.testModel.getShortestPaths().map((path) => planPath(model, path));
      const aims = aimIds(model);

      it('explores a pinned number of model states, paths and moves', () => {
        expect({ states, paths: planned.length, moves: planned.reduce((sum, path) => sum + path.moves.length, 0) }).toEqual(pinned);
      });

      it('has a path where a deadline is missed by waiting, and a bank holiday that moves a due time', () => {
        const missedByWaiting = planned.some((path) =>
          path.moves.some((planned, index) => {
            const before = index === 0 ? path.initial : path.moves[index - 1]!.expected;
            return planned.move.kind === 'wait' && planned.expected.missed.length > before.missed.length;
          }),
        );
        expect(missedByWaiting).toBe(true);
        const weekendsOnly = createWorkingDayCalendar({ bankHolidays: [] });
        const dues = (calendar?: WorkingDayCalendar) =>
          computeDeadlines({ protocol: model.protocol, audience: route.audience, raised: model.raised, events: model.knownEvents, ...(calendar ? { calendar } : {}) })
            .stages.flatMap((row) => row.checks.map((check) => check.due));
        expect(dues()).not.toEqual(dues(weekendsOnly));
      });

      for (const path of planned) {
        it(`agrees with the model on the way to ${path.name}`, () => {
          playThroughRunner(path, aims);
        });
      }
    });
  }
});
