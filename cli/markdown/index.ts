/** Rendering scenario Markdown (mdast) for the terminal: styled, wrapped lines. */
export { lineText, type Span, type StyledLine } from './styled-line.js';
export { wrapSpans } from './wrap-spans.js';
export { markdownToLines, type MarkdownLinesOptions } from './markdown-lines.js';
