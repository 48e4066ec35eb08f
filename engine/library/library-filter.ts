/**
 * Filtering the scenario library by audience, topic and a stage the case
 * reaches. The filter is read from and written to the page's query string,
 * so a filtered list can be bookmarked and the plain GET form works without
 * JavaScript the same way.
 */
import type { LibraryCard } from './library-card.js';

/** What the learner filtered by; a missing field means "any". */
export interface LibraryFilter {
  audience?: 'child' | 'adult';
  /** A topic id. */
  topic?: string;
  /** A stage 1 to 7 some scene of the scenario is at. */
  stage?: number;
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
 * libraryFilterFromParams(new URLSearchParams('audience=child&stage=9'), ['threshold']); // { audience: 'child' }
 */
export function libraryFilterFromParams(
  params: { get(name: string): string | null },
  knownTopics: readonly string[],
): LibraryFilter {
  const filter: LibraryFilter = {};
  const audience = params.get('audience');
  if (audience === 'child' || audience === 'adult') filter.audience = audience;
  const topic = params.get('topic');
  if (topic !== null && knownTopics.includes(topic)) filter.topic = topic;
  const stage = Number(params.get('stage') ?? '');
  if (Number.isInteger(stage) && stage >= 1 && stage <= 7) filter.stage = stage;
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
