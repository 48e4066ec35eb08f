/**
 * Greedy word wrapping of styled spans: words keep their style, a word longer
 * than the width is cut, and continuation lines are indented to sit under
 * the text rather than under a bullet.
 */
import type { Span, StyledLine } from './styled-line.js';

type Token = { text: string; style: Omit<Span, 'text'>; space: boolean };

function tokens(spans: readonly Span[]): Token[] {
  const out: Token[] = [];
  for (const { text, ...style } of spans) {
    for (const part of text.split(/(\s+)/)) {
      if (part === '') continue;
      out.push({ text: /^\s+$/.test(part) ? ' ' : part, style, space: /^\s+$/.test(part) });
    }
  }
  return out;
}

function pushSpan(line: StyledLine, text: string, style: Omit<Span, 'text'>): void {
  const last = line[line.length - 1];
  const same = last && last.bold === style.bold && last.italic === style.italic && last.underline === style.underline && last.dim === style.dim;
  if (last && same) last.text += text;
  else line.push({ text, ...style });
}

/**
 * Wraps spans to `width` columns; `first` prefixes the first line and
 * `rest` every other line (e.g. '• ' and '  ').
 * @example
 * wrapSpans([{ text: 'one two three' }], 8).map(lineText); // ['one two', 'three']
 */
export function wrapSpans(spans: readonly Span[], width: number, first: Span[] = [], rest: Span[] = []): StyledLine[] {
  const lines: StyledLine[] = [];
  const prefixWidth = (prefix: Span[]) => prefix.reduce((sum, span) => sum + span.text.length, 0);
  let line: StyledLine = first.map((span) => ({ ...span }));
  let used = prefixWidth(first);
  let room = Math.max(8, width);
  let empty = true;
  const newLine = () => {
    lines.push(line);
    line = rest.map((span) => ({ ...span }));
    used = prefixWidth(rest);
    empty = true;
  };
  for (const token of tokens(spans)) {
    if (token.space) {
      if (!empty && used < room) {
        pushSpan(line, ' ', token.style);
        used += 1;
      }
      continue;
    }
    let word = token.text;
    if (!empty && used + word.length > room) {
      // Drop the trailing space we added before wrapping.
      const last = line[line.length - 1];
      if (last && last.text.endsWith(' ')) last.text = last.text.slice(0, -1);
      newLine();
    }
    while (used + word.length > room && word.length > 0) {
      const cut = Math.max(1, room - used);
      pushSpan(line, word.slice(0, cut), token.style);
      word = word.slice(cut);
      newLine();
    }
    if (word.length > 0) {
      pushSpan(line, word, token.style);
      used += word.length;
      empty = false;
    }
    room = Math.max(8, width);
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}
