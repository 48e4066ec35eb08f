/** Rendering scenario Markdown (mdast) for the terminal: styled, wrapped lines. */
export { markdownToLines, type MarkdownLinesOptions } from './markdown-lines.js';
