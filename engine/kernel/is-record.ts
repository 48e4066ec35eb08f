/**
 * True for a plain object of fields (not null, not a list): the first thing
 * every reader of saved or shipped JSON checks.
 *
 * @example
 * isRecord({ formatVersion: 1 }); // true
 * isRecord([1, 2]);               // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
