/**
 * Offsets in a text to 1-based lines and columns: the one place a position in
 * a file is worked out, for scenario parsing, YAML fields and the privacy
 * guard alike. Line starts are indexed once, so each lookup is a binary
 * search rather than a rescan.
 */

/** A 1-based line and column in a file. */
export interface SourcePoint {
  line: number;
  column: number;
}

/** Where a text starts inside its file, so points found in it point into the file. */
export interface TextOrigin {
  /** The 1-based file line of the text's first character. Defaults to 1. */
  startLine?: number;
  /** The 1-based file column of the text's first character. Defaults to 1. */
  startColumn?: number;
}

/** Converts offsets of one text to lines and columns. */
export interface LineIndex {
  /** The point of a 0-based offset (clamped to the text). */
  pointAt(offset: number): SourcePoint;
}

/** The offset of the start of every line of `text`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // Only `\n` breaks: the native search is many times quicker than reading every character.
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10 /* \n */ || (code === 13 /* \r */ && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1);
  }
  return starts;
}

/**
 * Builds a line index over `text`; `\r\n`, `\n` and a lone `\r` each end a
 * line. With an origin, the text's first line is shifted by the origin's
 * column and every line by its line.
 *
 * @throws {RangeError} when the origin is not a whole number from 1.
 * @example
 * createLineIndex('a\nbc').pointAt(3); // { line: 2, column: 2 }
 * createLineIndex('a\nbc', { startLine: 10, startColumn: 5 }).pointAt(0); // { line: 10, column: 5 }
 */
export function createLineIndex(text: string, origin: TextOrigin = {}): LineIndex {
  const startLine = origin.startLine ?? 1;
  const startColumn = origin.startColumn ?? 1;
  if (!Number.isInteger(startLine) || startLine < 1 || !Number.isInteger(startColumn) || startColumn < 1) {
    throw new RangeError(`startLine and startColumn must be whole numbers from 1 (got ${startLine}, ${startColumn})`);
  }
  // Built on the first lookup: most texts scanned (the privacy guard's, say) never need a point.
  let starts: number[] | undefined;
  return {
    pointAt(offset) {
      starts ??= lineStarts(text);
      const at = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, text.length));
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] ?? 0) <= at) low = middle;
        else high = middle - 1;
      }
      // Only the text's first line is indented by the origin column.
      const column = at - (starts[low] ?? 0) + (low === 0 ? startColumn : 1);
      return { line: startLine + low, column };
    },
  };
}
