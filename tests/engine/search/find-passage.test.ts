import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPassage } from '../../../engine/search/find-passage.js';
import { highlightRanges, normaliseRanges, type MatchRange } from '../../../engine/search/highlight-ranges.js';

const words = fc.array(fc.stringMatching(/^[a-z]{1,9}[.,]?$/), { minLength: 1, maxLength: 80 }).map((list) => list.join(' '));
const textWithRanges = words.chain((text) =>
  fc.record({
    text: fc.constant(text),
    ranges: fc.array(fc.tuple(fc.integer({ min: -5, max: text.length + 5 }), fc.integer({ min: 0, max: 15 })), {
      maxLength: 6,
    }),
  }),
);

describe('normaliseRanges', () => {
  it('trims punctuation from the ends of a match', () => {
    expect(normaliseRanges('ten days, then', [[4, 5]])).toEqual([[4, 4]]);
  });

  it('merges overlapping matches and drops empty ones', () => {
    expect(normaliseRanges('abcdefgh', [[0, 3], [2, 3], [7, 0]])).toEqual([[0, 5]]);
  });

  it('always returns sorted, separate ranges inside the text', () => {
    fc.assert(
      fc.property(textWithRanges, ({ text, ranges }) => {
        const spans = normaliseRanges(text, ranges as MatchRange[]);
        let previousEnd = -1;
        for (const [start, length] of spans) {
          expect(length).toBeGreaterThan(0);
          expect(start).toBeGreaterThan(previousEnd);
          expect(start + length).toBeLessThanOrEqual(text.length);
          previousEnd = start + length;
        }
      }),
    );
  });
});

describe('highlightRanges', () => {
  it('splits text into plain and matched pieces', () => {
    expect(highlightRanges('within ten working days', [[11, 7]])).toEqual([
      { text: 'within ten ', match: false },
      { text: 'working', match: true },
      { text: ' days', match: false },
    ]);
  });

  it('gives back the input exactly when the pieces are joined, with no empty or repeated kinds', () => {
    fc.assert(
      fc.property(textWithRanges, ({ text, ranges }) => {
        const segments = highlightRanges(text, ranges as MatchRange[]);
        expect(segments.map((segment) => segment.text).join('')).toBe(text);
        for (const [index, segment] of segments.entries()) {
          expect(segment.text.length).toBeGreaterThan(0);
          if (index > 0 && !segment.match) expect(segments[index - 1]?.match).toBe(true);
        }
      }),
    );
  });

  it('treats markup in the text as plain text', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(highlightRanges(text, [[1, 3]]).map((segment) => segment.text).join('')).toBe(text);
  });
});

describe('findPassage', () => {
  const long = `${'alpha '.repeat(40)}the panel meets within thirteen working days ${'omega '.repeat(40)}`.trim();

  it('centres the window on the first match and marks both cut ends', () => {
    const start = long.indexOf('panel');
    const passage = findPassage(long, [[start, 5]], { radius: 30 });
    expect(passage.segments.find((segment) => segment.match)?.text).toBe('panel');
    expect(passage.truncatedStart).toBe(true);
    expect(passage.truncatedEnd).toBe(true);
    expect(passage.end - passage.start).toBeLessThanOrEqual(5 + 60);
  });

  it('shows the opening of the text when nothing in it matched', () => {
    const passage = findPassage(long, [], { radius: 20 });
    expect(passage.start).toBe(0);
    expect(passage.segments.every((segment) => !segment.match)).toBe(true);
    expect(passage.truncatedEnd).toBe(true);
  });

  it('always contains the first match, whole, and is a true slice of the text', () => {
    fc.assert(
      fc.property(textWithRanges, fc.integer({ min: 1, max: 120 }), ({ text, ranges }, radius) => {
        const passage = findPassage(text, ranges as MatchRange[], { radius });
        const joined = passage.segments.map((segment) => segment.text).join('');
        expect(joined).toBe(text.slice(passage.start, passage.end));
        const first = normaliseRanges(text, ranges as MatchRange[])[0];
        if (first) {
          expect(passage.start).toBeLessThanOrEqual(first[0]);
          expect(passage.end).toBeGreaterThanOrEqual(first[0] + first[1]);
          expect(passage.segments.some((segment) => segment.match)).toBe(true);
        }
        expect(passage.truncatedStart).toBe(passage.start > 0);
        expect(passage.truncatedEnd).toBe(passage.end < text.length);
      }),
    );
  });
});
