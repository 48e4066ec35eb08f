/**
 * Reading a test plan: YAML (with positions) checked against the plan
 * schema; every problem becomes a finding at its line and column.
 */
import { yamlDocumentToData, YAML_ALIAS_HINT } from '../yaml/yaml-to-data.js';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Finding, SourcePoint } from '../scenario/finding.js';
import type { PlanExpect, PlanParseResult, PlanRoute, PlanStep } from './plan-model.js';
import { PlanSchema } from './plan.schema.js';

const EXPECT_KEYS = ['ending', 'stage', 'met', 'missed', 'pending', 'outcome'] as const;

function finding(file: string, at: SourcePoint, message: string, hint: string, code = 'plan-invalid'): Finding {
  return { severity: 'error', code, message, hint, file, line: at.line, column: at.column };
}

/** Finds the node at a path; for a key named in `keyOf`, the key's own node. */
function nodeAt(document: Document, path: readonly (string | number)[]): unknown {
  let node: unknown = document.contents;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
      if (pair === undefined) return node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (item === undefined) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

function keyAt(document: Document, path: readonly (string | number)[], key: string): unknown {
  const parent = nodeAt(document, path);
  if (!isMap(parent)) return parent;
  return parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)?.key ?? parent;
}

function pointOf(node: unknown, lines: LineCounter): SourcePoint {
  const range = (node as YamlNode | null | undefined)?.range;
  if (range === undefined || range === null) return { line: 1, column: 1 };
  const { line, col } = lines.linePos(range[0]);
  return { line, column: col };
}

function hintFor(path: readonly (string | number)[], code: string): string {
  const last = path.at(-1);
  if (path.length >= 3 && path[2] === 'expect') return `An expectation may use: ${EXPECT_KEYS.join(', ')}; deadline ids look like 1.target.`;
  if (path.length >= 3 && path[2] === 'steps') return 'A step is a choice id or its exact label, `continue`, `write: { id: …, text: "…" }` or `wait: 2 working days`.';
  if (code === 'unrecognized_keys' && path.length === 0) return 'A plan has one top-level key, `routes`.';
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
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      findings: document.errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0]);
        return finding(file, { line, column: col }, `The plan is not valid YAML: ${error.message.split('\n')[0] ?? ''}`, 'Check indentation and quoting; text with a colon needs quotes.', 'plan-yaml');
      }),
    };
  }
  const read = yamlDocumentToData(document);
  if (!read.ok) {
    return { findings: [finding(file, { line: 1, column: 1 }, `The plan could not be read: ${read.message}`, YAML_ALIAS_HINT, 'plan-yaml')] };
  }
  const parsed = PlanSchema().safeParse(read.data);
  if (!parsed.success) {
    return {
      findings: parsed.error.issues.map((issue) => {
        const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
        const at = pointOf(unknownKey === undefined ? nodeAt(document, issue.path) : keyAt(document, issue.path, unknownKey), lines);
        const where = issue.path.length > 0 ? `${issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('').replace(/^\./, '')}: ` : '';
        return finding(file, at, `${where}${issue.message}`, hintFor(issue.path, issue.code));
      }),
    };
  }
  const routes: PlanRoute[] = parsed.data.routes.map((route, routeIndex) => {
    const base = ['routes', routeIndex] as const;
    const steps: PlanStep[] = route.steps.map((step, stepIndex) => {
      const at = pointOf(nodeAt(document, [...base, 'steps', stepIndex]), lines);
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
      expectAt[key] = pointOf(keyAt(document, [...base, 'expect'], key), lines);
    }
    const routeAt = pointOf(nodeAt(document, base), lines);
    const expectNode = keyAt(document, base, 'expect');
    return {
      name: route.name,
      at: routeAt,
      steps,
      expect,
      expectAt,
      expectBlockAt: isScalar(expectNode) ? pointOf(expectNode, lines) : routeAt,
    };
  });
  return { plan: { file, routes }, findings: [] };
}
