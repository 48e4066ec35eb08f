/**
 * Text as the terminal shows it: lines of styled spans. Narrative is turned
 * into these once, so the Ink view, the scroller (which counts lines) and the
 * plain line-by-line mode all agree on what is on each line.
 */

/** A run of text with one style. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Secondary information, e.g. the guidance title after a link. */
  dim?: boolean;
}

/** One terminal line. */
export type StyledLine = Span[];

/**
 * The plain text of a line.
 * @example
 * lineText([{ text: 'Stage ' }, { text: '3', bold: true }]); // 'Stage 3'
 */
export function lineText(line: StyledLine): string {
  return line.map((span) => span.text).join('');
}
