/**
 * A second reader of the statements: Learning Locker's own xAPI validator
 * (`@learninglocker/xapi-validation`, the check that record store runs on
 * every statement it is sent) finds nothing wrong with any statement the
 * package makes on closing-too-soon's routes, writing included, and does
 * find a broken one. Our own reading of the specification's rules is in
 * xapi-statement-rules.ts; the two must agree.
 */
import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { newStatements } from '../../../../engine/lms/xapi/new-statements.js';
import type { XapiAttempt } from '../../../../engine/lms/xapi/xapi-attempt.js';
import { bundled } from '../bundled-scenarios.js';
import { playStamped, RECOMMENDED, TEST_ATTEMPT } from './play-stamped.js';
import { statementProblems } from './xapi-statement-rules.js';

const closing = bundled('closing-too-soon');
const attempt: XapiAttempt = { ...TEST_ATTEMPT, includeReflections: true };

describe("Learning Locker's validator", () => {
  const statements = newStatements(closing, null, playStamped(closing, RECOMMENDED).at(-1)!, attempt);

  it('accepts every statement of the recommended route, with the writing sent', () => {
    expect(statements.length).toBeGreaterThan(8);
    for (const statement of statements) {
      expect(validateStatement(statement), statement.id).toEqual([]);
      expect(statementProblems(statement), statement.id).toEqual([]);
    }
  });

  it('finds a broken statement, as our own rules do', () => {
    const broken = { ...statements[0]!, verb: { id: 'answered', display: { 'en-GB': 'answered' } }, result: { score: { scaled: 2 } } };
    expect(validateStatement(broken).length).toBeGreaterThan(0);
    expect(statementProblems(broken as never).length).toBeGreaterThan(0);
  });
});
