/**
 * Playing a test plan's routes against their scenario and comparing where
 * each ends with what the plan expects. Failures point into the plan file:
 * a step the scenario does not allow at that step's line and column, an
 * expectation that does not hold at its key, with expected and actual.
 */
import { formatLondonIso } from '../calendar/london-time.js';
import { summariseDeadlines } from '../process/selectors.js';
import { choose, continueSession, startSession, waitFor, writeResponse } from '../runner/session-moves.js';
import { replaySession, type Playthrough } from '../runner/replay-session.js';
import { RunnerError } from '../runner/runner-error.js';
import type { RunnerOptions } from '../runner/runner-options.js';
import type { Session } from '../runner/session.js';
import type { Finding, SourcePoint } from '../scenario/finding.js';
import type { Scenario } from '../scenario/scenario-model.js';
import type { PlanExpect, PlanResult, PlanRoute, PlanStep, RouteResult, ScenarioPlan } from './plan-model.js';

function failure(file: string, at: SourcePoint, message: string, hint: string, code: string): Finding {
  return { severity: 'error', code, message, hint, file, line: at.line, column: at.column };
}

function applyStep(scenario: Scenario, session: Session, step: PlanStep, options: RunnerOptions): Session {
  switch (step.kind) {
    case 'choose':
      return choose(scenario, session, step.choice, options);
    case 'continue':
      return continueSession(scenario, session, options);
    case 'write':
      return writeResponse(scenario, session, step.id, step.text, options);
    case 'wait':
      return waitFor(scenario, session, step.duration, options);
  }
}

const list = (ids: readonly string[]) => (ids.length === 0 ? '[]' : `[${ids.join(', ')}]`);

/** Where each deadline stands, in words, for hints. */
function deadlineStatus(play: Playthrough, checkId: string): string {
  const summary = summariseDeadlines(play.process.actor.getSnapshot());
  const met = summary.met.find((check) => check.checkId === checkId);
  if (met) return `${checkId} was met (due ${formatLondonIso(met.due)}, happened ${formatLondonIso(met.at)})`;
  const missed = summary.missed.find((check) => check.checkId === checkId);
  if (missed) {
    const happened = missed.happenedAt === null ? 'never happened' : `happened ${formatLondonIso(missed.happenedAt)}`;
    return `${checkId} was missed (due ${formatLondonIso(missed.due)}, ${happened})`;
  }
  const passed = summary.aimsPassed.find((check) => check.checkId === checkId);
  if (passed) return `${checkId} is an aim whose time passed (due ${formatLondonIso(passed.due)}), which is never a missed deadline`;
  const pending = summary.pending.find((check) => check.checkId === checkId);
  if (pending) return `${checkId} is still pending (due ${formatLondonIso(pending.due)})`;
  return `${checkId} was never opened (its stage was not reached)`;
}

function compareSets(
  file: string,
  route: PlanRoute,
  key: 'met' | 'missed' | 'pending',
  expected: readonly string[] | undefined,
  actual: readonly string[],
  play: Playthrough,
): Finding[] {
  if (expected === undefined) return [];
  // A listed id must have that status; an empty list means none may (`missed: []`).
  const missing = expected.filter((id) => !actual.includes(id));
  const extra = expected.length === 0 ? [...actual] : [];
  if (missing.length === 0 && extra.length === 0) return [];
  const details = [...missing, ...extra].map((id) => deadlineStatus(play, id));
  return [
    failure(
      file,
      route.expectAt[key] ?? route.expectBlockAt,
      `route "${route.name}": expected ${key} ${list([...expected].sort())}, actual ${list([...actual].sort())}`,
      `${details.join('; ')}. Work the times out from the protocol and the calendar; fix the plan if it is wrong, or the scenario if the route is.`,
      'plan-expectation',
    ),
  ];
}

