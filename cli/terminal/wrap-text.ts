/**
 * The one word wrapper of the terminal program: greedy, breaking at spaces,
 * cutting a word longer than the room so no line ever overflows. Narrative
 * keeps each word's style (`wrapSpans`); table cells and reports wrap plain
 * text and keep its line breaks (`wrapText`).
 */
import { lineText, type Span, type StyledLine } from './styled-line.js';

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

/** Wraps spans into lines of at most `room` columns, prefixes included. */
function wrapInto(spans: readonly Span[], room: number, first: readonly Span[], rest: readonly Span[]): StyledLine[] {
  const lines: StyledLine[] = [];
  const prefixWidth = (prefix: readonly Span[]) => prefix.reduce((sum, span) => sum + span.text.length, 0);
  let line: StyledLine = first.map((span) => ({ ...span }));
  let used = prefixWidth(first);
  let empty = true;
  const newLine = () => {
    lines.push(line);
    line = rest.map((span) => ({ ...span }));
    used = prefixWidth(rest);
    empty = true;
  };
  const all = tokens(spans);
  all.forEach((token, index) => {
    if (token.space) {
      if (!empty && used < room) {
        pushSpan(line, ' ', token.style);
        used += 1;
      }
      return;
    }
    let word = token.text;
    // A word can run across spans (`*Kerry*` is three): the line breaks before the whole word, not inside it.
    let whole = 0;
    if (index === 0 || all[index - 1]!.space) for (let next = index; next < all.length && !all[next]!.space; next += 1) whole += all[next]!.text.length;
    if (!empty && used + (whole > 0 ? whole : word.length) > room) {
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
  });
  if (!empty || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Wraps styled spans to `width` columns (at least 8); `first` prefixes the
 * first line and `rest` every other line (e.g. '• ' and '  '), so
 * continuation lines sit under the text rather than under a bullet.
 *
 * @example
 * wrapSpans([{ text: 'one two three' }], 8).map(lineText); // ['one two', 'three']
 */
export function wrapSpans(spans: readonly Span[], width: number, first: readonly Span[] = [], rest: readonly Span[] = []): StyledLine[] {
  return wrapInto(spans, Math.max(8, width), first, rest);
}

/**
 * Splits plain text into lines no longer than `width` (at least 1), breaking
 * at spaces where it can. Existing line breaks are kept.
 *
 * @example
 * wrapText('Professional from the referring agency', 16);
 * // ['Professional', 'from the', 'referring agency']
 */
export function wrapText(text: string, width: number): string[] {
  const room = Math.max(1, Math.floor(width));
  return text.split('\n').flatMap((paragraph) => {
    const words = paragraph.split(/\s+/).filter(Boolean).join(' ');
    return wrapInto([{ text: words }], room, [], []).map(lineText);
  });
}
