/**
 * The scenario format's zod error map, for callers (such as an Astro content
 * collection) that use zod's own error output: every issue gets the same
 * sentence `validate` prints (engine/kernel/schema-issues.ts).
 */
import type { z } from 'zod';
import { schemaSentence } from '../kernel/schema-issues.js';

/**
 * A zod error map that gives every issue a friendly sentence.
 *
 * @example
 * ScenarioFrontmatterSchema().safeParse(data, { errorMap: scenarioErrorMap });
 */
export const scenarioErrorMap: z.ZodErrorMap = (issue, context) => {
  const message = schemaSentence({ ...issue, message: issue.message ?? context.defaultError } as z.ZodIssue);
  return { message };
};
