import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeLibraryCount, filterLibrary, libraryFilterFromParams, libraryFilterToParams, libraryChoices, type LibraryFilter } from '../../../engine/library/library-filter.js';
import { describeStagesReached, type LibraryCard } from '../../../engine/library/library-card.js';

const card = (id: string, audience: 'child' | 'adult', topics: string[], stagesReached: number[]): LibraryCard => ({
  id, title: id, summary: '', protocol: 'north-yorkshire', audience, audienceLabel: audience === 'child' ? 'Children (NYSCP)' : 'Adults (NYSAB)', topics, estimatedMinutes: 20, stagesReached,
});

const cards = [
  card('closing', 'child', ['case-closure'], [1, 2]),
  card('voices', 'adult', ['agency-response', 'escalation-panel'], [1, 2, 3, 4, 5, 6, 7]),
  card('capacity', 'adult', ['capacity'], [1, 2, 3]),
];

describe('filterLibrary', () => {
  it('keeps cards matching every given part', () => {
    expect(filterLibrary(cards, { audience: 'adult' }).map((c) => c.id)).toEqual(['voices', 'capacity']);
    expect(filterLibrary(cards, { audience: 'adult', stage: 5 }).map((c) => c.id)).toEqual(['voices']);
    expect(filterLibrary(cards, { topic: 'case-closure' }).map((c) => c.id)).toEqual(['closing']);
    expect(filterLibrary(cards, {}).length).toBe(3);
  });

  it('returns a subset in the original order, and adding a condition never adds cards', () => {
    const filterArb = fc.record(
      { audience: fc.constantFrom('child' as const, 'adult' as const), topic: fc.constantFrom('capacity', 'case-closure'), stage: fc.integer({ min: 1, max: 7 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filterArb, filterArb, (a: LibraryFilter, b: LibraryFilter) => {
        const once = filterLibrary(cards, a);
        const both = filterLibrary(cards, { ...b, ...a });
        expect(both.every((c) => once.includes(c))).toBe(true);
        expect(once.map((c) => cards.indexOf(c))).toEqual([...once.map((c) => cards.indexOf(c))].sort((x, y) => x - y));
      }),
    );
  });
});

describe('libraryChoices', () => {
  it('offers the routes and stages the cards have, so the filter follows their protocols', () => {
    expect(libraryChoices(cards, ['capacity'])).toEqual({
      audiences: [
        { id: 'child', label: 'Children (NYSCP)' },
        { id: 'adult', label: 'Adults (NYSAB)' },
      ],
      topics: ['capacity'],
      stages: [1, 2, 3, 4, 5, 6, 7],
    });
    const fourStage = { ...card('four', 'child', [], [1, 2, 3, 4]), protocol: 'example-template', audienceLabel: 'Children (example partnership)' };
    expect(libraryChoices([fourStage], []).stages).toEqual([1, 2, 3, 4]);
  });
});

describe('libraryFilterFromParams', () => {
  const choices = libraryChoices(cards, ['capacity']);
  it('reads known values and ignores the rest', () => {
    expect(libraryFilterFromParams(new URLSearchParams('audience=adult&topic=capacity&stage=3'), choices)).toEqual({ audience: 'adult', topic: 'capacity', stage: 3 });
    expect(libraryFilterFromParams(new URLSearchParams('audience=cat&topic=nope&stage=9'), choices)).toEqual({});
    expect(libraryFilterFromParams(new URLSearchParams('stage=2.5'), choices)).toEqual({});
    expect(libraryFilterFromParams(new URLSearchParams('stage=0x2'), choices)).toEqual({});
  });

  it('round-trips through libraryFilterToParams', () => {
    const filter: LibraryFilter = { audience: 'child', topic: 'capacity', stage: 4 };
    expect(libraryFilterFromParams(libraryFilterToParams(filter), choices)).toEqual(filter);
    expect(libraryFilterToParams({}).toString()).toBe('');
  });
});

describe('describeLibraryCount', () => {
  it('says all, some or none', () => {
    expect(describeLibraryCount(3, 3)).toBe('Showing all 3 scenarios');
    expect(describeLibraryCount(1, 3)).toBe('Showing 1 of 3 scenarios');
    expect(describeLibraryCount(0, 3)).toBe('No scenarios match these filters (of 3)');
  });
});

describe('describeStagesReached', () => {
  it('gives one stage or a span', () => {
    expect(describeStagesReached([2])).toBe('Stage 2');
    expect(describeStagesReached([1, 2, 3, 4])).toBe('Stages 1 to 4');
    expect(describeStagesReached([])).toBe('No stages');
  });
});
