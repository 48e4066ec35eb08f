import { describe, expect, it } from 'vitest';
import { buildSearchDocuments } from '../../../engine/search/build-search-documents.js';
import { createSearchBundle } from '../../../engine/search/create-search-bundle.js';
import { loadSearchBundle, type LoadedSearch } from '../../../engine/search/search-bundle.js';
import { plainTerms, runSearch, type SearchHit } from '../../../engine/search/run-search.js';
import { guidanceInputs, scenarioInputs, synonymTable, toolInputs } from './fixtures.js';

function loadedFixture(): LoadedSearch {
  const bundle = createSearchBundle(buildSearchDocuments({ guidance: guidanceInputs, tools: toolInputs, scenarios: scenarioInputs }), {
    synonyms: synonymTable,
  });
  // Round-trip through JSON exactly as the browser receives it.
  return loadSearchBundle(JSON.parse(JSON.stringify(bundle)));
}

function matchedWords(hit: SearchHit): string[] {
  return hit.passage.segments.filter((segment) => segment.match).map((segment) => segment.text);
}

describe('runSearch', () => {
  it('finds the section that mentions working days and highlights the words', () => {
    const outcome = runSearch(loadedFixture(), 'working days');
    expect(outcome.hits[0]?.id).toBe('guidance:stage-3');
    expect(outcome.hits[0]?.document.url).toBe('/guidance/resolution-process/#stage-3');
    expect(matchedWords(outcome.hits[0]!)).toEqual(['working', 'days']);
    expect(outcome).toMatchObject({ answered: 'query', suggestion: undefined });
  });

  it('drops question words, so "how do I" finds nothing by itself and highlights nothing it should not', () => {
    expect(runSearch(loadedFixture(), 'how do I have').hits).toEqual([]);
  });

  it('reads "how long" as a deadline question and finds the calculator', () => {
    const outcome = runSearch(loadedFixture(), 'how long do I have');
    expect(outcome.hits[0]?.id).toBe('tool:calculator');
    expect(outcome.hits[0]?.title.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['Deadline']);
  });

  it('finds a section by a synonym the section never uses', () => {
    expect(runSearch(loadedFixture(), 'stage 7').hits[0]?.id).toBe('guidance:stage-7');
    expect(runSearch(loadedFixture(), 'timescale').hits[0]?.id).toBe('tool:calculator');
  });

  it('finds a scenario by what it is about, showing its title and whole summary', () => {
    const [hit, ...rest] = runSearch(loadedFixture(), 'district nurse').hits;
    expect(rest).toEqual([]);
    expect(hit?.id).toBe('scenario:no-one-came-back');
    expect(hit?.title.map((segment) => segment.text).join('')).toBe('No one came back');
    expect(hit?.passage.segments.map((segment) => segment.text).join('')).toBe(scenarioInputs[0]!.summary);
  });

  it('stems English words, so "recommendations" finds "recommends"', () => {
    const ids = runSearch(loadedFixture(), 'recommendations').hits.map((hit) => hit.id);
    expect(ids).toContain('guidance:stage-7');
  });

  it('highlights matches in the title as well as the text', () => {
    const hit = runSearch(loadedFixture(), 'panel').hits.find((candidate) => candidate.id === 'guidance:stage-7');
    expect(hit?.title.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['panel']);
  });

  it('ranks a result holding the query as a phrase above one holding its words apart', () => {
    const search = loadSearchBundle(
      JSON.parse(
        JSON.stringify(
          createSearchBundle(
            buildSearchDocuments({
              guidance: [
                { id: 'apart', title: 'Apart', page: '/a/', pageTitle: 'A', text: 'The court said the child needs protection from harm now.' },
                { id: 'together', title: 'Together', page: '/b/', pageTitle: 'B', text: 'Ask the Court of Protection to decide, as a last step only.' },
              ],
            }),
          ),
        ),
      ),
    );
    expect(runSearch(search, 'court of protection').hits.map((hit) => hit.id)).toEqual(['guidance:together', 'guidance:apart']);
  });

  it('offers a spelling suggestion, and shows its results when the query found nothing', () => {
    const outcome = runSearch(loadedFixture(), 'escalaton');
    expect(outcome.suggestion).toBe('escalation');
    expect(outcome.answered).toBe('suggestion');
    expect(outcome.hits[0]?.id).toBe('guidance:stage-7');
  });

  it('offers a suggestion beside the results when only one word is misspelt, keeping the rest as typed', () => {
    const outcome = runSearch(loadedFixture(), 'Designated safegaurding lead');
    expect(outcome.answered).toBe('query');
    expect(outcome.hits.length).toBeGreaterThan(0);
    expect(outcome.suggestion).toBe('Designated safeguarding lead');
  });

  it('falls back to a fuzzy match when neither the query nor a suggestion finds anything', () => {
    // "nursd" is one edit from the scenario's "nurse" (an agency), which is searched but never shown, so it is no suggestion.
    const outcome = runSearch(loadedFixture(), 'nursd');
    expect(outcome.suggestion).toBeUndefined();
    expect(outcome.answered).toBe('fuzzy');
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['scenario:no-one-came-back']);
  });

  it('honours lunr syntax when the query is valid', () => {
    const outcome = runSearch(loadedFixture(), '+designated -immediate');
    expect(outcome.usedPlainTerms).toBe(false);
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['guidance:stage-3']);
  });

  it.each(['working:', 'days ~', 'nosuchfield:panel', ':', '^2 panel', 'panel~x'])('retries %j as plain words instead of throwing', (query) => {
    const outcome = runSearch(loadedFixture(), query);
    expect(Array.isArray(outcome.hits)).toBe(true);
  });

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
