/**
 * Schema issues (zod's) as sentences an author can act on, each at its place
 * in the file: the one translation behind scenario frontmatter, case files
 * and test plans. In the manner of Starlight's error map (withastro/starlight
 * `packages/starlight/utils/error-map.ts`), adapted to zod 3.
 */
import type { ZodIssue } from 'zod';
import type { SourcePoint } from './line-index.js';
import type { DataPath, YamlPositions } from './yaml-document.js';

/**
 * Writes a path the way an author reads YAML or JSON: `provenance.reviewed`,
 * `cast[1].name`; the empty path is the empty string.
 *
 * @example
 * schemaPath(['stages', 4, 'deadlines', 0, 'rule']); // 'stages[4].deadlines[0].rule'
 */
export function schemaPath(path: DataPath): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '');
}

const show = (value: unknown): string => {
  if (typeof value === 'string') return `"${value}"`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

const kindOf = (received: string): string =>
  ({ undefined: 'nothing', null: 'an empty value', string: 'text', number: 'a number', boolean: 'true/false', array: 'a list', object: 'a set of fields', date: 'a date' })[
    received
  ] ?? received;

/**
 * One zod issue as a sentence, led by the field it concerns; `subject` names
 * the whole file when the issue is about the file itself.
 *
 * @example
 * schemaSentence({ code: 'invalid_type', expected: 'string', received: 'undefined', path: ['title'], message: 'Required' });
 * // 'Missing required field `title`.'
 */
export function schemaSentence(issue: ZodIssue, subject = 'The frontmatter'): string {
  const field = schemaPath(issue.path);
  const where = field ? `\`${field}\`` : subject;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return `Missing required field \`${field}\`.`;
      return `${where} should be ${kindOf(issue.expected)}, but it is ${kindOf(issue.received)}.`;
    case 'invalid_literal':
      return `${where} must be ${show(issue.expected)}, not ${show(issue.received)}.`;
    case 'invalid_enum_value':
      return `${where} is ${show(issue.received)}, which is not one of: ${issue.options.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return `${where} has a field this format does not know: ${issue.keys.map((key) => `\`${key}\``).join(', ')}.`;
    case 'too_small':
      if (issue.type === 'array') return `${where} needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}.`;
      if (issue.type === 'string') return issue.message && issue.message !== 'Required' ? `${where}: ${issue.message}.` : `${where} is too short.`;
      return `${where} must be at least ${issue.minimum}.`;
    case 'too_big':
      if (issue.type === 'string') return `${where}: ${issue.message}.`;
      return `${where} must be at most ${issue.maximum}.`;
    case 'invalid_union':
      return `${where} does not have any of the accepted shapes.`;
    default:
      return `${where}: ${issue.message.replace(/\.$/, '')}.`;
  }
}

/** One schema problem, ready to become a finding. */
export interface LocatedSchemaIssue {
  /** The path of the value concerned. */
  readonly path: DataPath;
  /** For a field the format does not know: its name (one issue per unknown field). */
  readonly unknownKey?: string;
  /** What is wrong, as {@link schemaSentence} writes it. */
  readonly sentence: string;
  /** Where: the unknown field's key, the value, or the map that lacks a missing field. */
  readonly at: SourcePoint;
}

/**
 * Zod's issues as located sentences: an unknown field becomes one issue per
 * field, at that field's key; every other issue points at its value.
 *
 * @example
 * locateSchemaIssues(result.error.issues, read.positions, 'The case file');
 * // [{ path: ['raised'], sentence: '`raised` should be text, but it is a number.', at: { line: 3, column: 9 } }]
 */
export function locateSchemaIssues(issues: readonly ZodIssue[], positions: YamlPositions, subject?: string): LocatedSchemaIssue[] {
  return issues.flatMap((issue): LocatedSchemaIssue[] => {
    if (issue.code !== 'unrecognized_keys') return [{ path: issue.path, sentence: schemaSentence(issue, subject), at: positions.pointOf(issue.path) }];
    return issue.keys.map((key) => ({
      path: issue.path,
      unknownKey: key,
      sentence: schemaSentence({ ...issue, keys: [key] }, subject),
      at: positions.pointOfKey(issue.path, key) ?? positions.pointOf(issue.path),
    }));
  });
}
