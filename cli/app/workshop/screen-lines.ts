/**
 * The workshop's screens are built as lines, not as nested boxes: each
 * step's body is a list of styled lines made by a pure function of the
 * state and the width, and the frame shows the window of them that fits.
 * So every screen fits the terminal by construction (nothing pushes the
 * header off), paging is a window offset, and the tests read the lines.
 */
import { lineText, wrapSpans, type Span } from '../../terminal/index.js';

/** A colour role of the theme; without colour the words carry the meaning. */
export type Tone = 'accent' | 'good' | 'bad' | 'warn' | 'muted';

/** A span of a workshop line: styled text, perhaps coloured or inverted. */
export interface ScreenSpan extends Span {
  tone?: Tone;
  inverse?: boolean;
  /**
   * Part of a QR code: drawn black on white whatever the terminal's theme,
   * since a code in the wrong colours does not scan (without colour, inverted).
   */
  qr?: boolean;
}

/** One terminal line. */
export type ScreenLine = ScreenSpan[];

/**
 * Wraps spans to `width`, with an indent for the lines after the first.
 * @example
 * wrap([{ text: '1) ', bold: true }, { text: label }], 76, 3);
 */
export function wrap(spans: readonly ScreenSpan[], width: number, hang = 0, indent = 0): ScreenLine[] {
  const lead = indent > 0 ? [{ text: ' '.repeat(indent) }] : [];
  const rest = indent + hang > 0 ? [{ text: ' '.repeat(indent + hang) }] : [];
  return wrapSpans(spans, width, lead, rest) as ScreenLine[];
}

/**
 * Wraps spans after a prefix kept exactly as given (spaces and all), with
 * the lines after the first indented to sit under the text.
 * @example
 * wrapAfter([{ text: '██   2  ' }], [{ text: label }], 76);
 */
export function wrapAfter(prefix: readonly ScreenSpan[], spans: readonly ScreenSpan[], width: number): ScreenLine[] {
  const indent = prefix.reduce((sum, span) => sum + [...span.text].length, 0);
  return wrapSpans(spans, width, prefix, [{ text: ' '.repeat(indent) }]) as ScreenLine[];
}

/** The width of a line in columns (one per character: the app's text is checked to be single-width where it counts). */
export function lineWidth(line: ScreenLine): number {
  return [...lineText(line)].length;
}

/**
 * `text` cut to `width` characters, with an ellipsis when cut.
 * @example
 * cut('Children’s social care', 10); // 'Children’…'
 */
export function cut(text: string, width: number): string {
  const characters = [...text];
  if (characters.length <= width) return text;
  return width <= 1 ? characters.slice(0, width).join('') : `${characters.slice(0, width - 1).join('')}…`;
}

/** `text` padded with spaces to `width` characters (cut first if longer). */
export function pad(text: string, width: number): string {
  const shown = cut(text, width);
  return shown + ' '.repeat(Math.max(0, width - [...shown].length));
}

/** Lines laid out in `columns` columns of `cellWidth`, filled down then across. */
export function columnsOf(cells: readonly ScreenLine[], columns: number, cellWidth: number): ScreenLine[] {
  const rows = Math.ceil(cells.length / Math.max(1, columns));
  const out: ScreenLine[] = [];
  for (let row = 0; row < rows; row += 1) {
    const line: ScreenLine = [];
    for (let column = 0; column < columns; column += 1) {
      const cell = cells[column * rows + row];
      if (!cell) continue;
      const last = column === columns - 1 || !cells[(column + 1) * rows + row];
      line.push(...cell);
      const room = cellWidth - lineWidth(cell);
      if (!last && room > 0) line.push({ text: ' '.repeat(room) });
    }
    out.push(line);
  }
  return out;
}
