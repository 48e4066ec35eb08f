/**
 * Every kind of finding the parser and validator report, with a stable id,
 * its usual severity and a one-line explanation. The list itself is data, in
 * `data/finding-codes.json`, in the order the authoring guide
 * (`scenarios/README.md`) documents them; a test keeps the two in step.
 */
import findingCodeData from './data/finding-codes.json';

/** The stable id of a kind of finding, e.g. `'unknown-target'`. */
export type FindingCode = keyof typeof findingCodeData;

/** Every finding code, in the order the authoring guide lists them. */
export const findingCodes = Object.keys(findingCodeData) as FindingCode[];

/**
 * The severity a kind of finding usually has, as the authoring guide lists it.
 *
 * @example
 * usualSeverity('draft'); // 'warning'
 */
export function usualSeverity(code: FindingCode): string {
  return findingCodeData[code].severity;
}
