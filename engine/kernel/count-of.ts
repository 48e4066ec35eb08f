/**
 * A count with its noun, singular for one: `1 file`, `3 files`, `0 files`.
 * For the regular English plurals the product uses (file, route, hour,
 * working day); give the plural when it is not the noun plus "s".
 *
 * @example
 * countOf(1, 'file');                // '1 file'
 * countOf(2, 'working day');         // '2 working days'
 * countOf(2, 'person', 'people');    // '2 people'
 */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