function checkExpectations(file: string, route: PlanRoute, play: Playthrough, actual: RouteResult['actual']): Finding[] {
  const expect: PlanExpect = route.expect;
  const failures: Finding[] = [];
  const where = play.node.kind === 'ending' ? `the ending "${play.node.id}"` : `the scene "${play.node.id}" (no ending)`;
  if (expect.ending !== undefined && expect.ending !== actual.ending) {
    failures.push(
      failure(file, route.expectAt.ending ?? route.expectBlockAt, `route "${route.name}": expected ending "${expect.ending}", actual ${where}`, 'Check the steps lead where you think: each choice\'s `to` decides the next scene.', 'plan-expectation'),
    );
  }
  if (expect.outcome !== undefined && (play.node.kind !== 'ending' || play.node.outcome !== expect.outcome)) {
    const outcome = play.node.kind === 'ending' ? `"${play.node.outcome}"` : 'none (no ending)';
    failures.push(failure(file, route.expectAt.outcome ?? route.expectBlockAt, `route "${route.name}": expected outcome "${expect.outcome}", actual ${outcome}`, 'The outcome is the ending\'s `outcome` attribute.', 'plan-expectation'));
  }
  if (expect.stage !== undefined && expect.stage !== actual.stage) {
    failures.push(
      failure(file, route.expectAt.stage ?? route.expectBlockAt, `route "${route.name}": expected stage ${expect.stage}, actual stage ${actual.stage} at ${where}`, 'The stage at the end is the ending\'s `stage`, or else the stage of the scene the learner came from.', 'plan-expectation'),
    );
  }
  // Deadline ids come from the scenario's protocol: a stage 6 id in a four-stage protocol is a mistake in the plan.
  const { protocol } = play.setup;
  const known = protocol.stages.flatMap((stage) => stage.deadlines.map((deadline) => `${stage.stage}.${deadline.id}`));
  for (const key of ['met', 'missed', 'pending'] as const) {
    const unknown = (expect[key] ?? []).filter((id) => !known.includes(id));
    if (unknown.length > 0) {
      failures.push(
        failure(
          file,
          route.expectAt[key] ?? route.expectBlockAt,
          `route "${route.name}": ${list(unknown)} ${unknown.length === 1 ? 'is not a deadline' : 'are not deadlines'} of ${protocol.name}`,
          `Use its deadline ids: ${known.join(', ')}.`,
          'plan-unknown-deadline',
        ),
      );
    }
  }
  // An aim (stage 1's 24 hours) is part of a window: a plan may not expect it missed.
  const aims = protocol.stages.flatMap((stage) => (stage.target !== undefined ? [`${stage.stage}.${stage.target}`] : []));
  const missedAims = (expect.missed ?? []).filter((id) => aims.includes(id));
  if (missedAims.length > 0) {
    failures.push(
      failure(
        file,
        route.expectAt.missed ?? route.expectBlockAt,
        `route "${route.name}": ${list(missedAims)} ${missedAims.length === 1 ? 'is an aim' : 'are aims'}, which can never be missed`,
        'Stage 1 "seek to resolve within 24 to 96 hrs" is a window: only its limit can be missed. Remove the aim from `missed`.',
        'plan-aim-missed',
      ),
    );
  }
  const knownOnly = (ids: readonly string[] | undefined) => ids?.filter((id) => known.includes(id));
  failures.push(...compareSets(file, route, 'met', knownOnly(expect.met), actual.met, play));
  failures.push(...compareSets(file, route, 'missed', knownOnly(expect.missed)?.filter((id) => !aims.includes(id)), actual.missed, play));
  failures.push(...compareSets(file, route, 'pending', knownOnly(expect.pending), actual.pending, play));
  return failures;
}

/**
 * Plays one route and checks its expectations.
 *
 * @example
 * runRoute(scenario, plan.routes[0], plan.file).passed;
 */
function runRoute(scenario: Scenario, route: PlanRoute, file: string, options: RunnerOptions = {}): RouteResult {
  let session = startSession(scenario, options);
  for (const [index, step] of route.steps.entries()) {
    try {
      session = applyStep(scenario, session, step, options);
    } catch (error) {
      if (!(error instanceof RunnerError)) throw error;
      const play = replaySession(scenario, session, options);
      return {
        name: route.name,
        passed: false,
        failures: [failure(file, step.at, `route "${route.name}", step ${index + 1}: ${error.message}`, error.hint, `plan-step-${error.code}`)],
        actual: actualOf(play),
      };
    }
  }
  const play = replaySession(scenario, session, options);
  const actual = actualOf(play);
  const failures = checkExpectations(file, route, play, actual);
  return { name: route.name, passed: failures.length === 0, failures, actual };
}

function actualOf(play: Playthrough): RouteResult['actual'] {
  const summary = summariseDeadlines(play.process.actor.getSnapshot());
  return {
    ending: play.node.kind === 'ending' ? play.node.id : null,
    stage: play.nodeStage,
    met: summary.met.map((check) => check.checkId),
    missed: summary.missed.map((check) => check.checkId),
    pending: summary.pending.map((check) => check.checkId),
  };
}

/**
 * Plays every route of a plan against its scenario.
 *
 * @example
 * const result = runPlan(scenario, plan);
 * result.routes.filter((route) => !route.passed).flatMap((route) => route.failures);
 */
export function runPlan(scenario: Scenario, plan: ScenarioPlan, options: RunnerOptions = {}): PlanResult {
  const routes = plan.routes.map((route) => runRoute(scenario, route, plan.file, options));
  return { file: plan.file, scenarioId: scenario.id, routes, passed: routes.every((route) => route.passed) };
}
