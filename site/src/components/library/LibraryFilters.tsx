import { useEffect, useId, useState } from 'react';
import { ChoiceSelect } from '../ChoiceSelect.js';
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
        <ChoiceSelect
          id={`${id}-audience`}
          name="audience"
          value={filter.audience ?? ''}
          anyLabel="Every route"
          choices={choices.audiences.map((audience) => ({ value: audience.id, label: audience.label }))}
          onChoose={(value) => setFilter(({ audience: _drop, ...rest }) => (choices.audiences.some((known) => known.id === value) ? { ...rest, audience: value } : rest))}
        />
      </div>
      <div className="library-filters__field">
        <label htmlFor={`${id}-topic`}>Topic</label>
        <ChoiceSelect
          id={`${id}-topic`}
          name="topic"
          value={filter.topic ?? ''}
          anyLabel="Any topic"
          choices={topics.map((topic) => ({ value: topic.id, label: topic.label }))}
          onChoose={(value) => setFilter(({ topic: _drop, ...rest }) => (value ? { ...rest, topic: value } : rest))}
        />
      </div>
      <div className="library-filters__field">
        <label htmlFor={`${id}-stage`}>Reaches stage</label>
        <ChoiceSelect
          id={`${id}-stage`}
          name="stage"
          value={filter.stage === undefined ? '' : String(filter.stage)}
          anyLabel="Any stage"
          choices={choices.stages.map((stage) => ({ value: String(stage), label: `Stage ${stage}` }))}
          onChoose={(value) => setFilter(({ stage: _drop, ...rest }) => (Number(value) >= 1 ? { ...rest, stage: Number(value) } : rest))}
        />
      </div>
      <p className="library-filters__count" role="status" aria-live="polite" aria-atomic="true">
        {describeLibraryCount(shown.length, cards.length)}
      </p>
    </form>
  );
}
