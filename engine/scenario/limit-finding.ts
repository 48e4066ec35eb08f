/**
 * The finding for a file that broke one of the engine's input caps (too
 * large, nested too deep, too many entries), the same for scenarios, case
 * files, plans and protocols.
 */
import { describeInputLimit, type InputLimitKind } from '../kernel/input-limit.js';
import type { SourcePoint } from '../kernel/line-index.js';
import { makeFinding, type Finding } from './finding.js';
import type { FindingCode } from './finding-codes.js';

const CODES = { 'too-large': 'file-too-large', 'too-deep': 'too-deeply-nested' } as const satisfies Record<InputLimitKind, FindingCode>;

/**
 * The finding code for a kind of broken cap.
 *
 * @example
 * limitFindingCode('too-deep'); // 'too-deeply-nested'
 */
export function limitFindingCode(kind: InputLimitKind): FindingCode {
  return CODES[kind];
}

/**
 * An error finding about `subject` (e.g. `The case file`) at the place the
 * cap was passed.
 *
 * @example
 * limitFinding('too-deep', 64, 'The frontmatter', 'a.mdx', { line: 3, column: 129 });
 * // { code: 'too-deeply-nested', message: 'The frontmatter nests more than 64 levels deep here, …', … }
 */
export function limitFinding(kind: InputLimitKind, cap: number, subject: string, file: string, at: SourcePoint): Finding {
  const { message, hint } = describeInputLimit(kind, cap, subject);
  return makeFinding('error', limitFindingCode(kind), message, hint, file, at);
}
