/**
 * Builds the two forms of a narrative (mdast and Markdown text) from the
 * mdast nodes of a component's body, keeping them plain JSON.
 */
import type { Root, RootContent } from 'mdast';
import type { Narrative } from './scenario-model.js';

/**
 * Deep-copies an mdast node as plain JSON, dropping `data` (MDX attaches
 * whole estree programs there, which are large and of no use to renderers).
 */
export function cloneMdast<T>(node: T): T {
  return JSON.parse(
    JSON.stringify(node, (key, value: unknown) => (key === 'data' ? undefined : value)),
  ) as T;
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
