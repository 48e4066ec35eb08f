import { useCallback, useEffect, useReducer, useRef } from 'react';
import { runSearch, SearchError } from '../../../../engine/runtime.js';
import { loadSearchIndex } from './load-search-index.js';
import { initialSearchState, searchReducer, type SearchState } from './search-state.js';

/**
 * Runs searches against the lazily loaded index. `search(query)` loads the
 * index on first use, then queries it; the reducer drops answers to queries
 * the reader has since replaced.
 *
 * @example
 * ```tsx
 * const { state, search } = useSearch();
 * useEffect(() => search('working days'), [search]);
 * ```
 */
export function useSearch(): { state: SearchState; search: (query: string) => void } {
  const [state, dispatch] = useReducer(searchReducer, initialSearchState);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const search = useCallback((raw: string) => {
    const query = raw.trim();
    if (query === '') {
      dispatch({ type: 'query-cleared' });
      return;
    }
    dispatch({ type: 'index-requested', query });
    loadSearchIndex().then(
      (loaded) => {
        if (!mounted.current) return;
        const outcome = runSearch(loaded, query);
        dispatch({
          type: 'results-found',
          query,
          hits: outcome.hits,
          usedPlainTerms: outcome.usedPlainTerms,
          suggestion: outcome.suggestion,
          answered: outcome.answered,
        });
      },
      (error: unknown) => {
        if (!mounted.current) return;
        const known = error instanceof SearchError;
        dispatch({
          type: 'index-failed',
          query,
          message: known ? error.message : 'something went wrong while searching.',
          hint: known ? error.hint : 'Reload the page and try again.',
        });
      },
    );
  }, []);

  return { state, search };
}
