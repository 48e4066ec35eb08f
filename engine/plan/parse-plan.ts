/**
 * Reading a test plan: YAML (with positions) checked against the plan
 * schema; every problem becomes a finding at its line and column.
 */
import { locateSchemaIssues } from '../kernel/schema-issues.js';
import { readYaml, YAML_ALIAS_HINT } from '../kernel/yaml-document.js';
import type { Finding, SourcePoint } from '../scenario/finding.js';
import { limitFinding } from '../scenario/limit-finding.js';
import type { PlanExpect, PlanParseResult, PlanRoute, PlanStep } from './plan-model.js';
import { PlanSchema } from './plan.schema.js';

const EXPECT_KEYS = ['ending', 'stage', 'met', 'missed', 'pending', 'outcome'] as const;

function finding(file: string, at: SourcePoint, message: string, hint: string, code = 'plan-invalid'): Finding {
  return { severity: 'error', code, message, hint, file, line: at.line, column: at.column };
}

function hintFor(path: readonly (string | number)[], unknownKey: string | undefined): string {
  const last = path.at(-1);
  if (path.length >= 3 && path[2] === 'expect') return `An expectation may use: ${EXPECT_KEYS.join(', ')}; deadline ids look like 1.target.`;
  if (path.length >= 3 && path[2] === 'steps') return 'A step is a choice id or its exact label, `continue`, `write: { id: …, text: "…" }` or `wait: 2 working days`.';
  if (unknownKey !== undefined && path.length === 0) return 'A plan has one top-level key, `routes`.';
  if (path.length >= 2 && path[0] === 'routes') return 'A route has `name`, `steps` and optionally `expect`.';
  return last === 'routes' || path.length === 0 ? 'Start the file with `routes:` and list each route under it.' : 'See the plan format in scenarios/README.md.';
}

/**
 * Parses a plan file's text. Returns the plan when it is well formed, and
 * every finding (file:line:column, message and hint).
 *
 * @example
 * const { plan, findings } = parsePlan(text, 'scenarios/closing-too-soon.plan.yaml');
 * plan?.routes[0]?.steps[0]; // { kind: 'choose', choice: 'phone-today', at: { line: 5, column: 9 } }
 */
export function parsePlan(text: string, file: string): PlanParseResult {
  const read = readYaml({ text });
  if (!read.ok) {
    return {
      findings: read.problems.map((problem) =>
        'cap' in problem
          ? limitFinding(problem.kind, problem.cap, 'The plan', file, problem.at)
          : problem.kind === 'syntax'
            ? finding(file, problem.at, `The plan is not valid YAML: ${problem.message}`, 'Check indentation and quoting; text with a colon needs quotes.', 'plan-yaml')
            : finding(file, problem.at, `The plan could not be read: ${problem.message}`, YAML_ALIAS_HINT, 'plan-yaml'),
      ),
    };
  }
  const { positions } = read;
  const parsed = PlanSchema().safeParse(read.data);
  if (!parsed.success) {
    return {
      findings: locateSchemaIssues(parsed.error.issues, positions, 'The plan').map((issue) =>
        finding(file, issue.at, issue.sentence, hintFor(issue.path, issue.unknownKey)),
      ),
    };
  }
  const routes: PlanRoute[] = parsed.data.routes.map((route, routeIndex) => {
    const base = ['routes', routeIndex] as const;
    const steps: PlanStep[] = route.steps.map((step, stepIndex) => {
      const at = positions.pointOf([...base, 'steps', stepIndex]);
      if (typeof step === 'string') return step === 'continue' ? { kind: 'continue', at } : { kind: 'choose', choice: step, at };
      if ('write' in step) return { kind: 'write', id: step.write.id, text: step.write.text, at };
      return { kind: 'wait', duration: step.wait, at };
    });
    const expect: PlanExpect = {};
    const expectAt: PlanRoute['expectAt'] = {};
    for (const key of EXPECT_KEYS) {
      const value = route.expect[key];
      if (value === undefined) continue;
      (expect as Record<string, unknown>)[key] = value;
      expectAt[key] = positions.pointOfKey([...base, 'expect'], key) ?? positions.pointOf([...base, 'expect']);
    }
    const routeAt = positions.pointOf(base);
    return {
      name: route.name,
      at: routeAt,
      steps,
      expect,
      expectAt,
      expectBlockAt: positions.pointOfKey(base, 'expect') ?? routeAt,
    };
  });
  return { plan: { file, routes }, findings: [] };
}
