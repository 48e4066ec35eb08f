import { describe, expect, it } from 'vitest';
import { formatRouteFailure, planTotals, routeVerdict } from '../../../engine/index.js';

describe('routeVerdict', () => {
  it('says PASS or FAIL, the scenario and the route', () => {
    expect(routeVerdict({ name: 'Recommended', passed: true }, 'case.mdx')).toBe('PASS case.mdx: Recommended');
    expect(routeVerdict({ name: 'Typo', passed: false }, 'case.mdx')).toBe('FAIL case.mdx: Typo');
  });
});

describe('formatRouteFailure', () => {
  it('puts the failure at its place in the plan, and the hint on the next line', () => {
    const failure = { severity: 'error' as const, code: 'plan-step-unknown-choice', message: 'route "Typo", step 3: "agre" is not a choice.', hint: 'Choose one of: agree.', file: 'case.plan.yaml', line: 6, column: 29 };
    expect(formatRouteFailure(failure)).toBe('case.plan.yaml:6:29: route "Typo", step 3: "agre" is not a choice.\n  hint: Choose one of: agree.');
  });
});

describe('planTotals', () => {
  it('counts routes passed and failed, and files with errors or without a plan only when there are some', () => {
    expect(planTotals({ routes: 1, passed: 1 })).toBe('1 route, 1 passed, 0 failed');
    expect(planTotals({ routes: 2, passed: 1 })).toBe('2 routes, 1 passed, 1 failed');
    expect(planTotals({ routes: 0, passed: 0, filesWithErrors: 1, withoutPlan: 2 })).toBe('0 routes, 0 passed, 0 failed, 1 file with errors, 2 scenarios without a plan');
  });
});
