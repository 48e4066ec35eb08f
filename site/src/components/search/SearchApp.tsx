import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { describeSearchState } from './search-state.js';
import { SearchResultItem } from './SearchResultItem.js';
import { useSearch } from './use-search.js';

/** Reads `q` from the page's address. */
function queryFromLocation(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/**
 * The search page's island: a search form, a live region announcing the
 * number of results, and the results list. Reads `q` from the URL on load
 * and on back/forward; a new search updates the URL without reloading, so
 * once the index is loaded searching works offline.
 *
 * @example
 * ```astro
 * <SearchApp client:load />
 * ```
 */
export default function SearchApp() {
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const { state, search } = useSearch();

  const searchFromLocation = useCallback(() => {
    const query = queryFromLocation();
    setDraft(query);
    search(query);
  }, [search]);

  useEffect(() => {
    searchFromLocation();
    window.addEventListener('popstate', searchFromLocation);
    return () => window.removeEventListener('popstate', searchFromLocation);
  }, [searchFromLocation]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = draft.trim();
    const url = new URL(window.location.href);
    if (query === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query);
    window.history.pushState(null, '', url);
    search(query);
  };

  return (
    <div className="search-app">
      <form className="search-form" role="search" aria-label="Guidance" action="/search/" method="get" onSubmit={onSubmit}>
        <label className="search-form__label" htmlFor={inputId}>
          Search the guidance and scenarios
        </label>
        <div className="search-form__row">
          <input
            id={inputId}
            className="search-form__input"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button className="search-form__button" type="submit">
            Search
          </button>
        </div>
      </form>
      <p className="search-status" role="status" aria-live="polite" aria-atomic="true">
        {describeSearchState(state)}
      </p>
      {state.status === 'ready' && state.hits.length > 0 && (
        <ol className="search-results" aria-label={`Results for ${state.query}`}>
          {state.hits.map((hit) => (
            <SearchResultItem key={hit.id} hit={hit} />
          ))}
        </ol>
      )}
    </div>
  );
}
