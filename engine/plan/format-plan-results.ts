/**
 * The words a played test plan is reported in: a route's PASS or FAIL
 * line, each failure located in the plan file with its hint, and the
 * totals. `common-ground test` prints them and the studio shows them, so an
 * author reads the same sentences in the terminal and in the browser.
 */
import { countOf } from '../kernel/count-of.js';
import type { Finding } from '../scenario/finding.js';
import type { RouteResult } from './plan-model.js';

/**
 * A route's verdict line.
 *
 * @example
 * routeVerdict(route, 'scenarios/closing-too-soon.mdx'); // 'PASS scenarios/closing-too-soon.mdx: Recommended path'
 */
export function routeVerdict(route: Pick<RouteResult, 'name' | 'passed'>, scenario: string): string {
  return `${route.passed ? 'PASS' : 'FAIL'} ${scenario}: ${route.name}`;
}

/**
 * One failure of a route, at its place in the plan file, then its hint on
 * a second line. (No severity: every route failure fails the route.)
 *
 * @example
 * formatRouteFailure(route.failures[0]);
 * // 'case.plan.yaml:6:29: route "Typo", step 3: "agre" is not a choice in scene "record-it".\n  hint: Choose one of: …'
 */
export function formatRouteFailure(failure: Finding): string {
  return `${failure.file}:${failure.line}:${failure.column}: ${failure.message}\n  hint: ${failure.hint}`;
}

/** What {@link planTotals} counts. */
export interface PlanTotals {
  /** Routes played. */
  routes: number;
  /** Of those, how many passed. */
  passed: number;
  /** Scenario files whose routes were not played because of errors. */
  filesWithErrors?: number;
  /** Scenarios with no plan beside them. */
  withoutPlan?: number;
}

/**
 * The totals line.
 *
 * @example
 * planTotals({ routes: 2, passed: 1 }); // '2 routes, 1 passed, 1 failed'
 * planTotals({ routes: 0, passed: 0, withoutPlan: 1 }); // '0 routes, 0 passed, 0 failed, 1 scenario without a plan'
 */
export function planTotals(totals: PlanTotals): string {
  const { routes, passed, filesWithErrors = 0, withoutPlan = 0 } = totals;
  const errors = filesWithErrors > 0 ? `, ${countOf(filesWithErrors, 'file')} with errors` : '';
  const noPlan = withoutPlan > 0 ? `, ${countOf(withoutPlan, 'scenario')} without a plan` : '';
  return `${countOf(routes, 'route')}, ${passed} passed, ${routes - passed} failed${errors}${noPlan}`;
}
