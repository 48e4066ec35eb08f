import type { SearchHit } from '../../../../engine/runtime.js';
import { HighlightedText } from './HighlightedText.js';

/** Props of {@link SearchResultItem}. */
export interface SearchResultItemProps {
  /** The hit to show. */
  hit: SearchHit;
}

/** The line under a result's title saying what kind of thing it is and where it sits. */
function contextOf(hit: SearchHit): string {
  const { kind, context } = hit.document;
  if (kind === 'guidance') return `Guidance: ${context}`;
  if (kind === 'tool') return 'Tool';
  return 'Scenario';
}

/**
 * One search result: a link to the section's anchor (or the tool's or
 * scenario's page), what kind of result it is, and the passage around the
 * match with the matched words highlighted. A scenario shows only its
 * title and summary, never a scene, so no result gives an ending away.
 *
 * @example
 * ```tsx
 * <ol>{hits.map((hit) => <SearchResultItem key={hit.id} hit={hit} />)}</ol>
 * ```
 */
export function SearchResultItem({ hit }: SearchResultItemProps) {
  const { document, passage } = hit;
  return (
    <li className="search-result">
      <h2 className="search-result__title">
        <a href={document.url}>
          <HighlightedText segments={hit.title} />
        </a>
      </h2>
      <p className="search-result__context">{contextOf(hit)}</p>
      {passage.segments.length > 0 && (
        <p className="search-result__passage">
          {passage.truncatedStart && '… '}
          <HighlightedText segments={passage.segments} />
          {passage.truncatedEnd && ' …'}
        </p>
      )}
    </li>
  );
}
