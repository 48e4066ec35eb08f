import { describe, expect, it } from 'vitest';
import { findTermRanges } from '../../../engine/search/find-term-ranges.js';
import { highlightRanges } from '../../../engine/search/highlight-ranges.js';

const marked = (text: string, terms: string[]) =>
  highlightRanges(text, findTermRanges(text, new Set(terms)))
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe('findTermRanges', () => {
  it('finds every word that stems to a matched term, whatever its case and ending', () => {
    expect(marked('Escalate it: the escalation panel escalated.', ['escal'])).toEqual(['Escalate', 'escalation', 'escalated']);
  });

  it('finds nothing that only looks alike', () => {
    // "long" must not light up "long-sleeved"'s neighbour "sleeved", nor "having" light up for "have" unless asked.
    expect(marked('A long-sleeved top, having waited long.', ['long'])).toEqual(['long', 'long']);
    expect(marked('Having waited.', ['long'])).toEqual([]);
  });

  it('gives nothing when there are no terms', () => {
    expect(findTermRanges('The panel meets.', new Set())).toEqual([]);
  });
});
