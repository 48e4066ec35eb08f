/**
 * Markdown an author wrote (a scene, feedback, an ending), as HTML for a
 * table's phone: remark and rehype, with raw HTML dropped (remark-rehype
 * leaves it out unless told otherwise) and links kept as their words only,
 * since a phone on the workshop's Wi-Fi reaches nothing but the laptop.
 */
import type { Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

type Parent = { children?: unknown[] };

/** Replaces every link and link reference by its words, and every image by its alt text. */
function unlinked(node: Parent): void {
  if (!Array.isArray(node.children)) return;
  node.children = node.children.flatMap((child) => {
    const typed = child as { type?: string; children?: unknown[]; alt?: string | null };
    if (typed.type === 'link' || typed.type === 'linkReference') {
      unlinked(typed);
      return typed.children ?? [];
    }
    if (typed.type === 'image' || typed.type === 'imageReference') return typed.alt ? [{ type: 'text', value: typed.alt }] : [];
    if (typed.type === 'html') return [];
    unlinked(typed);
    return [child];
  });
}

const toHtml = unified().use(remarkRehype).use(rehypeStringify);
const parse = unified().use(remarkParse).use(remarkGfm);

/**
 * An mdast tree as HTML, with no links, images or raw HTML.
 * @example
 * mdastToSafeHtml(scene.narrative.mdast); // '<p>The DSL phones…</p>'
 */
export function mdastToSafeHtml(tree: MdastRoot): string {
  const copy = structuredClone(tree) as MdastRoot;
  unlinked(copy as Parent);
  return String(toHtml.stringify(toHtml.runSync(copy)));
}

/**
 * Markdown as HTML, with no links, images or raw HTML.
 * @example
 * markdownToSafeHtml('Call **today**: see [stage 1](guidance:stage-1).'); // '<p>Call <strong>today</strong>: see stage 1.</p>'
 */
export function markdownToSafeHtml(markdown: string): string {
  return mdastToSafeHtml(parse.parse(markdown) as MdastRoot);
}
