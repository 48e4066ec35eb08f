/** A piece of text and whether it is part of a match. Front-ends render `match` pieces as `<mark>`. */
export interface TextSegment {
  /** The text itself, always inserted as text, never as markup. */
  text: string;
  /** True when this piece matched a search term. */
  match: boolean;
}

/** A match as lunr reports it: start offset and length within a field. */
export type MatchRange = readonly [start: number, length: number];

/** Letters and digits: a match is trimmed to these so `days.` highlights as `days`. */
const wordCharacter = /[\p{L}\p{N}]/u;

/**
 * Cleans match ranges against their text: clamps them to the text, trims
 * punctuation from their ends (lunr's positions cover the raw token, so
 * `days,` would otherwise be highlighted with its comma), drops empty ones,
 * sorts them and merges any that overlap or touch.
 *
 * @example
 * ```ts
 * normaliseRanges('ten days, then', [[4, 5]]); // [[4, 4]]
 * ```
 */
export function normaliseRanges(text: string, ranges: readonly MatchRange[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [rawStart, rawLength] of ranges) {
    if (!Number.isFinite(rawStart) || !Number.isFinite(rawLength)) continue;
    let start = Math.max(0, Math.min(text.length, Math.trunc(rawStart)));
    let end = Math.max(start, Math.min(text.length, Math.trunc(rawStart + rawLength)));
    while (start < end && !wordCharacter.test(text.charAt(start))) start += 1;
    while (end > start && !wordCharacter.test(text.charAt(end - 1))) end -= 1;
    if (end > start) spans.push([start, end]);
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) {
      last[1] = Math.max(last[1], span[1]);
    } else {
      merged.push([span[0], span[1]]);
    }
  }
  return merged.map(([start, end]) => [start, end - start]);
}

/**
 * Splits a string into plain and matched segments. Joining the segments'
 * text gives back the input exactly; no two neighbouring segments are both
 * matches or both plain.
 *
 * @example
 * ```ts
 * highlightRanges('within ten working days', [[11, 7]]);
 * // [{ text: 'within ten ', match: false }, { text: 'working', match: true }, { text: ' days', match: false }]
 * ```
 */
export function highlightRanges(text: string, ranges: readonly MatchRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, length] of normaliseRanges(text, ranges)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, start + length), match: true });
    cursor = start + length;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
