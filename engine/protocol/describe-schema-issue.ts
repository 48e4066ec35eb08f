/**
 * Turns zod's issues into sentences a protocol author can act on (its own
 * wording: a protocol file is JSON, and its union of rule shapes needs the
 * likeliest branch picked out), so a typo
 * in a protocol file reads as "stages[2].deadlines[0].rule: ..." rather than
 * a dump of union branches. Model: starlight's `utils/error-map.ts`.
 */
import type { ZodIssue } from 'zod';
import { schemaPath } from '../kernel/schema-issues.js';
import { DEFAULT_PROTOCOL } from './built-in-protocol-data.js';

/** The five shapes a rule can take, for messages. */
const RULE_SHAPES =
  '{ "hoursAfter": n, "from": event }, { "workingDaysAfter": n, "from": event }, { "workingWeeksAfter": n, "from": event }, { "endOfWorkingDay": event }, { "at": event } or { "earliest": [rule, ...] }';

/**
 * Writes a JSON path the way a reader would look it up, naming the whole
 * file when the path is empty.
 *
 * @example
 * formatJsonPath(['stages', 4, 'deadlines', 0, 'rule']); // 'stages[4].deadlines[0].rule'
 */
export function formatJsonPath(path: readonly (string | number)[]): string {
  return schemaPath(path) || '(the whole file)';
}

/** A schema problem as a path and a sentence. */
export interface SchemaProblem {
  /** JSON path, as written by {@link formatJsonPath}. */
  path: string;
  /** What is wrong, a sentence without a leading capital's context. */
  sentence: string;
  /** How to fix it. */
  hint: string;
}

const generalHint = `Compare the file with a built-in protocol (\`common-ground protocol show ${DEFAULT_PROTOCOL} --json\` prints one); every field is described in the guide "Adapting Common Ground to your partnership".`;

function isRulePath(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  const beforeLast = path[path.length - 2];
  return last === 'rule' || (typeof last === 'number' && beforeLast === 'earliest');
}

/**
 * Picks the union branch the author most likely meant: the one with the
 * fewest complaints. A tie means no branch is clearly meant.
 */
function likeliestBranch(issue: ZodIssue & { code: 'invalid_union' }): ZodIssue[] | undefined {
  const branches = issue.unionErrors.map((error) => error.issues);
  const sorted = [...branches].sort((a, b) => a.length - b.length);
  const [best, second] = sorted;
  if (best === undefined || best.length === 0) return undefined;
  if (second !== undefined && second.length === best.length) return undefined;
  return best;
}

/**
 * Describes one zod issue as a {@link SchemaProblem}.
 *
 * @example
 * describeProtocolSchemaIssue({ code: 'unrecognized_keys', keys: ['hoursafter'], path: ['stages', 0], message: '' });
 * // { path: 'stages[0]', sentence: 'has a field this format does not know: "hoursafter"', hint: ... }
 */
export function describeProtocolSchemaIssue(issue: ZodIssue): SchemaProblem {
  const path = formatJsonPath(issue.path);
  switch (issue.code) {
    case 'invalid_union': {
      const missing = issue.unionErrors.every((error) =>
        error.issues.every((inner) => inner.code === 'invalid_type' && inner.received === 'undefined' && inner.path.length === issue.path.length),
      );
      if (missing) return { path, sentence: 'is missing', hint: generalHint };
      const branch = likeliestBranch(issue);
      const first = branch?.[0];
      if (first) return describeProtocolSchemaIssue(first);
      if (isRulePath(issue.path)) {
        return {
          path,
          sentence: 'is not a rule this format knows',
          hint: `A rule is one of ${RULE_SHAPES}.`,
        };
      }
      return {
        path,
        sentence: 'has the wrong shape',
        hint: 'Give one text for every route, or an object with one text per route id, e.g. { "<route id>": "...", "<other route id>": "..." }.',
      };
    }
    case 'invalid_type':
      if (issue.received === 'undefined') {
        return { path, sentence: 'is missing', hint: generalHint };
      }
      return {
        path,
        sentence: `should be ${article(issue.expected)}, not ${article(issue.received)}`,
        hint: generalHint,
      };
    case 'unrecognized_keys':
      return {
        path,
        sentence: `has ${issue.keys.length === 1 ? 'a field' : 'fields'} this format does not know: ${issue.keys
          .map((key) => `"${key}"`)
          .join(', ')}`,
        hint: isRulePath(issue.path)
          ? `Check the spelling; a rule is one of ${RULE_SHAPES}.`
          : 'Check the spelling of the field name (names are case-sensitive), or remove it.',
      };
    case 'invalid_enum_value':
      return {
        path,
        sentence: `should be one of ${issue.options.map((option) => JSON.stringify(option)).join(', ')}, not ${JSON.stringify(issue.received)}`,
        hint: 'Use one of the listed values exactly.',
      };
    case 'invalid_literal':
      return {
        path,
        sentence: `should be ${JSON.stringify(issue.expected)}, not ${JSON.stringify(issue.received)}`,
        hint: generalHint,
      };
    default:
      return { path, sentence: issue.message, hint: generalHint };
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
