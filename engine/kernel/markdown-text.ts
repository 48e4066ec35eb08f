/**
 * The readable text of a Markdown string, for search indexing and snippets.
 * Parses with remark (so it belongs to the authoring face) and reads the tree
 * with the one mdast walker.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mdastText } from './mdast-text.js';

const parser = unified().use(remarkParse);

/**
 * The readable text of a Markdown string: link text without URLs, emphasis
 * without asterisks, list items without bullets, raw HTML dropped,
 * whitespace collapsed, and no space left before punctuation where a block
 * ended.
 *
 * @example
 * markdownToText('Within **10 working days**, see [stage 3](/guidance/x/#stage-3).');
 * // 'Within 10 working days, see stage 3.'
 */
export function markdownToText(markdown: string): string {
  return mdastText(parser.parse(markdown)).replace(/ ([.,;:!?])/g, '$1');
}
