/**
 * Filtering the scenario library by audience, topic and a stage the case
 * reaches. The filter is read from and written to the page's query string,
 * so a filtered list can be bookmarked and the plain GET form works without
 * JavaScript the same way.
 */
import type { LibraryCard } from './library-card.js';

/** What the learner filtered by; a missing field means "any". */
export interface LibraryFilter {
  /** A route id of the scenarios' protocols. */
  audience?: string;
  /** A topic id. */
  topic?: string;
  /** A stage number some scene of the scenario is at. */
  stage?: number;
}

/** The values a filter may take: the routes, topics and stages the library offers. */
export interface LibraryChoices {
  /** Route ids with their names, in the order the filter lists them. */
  audiences: ReadonlyArray<{ id: string; label: string }>;
  /** Topic ids. */
  topics: readonly string[];
  /** Stage numbers, ascending. */
  stages: readonly number[];
}

/**
 * What the library can be filtered by, from its cards: every route and stage
 * some card has, so the filter follows the protocols the scenarios name.
 *
 * @example
 * libraryChoices(cards, topicIds).stages; // [1, 2, 3, 4, 5, 6, 7]
 */
export function libraryChoices(cards: readonly LibraryCard[], topics: readonly string[]): LibraryChoices {
  // Two protocols may share a route id (both have "child"): the option names both.
  const audiences = new Map<string, string[]>();
  const stages = new Set<number>();
  for (const card of cards) {
    const labels = audiences.get(card.audience) ?? [];
    if (!labels.includes(card.audienceLabel)) labels.push(card.audienceLabel);
    audiences.set(card.audience, labels);
    for (const stage of card.stagesReached) stages.add(stage);
  }
  return {
    audiences: [...audiences].map(([id, labels]) => ({ id, label: labels.join(' or ') })),
    topics: [...topics],
    stages: [...stages].sort((a, b) => a - b),
  };
}

/**
 * The cards matching every part of the filter, in their original order.
 *
 * @example
 * filterLibrary(cards, { audience: 'adult', stage: 5 });
 */
export function filterLibrary(cards: readonly LibraryCard[], filter: LibraryFilter): LibraryCard[] {
  return cards.filter(
    (card) =>
      (filter.audience === undefined || card.audience === filter.audience) &&
      (filter.topic === undefined || card.topics.includes(filter.topic)) &&
      (filter.stage === undefined || card.stagesReached.includes(filter.stage)),
  );
}

/**
 * Reads a filter from query parameters (`audience`, `topic`, `stage`),
 * ignoring values that are not allowed rather than failing: a hand-edited
 * address shows the unfiltered list instead of an error.
 *
 * @example
 * libraryFilterFromParams(new URLSearchParams('audience=child&stage=9'), choices); // { audience: 'child' } when 9 is not a stage
 */
export function libraryFilterFromParams(params: { get(name: string): string | null }, choices: LibraryChoices): LibraryFilter {
  const filter: LibraryFilter = {};
  const audience = params.get('audience');
  if (audience !== null && choices.audiences.some((known) => known.id === audience)) filter.audience = audience;
  const topic = params.get('topic');
  if (topic !== null && choices.topics.includes(topic)) filter.topic = topic;
  const text = params.get('stage') ?? '';
  const stage = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (choices.stages.includes(stage)) filter.stage = stage;
  return filter;
}

/**
 * The filter as query parameters, leaving out "any" fields.
 *
 * @example
 * libraryFilterToParams({ topic: 'threshold' }).toString(); // 'topic=threshold'
 */
export function libraryFilterToParams(filter: LibraryFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.audience) params.set('audience', filter.audience);
  if (filter.topic) params.set('topic', filter.topic);
  if (filter.stage !== undefined) params.set('stage', String(filter.stage));
  return params;
}

/**
 * The sentence announced after filtering.
 *
 * @example
 * describeLibraryCount(2, 10); // 'Showing 2 of 10 scenarios'
 * describeLibraryCount(10, 10); // 'Showing all 10 scenarios'
 */
export function describeLibraryCount(shown: number, total: number): string {
  if (shown === total) return `Showing all ${total} scenario${total === 1 ? '' : 's'}`;
  if (shown === 0) return `No scenarios match these filters (of ${total})`;
  return `Showing ${shown} of ${total} scenario${total === 1 ? '' : 's'}`;
}
