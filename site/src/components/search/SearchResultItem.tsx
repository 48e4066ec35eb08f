import type { SearchHit } from '../../../../engine/runtime.js';
import { HighlightedText } from './HighlightedText.js';

/** Props of {@link SearchResultItem}. */
export interface SearchResultItemProps {
  /** The hit to show. */
  hit: SearchHit;
}

/**
 * One search result: a link to the section's anchor, where it sits, and the
 * passage around the match with the matched words highlighted.
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
      <p className="search-result__context">{document.kind === 'guidance' ? `Guidance: ${document.context}` : document.context}</p>
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
