/**
 * Block letters for the projector: the discussion countdown, and "TIME UP"
 * when it runs out, readable from the back of a room. Two sizes: three rows
 * (half blocks) for a laptop-sized terminal, five rows (full blocks) where
 * there is room.
 */

const SMALL: Record<string, [string, string, string]> = {
  '0': ['█▀█', '█ █', '▀▀▀'],
  '1': ['▄█ ', ' █ ', '▀▀▀'],
  '2': ['▀▀█', '█▀▀', '▀▀▀'],
  '3': ['▀▀█', ' ▀█', '▀▀▀'],
  '4': ['█ █', '▀▀█', '  ▀'],
  '5': ['█▀▀', '▀▀█', '▀▀▀'],
  '6': ['█▀▀', '█▀█', '▀▀▀'],
  '7': ['▀▀█', '  █', '  ▀'],
  '8': ['█▀█', '█▀█', '▀▀▀'],
  '9': ['█▀█', '▀▀█', '▀▀▀'],
  ':': [' ', '▀', '▀'],
  ' ': [' ', ' ', ' '],
};

// Five rows of a pixel font, '#' a pixel; each pixel is drawn two columns wide so it looks square.
const LARGE: Record<string, string[]> = {
  '0': ['###', '#.#', '#.#', '#.#', '###'],
  '1': ['.#.', '##.', '.#.', '.#.', '###'],
  '2': ['###', '..#', '###', '#..', '###'],
  '3': ['###', '..#', '###', '..#', '###'],
  '4': ['#.#', '#.#', '###', '..#', '..#'],
  '5': ['###', '#..', '###', '..#', '###'],
  '6': ['###', '#..', '###', '#.#', '###'],
  '7': ['###', '..#', '..#', '..#', '..#'],
  '8': ['###', '#.#', '###', '#.#', '###'],
  '9': ['###', '#.#', '###', '..#', '###'],
  ':': ['.', '#', '.', '#', '.'],
  ' ': ['.', '.', '.', '.', '.'],
  T: ['###', '.#.', '.#.', '.#.', '.#.'],
  I: ['###', '.#.', '.#.', '.#.', '###'],
  M: ['#...#', '##.##', '#.#.#', '#...#', '#...#'],
  E: ['###', '#..', '###', '#..', '###'],
  U: ['#.#', '#.#', '#.#', '#.#', '###'],
  P: ['###', '#.#', '###', '#..', '#..'],
};

/** The sizes of block letters, in rows. */
export type BigSize = 3 | 5;

/**
 * The rows of `text` in block letters (digits, `:` and space at size 3;
 * also the letters of "TIME UP" at size 5). All rows have the same width.
 * @example
 * bigText('2', 3); // ['▀▀█', '█▀▀', '▀▀▀']
 */
export function bigText(text: string, size: BigSize): string[] {
  const rows = Array.from({ length: size }, () => '');
  [...text].forEach((character, index) => {
    const glyph = size === 3 ? (SMALL[character] ?? SMALL[' ']!) : (LARGE[character] ?? LARGE[' ']!).map((row) => row.replace(/#/g, '██').replace(/\./g, '  '));
    rows.forEach((_, row) => {
      rows[row] += (index > 0 ? ' ' : '') + glyph[row];
    });
  });
  return rows;
}

/** How many columns `text` takes in block letters. */
export function bigWidth(text: string, size: BigSize): number {
  return [...(bigText(text, size)[0] ?? '')].length;
}
