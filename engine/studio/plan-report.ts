/**
 * Running a test plan on the draft in the studio: the plan's text is read
 * and every route played against the scenario as it stands, reported row by
 * row in the same words as `common-ground test` (engine/plan/format-plan-results.ts).
 */
import { EngineError } from '../kernel/engine-error.js';
import { formatRouteFailure, planTotals } from '../plan/format-plan-results.js';
import { parsePlan } from '../plan/parse-plan.js';
import { runPlan } from '../plan/run-plan.js';
import { formatFinding, makeFinding, sortFindings, type Finding } from '../scenario/finding.js';
import type { Scenario } from '../scenario/scenario-model.js';
import { internalErrorFinding } from '../scenario/validate-scenario.js';

/** One route of the plan, played. */
export interface PlanRouteRow {
  /** The route's name in the plan. */
  name: string;
  passed: boolean;
  /** Each failure at its place in the plan file, with its hint on a second line. */
  failures: string[];
}

/** The plan played on the draft, or why its routes were not played. */
export type PlanReport =
  | {
      ok: true;
      /** Every route passed. */
      passed: boolean;
      rows: PlanRouteRow[];
      /** The totals line, e.g. `3 routes, 2 passed, 1 failed`. */
      summary: string;
    }
  | {
      ok: false;
      /** Each problem as `file:line:column: error: message` and a hint, as `validate` prints it. */
      errors: string[];
    };

/** Options for {@link runPlanOnDraft}. */
export interface RunPlanOnDraftOptions {
  /**
   * The draft's findings. As with `common-ground test`, a scenario with
   * errors is not played: its errors are reported instead.
   */
  findings?: readonly Finding[];
}

/**
 * Parses the plan and plays each of its routes on the scenario. A plan
 * that cannot be read (including one with no routes) and a scenario with
 * errors are reported as `ok: false`, with every problem located; a route
 * that fails is a row with its failures. Never throws.
 *
 * @example
 * const report = runPlanOnDraft(scenario, planText, 'closing-too-soon.plan.yaml', { findings });
 * if (report.ok) report.summary; // '11 routes, 11 passed, 0 failed'
 */
export function runPlanOnDraft(scenario: Scenario, planText: string, planFile: string, options: RunPlanOnDraftOptions = {}): PlanReport {
  const scenarioErrors = (options.findings ?? []).filter((finding) => finding.severity === 'error');
  const { plan, findings } = parsePlan(planText, planFile);
  if (scenarioErrors.length > 0 || plan === undefined) {
    return { ok: false, errors: sortFindings([...scenarioErrors, ...findings]).map(formatFinding) };
  }
  let routes;
  try {
    routes = runPlan(scenario, plan).routes;
  } catch (error) {
    // A scenario the studio could parse may still be one the player cannot start (a protocol nobody loaded).
    const finding = error instanceof EngineError ? makeFinding('error', 'check-failed', error.message, error.hint, planFile, { line: 1, column: 1 }) : internalErrorFinding(error, planFile);
    return { ok: false, errors: [formatFinding(finding)] };
  }
  const passed = routes.filter((route) => route.passed).length;
  return {
    ok: true,
    passed: passed === routes.length,
    rows: routes.map((route) => ({ name: route.name, passed: route.passed, failures: route.failures.map(formatRouteFailure) })),
    summary: planTotals({ routes: routes.length, passed }),
  };
}
