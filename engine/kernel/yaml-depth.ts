/**
 * How deep a YAML (or JSON) text nests, found before it is parsed: the
 * `yaml` package's parser and composer recurse once per level, so a text
 * nested a few thousand levels deep overflows the stack (sometimes inside
 * the parser, where nothing catches it). This reads the text with the
 * package's lexer, which does not recurse, and follows the nesting in one
 * pass: flow brackets exactly, block lists and maps by their indentation.
 */
import { Lexer } from 'yaml';

/** The lexer's own markers, which stand for no text in the source. */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);

/** True for a token that is only blanks, line breaks or a comment. */
const isBlank = (token: string): boolean => /^[ \t\r\n]*$/.test(token) || token.startsWith('#');

/**
 * The offset of the first token that takes `text` deeper than `cap` levels
 * (a list in a map in a list is three), or `undefined` when it stays within
 * it. Block nesting is read from indentation, so a list written at the same
 * indentation as its parent's key counts one level rather than two: the
 * count may fall short of the parser's by half, never more.
 *
 * @example
 * findTooDeep('a:\n  - [1, [2]]\n', 2); // 7: the first `[` is the third level
 * findTooDeep('a: 1\n', 64); // undefined
 */
export function findTooDeep(text: string, cap: number): number | undefined {
  let offset = 0;
  let lineStart = 0;
  let flow = 0;
  let atLineStart = true;
  let afterIndicator = false;
  let blockScalar = false;
  let scalarText = false;
  // The columns of the block collections open at this point, innermost last.
  const columns: number[] = [];
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) {
      // After a `|` or `>` header, the lexer marks the scalar's text, which comes next.
      scalarText = blockScalar && token === '\u001f';
      continue;
    }
    const start = offset;
    offset += token.length;
    const lastBreak = Math.max(token.lastIndexOf('\n'), token.lastIndexOf('\r'));
    if (scalarText) {
      // The text of a block scalar: words, whatever their indentation.
      scalarText = false;
      blockScalar = false;
      if (lastBreak !== -1) lineStart = start + lastBreak + 1;
      atLineStart = lastBreak !== -1 && lastBreak === token.length - 1;
      continue;
    }
    if (lastBreak !== -1) {
      lineStart = start + lastBreak + 1;
      if (isBlank(token)) atLineStart = true;
    }
    if (token === '[' || token === '{') {
      flow += 1;
      if (columns.length + flow > cap) return start;
      continue;
    }
    if (token === ']' || token === '}') {
      flow = Math.max(0, flow - 1);
      continue;
    }
    if (flow > 0 || isBlank(token)) continue;
    if (atLineStart || afterIndicator) {
      const column = start - lineStart;
      while (columns.length > 0 && columns[columns.length - 1]! >= column) columns.pop();
      columns.push(column);
      if (columns.length > cap) return start;
    }
    atLineStart = lastBreak !== -1 && lastBreak === token.length - 1;
    afterIndicator = token === '-' || token === '?';
    blockScalar = token.startsWith('|') || token.startsWith('>');
  }
  return undefined;
}
