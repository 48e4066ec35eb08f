/**
 * Maps character offsets in a file to 1-based line and column, so positions
 * found inside a sub-text (such as the YAML frontmatter) point into the file.
 */
import type { SourcePoint } from './finding.js';

/** Converts offsets of one text to line and column. */
export interface LineIndex {
  /** The 1-based line and column of a 0-based offset (clamped to the text). */
  pointAt(offset: number): SourcePoint;
}

/**
 * Builds a line index over `text`; `\r\n`, `\n` and `\r` all end a line.
 *
 * @example
 * createLineIndex('a\nbc').pointAt(3); // { line: 2, column: 2 }
 */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) starts.push(index + 1);
  }
  return {
    pointAt(offset) {
      const at = Math.max(0, Math.min(Number.isFinite(offset) ? offset : 0, text.length));
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((starts[middle] as number) <= at) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: at - (starts[low] as number) + 1 };
    },
  };
}
