/**
 * What a Markdown viewer would make of an export that could run or mislead:
 * raw HTML, and links, images or link definitions whose address has a
 * scheme other than http, https or mailto. Read with a real CommonMark and
 * GFM parser (remark), as GitHub or an editor's preview reads it, so the
 * check does not share the exports' own idea of Markdown.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The schemes an export may link to; a relative address has none. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme a browser would give an address: leading and trailing controls
 * and spaces dropped, tabs and line breaks removed anywhere (WHATWG URL).
 */
function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * Every unsafe part of a Markdown document, in words (empty when it is
 * safe).
 *
 * @example
 * unsafeMarkdownParts('[x](javascript:alert(1)) <b>hi</b>');
 * // ['link to javascript:alert(1)', 'raw HTML <b>', 'raw HTML </b>']
 */
export function unsafeMarkdownParts(markdown: string): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'html') found.push(`raw HTML ${node.value}`);
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const scheme = schemeOf(node.url);
      if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) found.push(`${node.type} to ${node.url}`);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(parser.parse(markdown) as Root);
  return found;
}
