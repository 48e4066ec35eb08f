import type { TextOrigin } from './personal-data-finding.js';

/** A 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Builds a function that turns offsets in `text` into 1-based lines and
 * columns, shifted by where the text starts in its file. Line starts are
 * indexed once, so each lookup is a binary search rather than a rescan.
 * `\n`, `\r\n` and a lone `\r` each end a line.
 *
 * @example
 * const locate = createOffsetLocator('a\nbc', { startLine: 10, startColumn: 5 });
 * locate(0); // { line: 10, column: 5 }
 * locate(3); // { line: 11, column: 2 }
 */
export function createOffsetLocator(text: string, origin: TextOrigin = {}): (offset: number) => TextPosition {
  const startLine = origin.startLine ?? 1;
  const startColumn = origin.startColumn ?? 1;
  if (!Number.isInteger(startLine) || startLine < 1 || !Number.isInteger(startColumn) || startColumn < 1) {
    throw new RangeError(`startLine and startColumn must be whole numbers from 1 (got ${startLine}, ${startColumn})`);
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */ || (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  return (offset: number): TextPosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    const lineStart = lineStarts[low] ?? 0;
    // Only the text's first line is indented by the origin column.
    const column = offset - lineStart + (low === 0 ? startColumn : 1);
    return { line: startLine + low, column };
  };
}
