/**
 * Builds the two forms of a narrative (mdast and Markdown text) from the
 * mdast nodes of a component's body, keeping them plain JSON.
 */
import type { Root, RootContent } from 'mdast';
import type { Narrative } from './scenario-model.js';

/** Thrown by {@link copyPlain} at anything JSON would not copy as plain data. */
const NOT_PLAIN = Symbol('not plain');

/**
 * `value` copied as JSON.stringify and JSON.parse would copy it, `data`
 * keys dropped, for the plain data mdast and frontmatter are made of: what
 * is undefined is left out (null in an array), -0 becomes 0. Anything else
 * (a BigInt, a Date, a non-finite number) throws {@link NOT_PLAIN}.
 */
function copyPlain(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw NOT_PLAIN;
    return value === 0 ? 0 : value;
  }
  if (value === undefined || typeof value !== 'object') throw NOT_PLAIN;
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : copyPlain(item)));
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw NOT_PLAIN;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (key !== 'data' && field !== undefined) copy[key] = copyPlain(field);
  }
  return copy;
}

/**
 * Deep-copies an mdast node as plain JSON, dropping `data` (MDX attaches
 * whole estree programs there, which are large and of no use to renderers).
 * Copied directly, which is several times quicker than a JSON round trip
 * and gives the same; anything unusual takes the round trip itself.
 */
export function cloneMdast<T>(node: T): T {
  try {
    return copyPlain(node) as T;
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
    return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'data' ? undefined : value))) as T;
  }
}

/** Removes up to `width` leading spaces or tabs from every line after the first. */
function dedent(text: string, width: number): string {
  if (width <= 0) return text;
  return text
    .split('\n')
    .map((line, index) => {
      if (index === 0) return line;
      let cut = 0;
      while (cut < width && (line[cut] === ' ' || line[cut] === '\t')) cut += 1;
      return line.slice(cut);
    })
    .join('\n');
}

/** The author's Markdown for a run of sibling nodes, exactly as written. */
function sliceMarkdown(source: string, nodes: readonly RootContent[]): string {
  const first = nodes[0]?.position;
  const last = nodes[nodes.length - 1]?.position;
  if (!first || !last || first.start.offset === undefined || last.end.offset === undefined) return '';
  return dedent(source.slice(first.start.offset, last.end.offset), first.start.column - 1).replace(/\r\n?/g, '\n');
}

/**
 * A narrative from a list of mdast nodes; runs separated by components are
 * joined with a blank line in the Markdown form.
 *
 * @example
 * buildNarrative(source, [[paragraph], [heading, list]]);
 */
export function buildNarrative(source: string, runs: readonly (readonly RootContent[])[]): Narrative {
  const nonEmpty = runs.filter((run) => run.length > 0);
  const children = nonEmpty.flat().map((node) => cloneMdast(node));
  const root: Root = { type: 'root', children };
  const first = children[0]?.position;
  const last = children[children.length - 1]?.position;
  if (first && last) root.position = { start: first.start, end: last.end };
  return {
    markdown: nonEmpty.map((run) => sliceMarkdown(source, run)).join('\n\n'),
    mdast: root,
  };
}
