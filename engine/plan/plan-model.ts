/**
 * A scenario test plan (`NAME.plan.yaml`) as parsed data, with the position
 * of every step and expectation so a failure can point at the plan file.
 */
import type { Finding, SourcePoint } from '../scenario/finding.js';

/** One step of a route. */
export type PlanStep =
  | { kind: 'choose'; /** A choice id or its exact label. */ choice: string; at: SourcePoint }
  | { kind: 'write'; id: string; text: string; at: SourcePoint }
  | { kind: 'wait'; duration: string; at: SourcePoint }
  | { kind: 'continue'; at: SourcePoint };

/** What a route expects at its end; every field optional. */
export interface PlanExpect {
  /** The ending id reached. */
  ending?: string;
  /** The stage the case is at when play stops. */
  stage?: number;
  /** Deadline ids that must be met (e.g. `1.target`); `[]` means none may be. */
  met?: string[];
  /** Deadline ids that must be missed; `[]` means none may be. */
  missed?: string[];
  /** Deadline ids that must still be pending at the end; `[]` means none may be. */
  pending?: string[];
  /** The ending's outcome. */
  outcome?: 'good' | 'mixed' | 'poor';
}

/** One route of a plan. */
export interface PlanRoute {
  name: string;
  at: SourcePoint;
  steps: PlanStep[];
  expect: PlanExpect;
  /** Where each expectation key is, e.g. `ending` → line 12. */
  expectAt: Partial<Record<keyof PlanExpect, SourcePoint>>;
  /** Where `expect:` itself is (the route's position if absent). */
  expectBlockAt: SourcePoint;
}

/** A parsed plan. */
export interface ScenarioPlan {
  file: string;
  routes: PlanRoute[];
}

/** What `parsePlan` returns: the plan when it could be read, and every finding. */
export interface PlanParseResult {
  plan?: ScenarioPlan;
  findings: Finding[];
}

/** One route played. */
export interface RouteResult {
  name: string;
  passed: boolean;
  /** Each failure located in the plan file. */
  failures: Finding[];
  /** What the route actually reached. */
  actual: {
    ending: string | null;
    stage: number;
    met: string[];
    missed: string[];
    pending: string[];
  };
}

/** A plan played against its scenario. */
export interface PlanResult {
  file: string;
  scenarioId: string;
  routes: RouteResult[];
  passed: boolean;
}
