import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Block-level nodes: their text is separated from the next block by a space. */
const blockTypes = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'tableCell', 'code']);

function collect(node: Root | RootContent, out: string[]): void {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') {
    out.push(node.value);
  }
  if ('children' in node) {
    for (const child of node.children) collect(child, out);
  }
  if (blockTypes.has(node.type)) out.push(' ');
}

/**
 * The readable text of a Markdown string, for indexing and snippets: link
 * text without URLs, emphasis without asterisks, list items without bullets,
 * raw HTML dropped, whitespace collapsed.
 *
 * @example
 * ```ts
 * markdownToText('Within **10 working days**, see [stage 3](/guidance/x/#stage-3).');
 * // 'Within 10 working days, see stage 3.'
 * ```
 */
export function markdownToText(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown);
  const out: string[] = [];
  collect(tree, out);
  return out.join('').replace(/\s+/g, ' ').replace(/ ([.,;:!?])/g, '$1').trim();
}
