/**
 * The readable text of a Markdown tree (mdast): the one walker behind choice
 * labels, search passages, result titles and screen-reader announcements.
 * Pure, with no parser, so the browser can use it on the trees the build
 * shipped.
 */

/** The parts of an mdast node the walker reads; trees may be plain JSON. */
interface TextNode {
  type?: unknown;
  value?: unknown;
  children?: unknown;
}

/** Nodes whose text is words on the page: text, inline code and code blocks. Raw HTML and MDX expressions are not. */
const WORD_NODES = new Set(['text', 'inlineCode', 'code']);

/** Block-level nodes: their text is kept apart from the next block's by a space. */
const BLOCK_NODES = new Set(['root', 'paragraph', 'heading', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'code']);

function collect(node: unknown, out: string[]): void {
  if (typeof node !== 'object' || node === null) return;
  const { type, value, children } = node as TextNode;
  if (typeof type === 'string' && WORD_NODES.has(type) && typeof value === 'string') out.push(value);
  else if (type === 'break') out.push(' ');
  if (Array.isArray(children)) for (const child of children) collect(child, out);
  if (typeof type === 'string' && BLOCK_NODES.has(type)) out.push(' ');
}

/**
 * The words of an mdast node or tree: link text without URLs, emphasis
 * without markers, list items without bullets, raw HTML dropped, blocks
 * kept apart by a space and whitespace collapsed.
 *
 * @example
 * mdastText({ type: 'paragraph', children: [{ type: 'text', value: 'Phone ' }, { type: 'strong', children: [{ type: 'text', value: 'now' }] }] });
 * // 'Phone now'
 */
export function mdastText(node: unknown): string {
  const out: string[] = [];
  collect(node, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}
