/**
 * The test-plan layer's public face: parse a `NAME.plan.yaml` with located
 * findings, and play its routes against the scenario.
 */
export type { ScenarioPlan, PlanRoute, PlanStep, PlanExpect, PlanParseResult, RouteResult, PlanResult } from './plan-model.js';
export { PlanSchema, PlanRouteSchema, PlanStepSchema, PlanExpectSchema } from './plan.schema.js';
export { parsePlan } from './parse-plan.js';
export { runPlan, runRoute } from './run-plan.js';
