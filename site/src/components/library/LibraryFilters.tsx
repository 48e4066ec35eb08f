import { useEffect, useId, useState } from 'react';
import { describeLibraryCount, filterLibrary, type LibraryCard, type LibraryChoices, type LibraryFilter, libraryFilterFromParams, libraryFilterToParams } from '../../../../engine/runtime.js';

/** Props of {@link LibraryFilters}. */
export interface LibraryFiltersProps {
  cards: LibraryCard[];
  /** Topic ids and labels, in the order to offer them. */
  topics: Array<{ id: string; label: string }>;
  /** The routes, topics and stages the cards have (the protocols' own). */
  choices: LibraryChoices;
}

/**
 * Filters for the library page. The list itself is rendered on the server
 * (complete and usable without JavaScript); this island, loaded only with
 * JavaScript, hides the cards that do not match by setting `hidden` on them,
 * keeps the filter in the address, and announces the count politely.
 *
 * @example
 * ```astro
 * <LibraryFilters client:only="react" cards={cards} topics={topics} />
 * ```
 */
export default function LibraryFilters({ cards, topics, choices }: LibraryFiltersProps) {
  const id = useId();
  const [filter, setFilter] = useState<LibraryFilter>(() =>
    libraryFilterFromParams(new URLSearchParams(window.location.search), choices),
  );
  const shown = filterLibrary(cards, filter);

  useEffect(() => {
    const visible = new Set(shown.map((card) => card.id));
    for (const item of document.querySelectorAll<HTMLElement>('[data-scenario-card]')) {
      item.hidden = !visible.has(item.dataset.scenarioCard ?? '');
    }
    const params = libraryFilterToParams(filter).toString();
    const url = `${window.location.pathname}${params ? `?${params}` : ''}`;
    window.history.replaceState(null, '', url);
  }, [filter, shown]);

  return (
    <form className="library-filters" role="search" aria-label="Filter scenarios" onSubmit={(event) => event.preventDefault()}>
      <div className="library-filters__field">
        <label htmlFor={`${id}-audience`}>Who it is about</label>
        <select
          id={`${id}-audience`}
          name="audience"
          value={filter.audience ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            setFilter(({ audience: _drop, ...rest }) => (choices.audiences.some((known) => known.id === value) ? { ...rest, audience: value } : rest));
          }}
        >
          <option value="">Every route</option>
          {choices.audiences.map((audience) => (
            <option key={audience.id} value={audience.id}>
              {audience.label}
            </option>
          ))}
        </select>
      </div>
      <div className="library-filters__field">
        <label htmlFor={`${id}-topic`}>Topic</label>
        <select
          id={`${id}-topic`}
          name="topic"
          value={filter.topic ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            setFilter(({ topic: _drop, ...rest }) => (value ? { ...rest, topic: value } : rest));
          }}
        >
          <option value="">Any topic</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.label}
            </option>
          ))}
        </select>
      </div>
      <div className="library-filters__field">
        <label htmlFor={`${id}-stage`}>Reaches stage</label>
        <select
          id={`${id}-stage`}
          name="stage"
          value={filter.stage === undefined ? '' : String(filter.stage)}
          onChange={(event) => {
            const value = Number(event.target.value);
            setFilter(({ stage: _drop, ...rest }) => (value >= 1 ? { ...rest, stage: value } : rest));
          }}
        >
          <option value="">Any stage</option>
          {choices.stages.map((stage) => (
            <option key={stage} value={stage}>
              Stage {stage}
            </option>
          ))}
        </select>
      </div>
      <p className="library-filters__count" role="status" aria-live="polite" aria-atomic="true">
        {describeLibraryCount(shown.length, cards.length)}
      </p>
    </form>
  );
}
