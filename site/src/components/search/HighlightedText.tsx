import { Fragment } from 'react';
import type { TextSegment } from '../../../../engine/runtime.js';

/** Props of {@link HighlightedText}. */
export interface HighlightedTextProps {
  /** Segments from the search engine; matched ones are wrapped in <mark>. */
  segments: readonly TextSegment[];
}

/**
 * Renders text segments, matches in `<mark>`. Every piece is a React text
 * child, so whatever the query or the indexed text contains is shown as
 * text and never parsed as HTML.
 *
 * @example
 * ```tsx
 * <HighlightedText segments={[{ text: 'ten ', match: false }, { text: 'working', match: true }]} />
 * ```
 */
export function HighlightedText({ segments }: HighlightedTextProps) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
    </>
  );
}
