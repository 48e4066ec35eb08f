import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../../engine/search/build-search-documents.js';
import { createSearchBundle, loadSearchBundle, type LoadedSearch } from '../../../engine/search/search-bundle.js';
import { plainTerms, runSearch } from '../../../engine/search/run-search.js';
import { guidanceInputs, scenarioInputs } from './fixtures.js';

function loadedFixture(): LoadedSearch {
  const bundle = createSearchBundle(buildSearchDocuments({ guidance: guidanceInputs, scenarios: scenarioInputs }));
  // Round-trip through JSON exactly as the browser receives it.
  return loadSearchBundle(JSON.parse(JSON.stringify(bundle)));
}

function matchedWords(hit: { passage: { segments: Array<{ text: string; match: boolean }> } }): string[] {
  return hit.passage.segments.filter((segment) => segment.match).map((segment) => segment.text);
}

describe('runSearch', () => {
  it('finds the section that mentions working days and highlights the words', () => {
    const outcome = runSearch(loadedFixture(), 'working days');
    expect(outcome.hits[0]?.id).toBe('guidance:stage-3');
    expect(outcome.hits[0]?.document.url).toBe('/guidance/resolution-process/#stage-3');
    expect(matchedWords(outcome.hits[0]!)).toEqual(['working', 'days']);
  });

  it('gives at most three results from one page, so a long scenario cannot push the guidance off the list', () => {
    const scenes = Array.from({ length: 30 }, (_, index) => ({ id: `scene-${index}`, text: `Within ten working days, working days again, scene ${index}.` }));
    const crowded = loadSearchBundle(
      JSON.parse(JSON.stringify(createSearchBundle(buildSearchDocuments({ guidance: guidanceInputs, scenarios: [{ ...scenarioInputs[0]!, scenes }] })))),
    );
    const hits = runSearch(crowded, 'working days').hits;
    expect(hits.filter((hit) => hit.document.url.startsWith('/scenarios/')).length).toBe(3);
    expect(hits.map((hit) => hit.id)).toContain('guidance:stage-3');
    expect(runSearch(crowded, 'working days', { perPage: 30 }).hits.filter((hit) => hit.document.url.startsWith('/scenarios/')).length).toBeGreaterThan(3);
  });

  it('stems English words, so "recommendations" finds "recommends"', () => {
    const ids = runSearch(loadedFixture(), 'recommendations').hits.map((hit) => hit.id);
    expect(ids).toContain('guidance:stage-7');
  });

  it('highlights matches in the title as well as the text', () => {
    const hit = runSearch(loadedFixture(), 'panel').hits.find((candidate) => candidate.id === 'guidance:stage-7');
    expect(hit?.title.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['panel']);
  });

  it('finds scenario scenes', () => {
    const ids = runSearch(loadedFixture(), 'bruise').hits.map((hit) => hit.id);
    expect(ids).toEqual(['scenario:no-one-came-back:thursday-visit']);
  });

  it('honours lunr syntax when the query is valid', () => {
    const outcome = runSearch(loadedFixture(), '+designated -immediate');
    expect(outcome.usedPlainTerms).toBe(false);
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['guidance:stage-3']);
  });

  it.each(['working:', 'days ~', 'nosuchfield:panel', ':', '^2 panel', 'panel~x'])(
    'retries %j as plain words instead of throwing',
    (query) => {
      const outcome = runSearch(loadedFixture(), query);
      expect(outcome.usedPlainTerms).toBe(true);
      expect(Array.isArray(outcome.hits)).toBe(true);
    },
  );

  it('still finds results after falling back to plain words', () => {
    const outcome = runSearch(loadedFixture(), 'panel: meets');
    expect(outcome.usedPlainTerms).toBe(true);
    expect(outcome.hits[0]?.id).toBe('guidance:stage-7');
  });

  it('treats markup in a query as words and finds nothing for it', () => {
    const outcome = runSearch(loadedFixture(), '<script>alert(1)</script>');
    expect(outcome.hits).toEqual([]);
  });

  it('returns no hits for an empty or blank query', () => {
    expect(runSearch(loadedFixture(), '   ').hits).toEqual([]);
  });

  it('respects the limit', () => {
    expect(runSearch(loadedFixture(), 'the safeguarding lead', { limit: 1 }).hits).toHaveLength(1);
  });
});

describe('plainTerms', () => {
  it('drops lunr operators and punctuation and lower-cases the words', () => {
    expect(plainTerms('Title: ~Working  days^2 +lead')).toEqual(['title', 'working', 'days', '2', 'lead']);
  });

  it('returns nothing for a query of only punctuation', () => {
    expect(plainTerms(':~^*')).toEqual([]);
  });
});
