import { useCallback, useEffect, useId, useState, type FormEvent, type MouseEvent } from 'react';
import { describeSearchState } from './search-state.js';
import { SearchResultItem } from './SearchResultItem.js';
import { useSearch } from './use-search.js';

/** Reads `q` from the page's address. */
function queryFromLocation(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/** The search page's address for a query, as the header form would submit it. */
function searchHref(query: string): string {
  return `/search/?${new URLSearchParams({ q: query }).toString()}`;
}

/**
 * The search page's island: the page's one search form, a live region
 * announcing the number of results, a "did you mean" line (a live region
 * too) whose link searches for the correction, and the results list. Reads `q` from the URL
 * on load and on back/forward; a new search updates the URL without
 * reloading, so once the index is loaded searching works offline.
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

  const searchFor = (raw: string) => {
    const query = raw.trim();
    const url = new URL(window.location.href);
    if (query === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query);
    window.history.pushState(null, '', url);
    search(query);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    searchFor(draft);
  };

  const onSuggestion = (event: MouseEvent<HTMLAnchorElement>, suggestion: string) => {
    // A plain click searches in place; a modified click (new tab) follows the link.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setDraft(suggestion);
    searchFor(suggestion);
  };

  const ready = state.status === 'ready' ? state : undefined;
  const offerSuggestion = ready?.suggestion !== undefined && ready.answered === 'query' && ready.hits.length > 0 ? ready.suggestion : undefined;
  const answeredQuery = ready?.answered === 'suggestion' && ready.suggestion ? ready.suggestion : ready?.query;

  return (
    <div className="search-app">
      <form className="search-form" role="search" aria-label="Site" action="/search/" method="get" onSubmit={onSubmit}>
        <label className="search-form__label" htmlFor={inputId}>
          Search the guidance, tools and scenarios
        </label>
        <p className="search-form__hint" id={`${inputId}-hint`}>
          For example: how long do I have? Who do I refer to for adults?
        </p>
        <div className="search-form__row">
          <input
            id={inputId}
            className="search-form__input"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${inputId}-hint`}
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
      {/* Always in the page, so screen readers announce the suggestion when it appears. */}
      <div className="search-suggestion" aria-live="polite">
        {offerSuggestion !== undefined && (
          <p>
            Did you mean{' '}
            <a href={searchHref(offerSuggestion)} onClick={(event) => onSuggestion(event, offerSuggestion)}>
              {offerSuggestion}
            </a>
            ?
          </p>
        )}
      </div>
      {ready && ready.hits.length > 0 && (
        <ol className="search-results" aria-label={`Results for ${answeredQuery}`}>
          {ready.hits.map((hit) => (
            <SearchResultItem key={hit.id} hit={hit} />
          ))}
        </ol>
      )}
    </div>
  );
}
