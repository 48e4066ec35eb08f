import { highlightRanges, normaliseRanges, type MatchRange, type TextSegment } from './highlight-ranges.js';

/** A window of a longer text around a match, split into highlighted segments. */
export interface Passage {
  /** The window's text as segments; join them to get the window. */
  segments: TextSegment[];
  /** Offset in the full text where the window starts. */
  start: number;
  /** Offset in the full text just past the window's end. */
  end: number;
  /** True when text before the window was cut, so a front-end shows an ellipsis. */
  truncatedStart: boolean;
  /** True when text after the window was cut. */
  truncatedEnd: boolean;
}

/** Options for {@link findPassage}. */
export interface FindPassageOptions {
  /** Characters of context on each side of the first match. Default 90. */
  radius?: number;
}

/**
 * Picks the passage to show under a search result: a window of `radius`
 * characters either side of the first match, snapped to whole words, with
 * every match inside it highlighted. With no matches (a hit on the title
 * only) it returns the opening of the text.
 *
 * @example
 * ```ts
 * const passage = findPassage('Resolve within 10 working days of the disagreement.', [[18, 7]]);
 * passage.segments.find((segment) => segment.match)?.text; // 'working'
 * ```
 */
export function findPassage(
  text: string,
  ranges: readonly MatchRange[],
  options: FindPassageOptions = {},
): Passage {
  const radius = Math.max(1, Math.trunc(options.radius ?? 90));
  const spans = normaliseRanges(text, ranges);
  const first = spans[0];

  let start: number;
  let end: number;
  if (first) {
    start = Math.max(0, first[0] - radius);
    end = Math.min(text.length, first[0] + first[1] + radius);
    // Snap outwards-cut edges to word boundaries, but never past the match itself.
    if (start > 0) {
      const space = text.indexOf(' ', start);
      if (space !== -1 && space + 1 <= first[0]) start = space + 1;
    }
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space >= first[0] + first[1]) end = space;
    }
  } else {
    start = 0;
    end = Math.min(text.length, radius * 2);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > 0) end = space;
    }
  }

  const window = text.slice(start, end);
  const inWindow: MatchRange[] = [];
  for (const [spanStart, length] of spans) {
    const clippedStart = Math.max(spanStart, start);
    const clippedEnd = Math.min(spanStart + length, end);
    if (clippedEnd > clippedStart) inWindow.push([clippedStart - start, clippedEnd - clippedStart]);
  }

  return {
    segments: highlightRanges(window, inWindow),
    start,
    end,
    truncatedStart: start > 0,
    truncatedEnd: end < text.length,
  };
}
