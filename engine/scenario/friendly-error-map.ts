/**
 * Turns zod's issues into sentences a scenario author can act on, in the
 * manner of Starlight's error map (withastro/starlight
 * `packages/starlight/utils/error-map.ts`), adapted to zod 3.
 */
import type { z } from 'zod';

/** Writes a zod path the way an author reads YAML: `provenance.reviewed`, `cast[1].name`. */
export function formatSchemaPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  );
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
 * One zod issue as a sentence, prefixed with the field it concerns.
 *
 * @example
 * describeSchemaIssue({ code: 'invalid_type', expected: 'string', received: 'undefined', path: ['title'], message: 'Required' });
 * // 'Missing required field `title`.'
 */
export function describeSchemaIssue(issue: z.ZodIssue): string {
  const field = formatSchemaPath(issue.path);
  const where = field ? `\`${field}\`` : 'The frontmatter';
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

/**
 * A zod error map that gives every issue a friendly sentence, for callers
 * (such as an Astro content collection) that use zod's own error output.
 *
 * @example
 * ScenarioFrontmatterSchema().safeParse(data, { errorMap: scenarioErrorMap });
 */
export const scenarioErrorMap: z.ZodErrorMap = (issue, context) => {
  const message = describeSchemaIssue({ ...issue, message: issue.message ?? context.defaultError } as z.ZodIssue);
  return { message };
};
