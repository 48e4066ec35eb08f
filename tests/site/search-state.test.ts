import { describe, expect, it } from 'vitest';
import {
  describeSearchState,
  initialSearchState,
  searchReducer,
} from '../../site/src/components/search/search-state.js';

describe('searchReducer', () => {
  it('starts loading when a search is requested', () => {
    expect(searchReducer(initialSearchState, { type: 'index-requested', query: 'panel' })).toEqual({
      status: 'loading',
      query: 'panel',
    });
  });

  it('shows results for the query being waited on', () => {
    const loading = searchReducer(initialSearchState, { type: 'index-requested', query: 'panel' });
    const ready = searchReducer(loading, { type: 'results-found', query: 'panel', hits: [], usedPlainTerms: false });
    expect(ready.status).toBe('ready');
  });

  it('ignores late results for a query the reader has replaced', () => {
    const loading = searchReducer(initialSearchState, { type: 'index-requested', query: 'new' });
    expect(searchReducer(loading, { type: 'results-found', query: 'old', hits: [], usedPlainTerms: false })).toBe(loading);
    expect(searchReducer(loading, { type: 'index-failed', query: 'old', message: 'x', hint: 'y' })).toBe(loading);
  });

  it('returns to the start when the query is cleared', () => {
    const loading = searchReducer(initialSearchState, { type: 'index-requested', query: 'x' });
    expect(searchReducer(loading, { type: 'query-cleared' })).toEqual(initialSearchState);
  });
});

describe('describeSearchState', () => {
  it('counts results, singular and plural', () => {
    const one = { status: 'ready', query: 'panel', hits: [{}], usedPlainTerms: false } as never;
    const two = { status: 'ready', query: 'panel', hits: [{}, {}], usedPlainTerms: false } as never;
    expect(describeSearchState(one)).toBe('1 result for “panel”');
    expect(describeSearchState(two)).toBe('2 results for “panel”');
  });

  it('suggests another try when nothing matched, and says when special characters were ignored', () => {
    const none = describeSearchState({ status: 'ready', query: 'x:', hits: [], usedPlainTerms: true });
    expect(none).toMatch(/^No results for “x:” \(searched for the words only/);
    expect(none).toMatch(/Try fewer words/);
  });

  it('leaves a suggestion beside results to its own line, and says when the results are for the suggestion or for similar words', () => {
    const hit = {} as never;
    expect(describeSearchState({ status: 'ready', query: 'line manger', hits: [hit], usedPlainTerms: false, suggestion: 'line manager', answered: 'query' })).toBe(
      '1 result for “line manger”',
    );
    expect(describeSearchState({ status: 'ready', query: 'escalaton', hits: [hit, hit], usedPlainTerms: false, suggestion: 'escalation', answered: 'suggestion' })).toBe(
      'No results for “escalaton”. Showing 2 results for “escalation” instead.',
    );
    expect(describeSearchState({ status: 'ready', query: 'knockd', hits: [hit], usedPlainTerms: false, answered: 'fuzzy' })).toBe(
      'No results for “knockd”. Showing 1 result for words spelt like it.',
    );
  });

  it('keeps the suggestion and what was answered when results arrive', () => {
    const loading = searchReducer(initialSearchState, { type: 'index-requested', query: 'capcity' });
    const ready = searchReducer(loading, { type: 'results-found', query: 'capcity', hits: [], usedPlainTerms: false, suggestion: 'capacity', answered: 'suggestion' });
    expect(ready).toMatchObject({ status: 'ready', suggestion: 'capacity', answered: 'suggestion' });
  });

  it('gives the failure and its hint', () => {
    expect(describeSearchState({ status: 'failed', query: 'x', message: 'It broke.', hint: 'Reload.' })).toBe(
      'Search is not available: It broke. Reload.',
    );
  });
});
