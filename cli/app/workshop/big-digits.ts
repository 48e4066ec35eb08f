/**
 * Digits three lines tall, for choice numbers a room can read on a projector.
 */
const DIGITS: Record<string, [string, string, string]> = {
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
};

/**
 * The three lines of a number in block digits.
 * @example
 * bigDigits(2); // ['▀▀█', '█▀▀', '▀▀▀']
 */
export function bigDigits(value: number): [string, string, string] {
  const rows: [string, string, string] = ['', '', ''];
  for (const digit of String(value)) {
    const glyph = DIGITS[digit] ?? ['   ', '   ', '   '];
    rows.forEach((_, index) => {
      rows[index] += (rows[index] ? ' ' : '') + glyph[index];
    });
  }
  return rows;
}
