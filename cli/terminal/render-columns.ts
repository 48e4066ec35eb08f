/**
 * Lays out rows of multi-line cells as fixed-width columns. Cells arrive
 * already wrapped (each a list of lines) so the width sums stay exact;
 * emphasis is applied after padding, so escape codes never upset alignment.
 */
import type { TerminalStyle } from './color.js';

/** One line of a cell: plain, or with an emphasis. */
export type CellLine = string | { text: string; emphasis: 'bold' | 'dim' };

/** A cell: its lines, top to bottom. */
export type Cell = readonly CellLine[];

function textOf(line: CellLine | undefined): string {
  return line === undefined ? '' : typeof line === 'string' ? line : line.text;
}

/**
 * Renders rows of cells side by side, each column padded to its width.
 *
 * @example
 * renderColumns([3, 5], [[['1'], ['a', 'b']]], plainStyle);
 * // ['1    a', '     b']
 */
export function renderColumns(
  widths: readonly number[],
  rows: readonly (readonly Cell[])[],
  style: TerminalStyle,
  gap = 2,
): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const height = Math.max(1, ...row.map((cell) => cell.length));
    for (let lineIndex = 0; lineIndex < height; lineIndex++) {
      const parts = widths.map((width, c) => {
        const line = row[c]?.[lineIndex];
        const text = textOf(line);
        const padding = c === widths.length - 1 ? '' : ' '.repeat(Math.max(0, width - text.length));
        const styled = typeof line === 'object' ? style[line.emphasis](text) : text;
        return styled + padding;
      });
      out.push(parts.join(' '.repeat(gap)).trimEnd());
    }
  }
  return out;
}
