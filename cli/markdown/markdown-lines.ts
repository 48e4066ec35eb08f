/**
 * Turns a narrative's mdast tree (from the scenario parser) into wrapped
 * terminal lines. Headings are bold and underlined, emphasis is kept, lists
 * get bullets or numbers, and a link becomes its text followed by where it
 * points: for a `guidance:` link, the title of the guidance section.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { wrapSpans, type Span, type StyledLine } from '../terminal/index.js';

/** Options of {@link markdownToLines}. */
export interface MarkdownLinesOptions {
  /** Columns available. */
  width: number;
  /** Title of a guidance section by id, for `guidance:<id>` links. */
  guidanceTitle?: (id: string) => string | undefined;
  /**
   * Show structure with characters as well as style (a rule under headings,
   * `*strong*`, `_emphasis_`): used when there is no colour or styling, so
   * nothing is conveyed by styling alone.
   */
  markers?: boolean;
}

type Style = Omit<Span, 'text'>;

function inline(nodes: readonly RootContent[] | undefined, style: Style, options: MarkdownLinesOptions): Span[] {
  const out: Span[] = [];
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'text':
        out.push({ text: node.value.replace(/\s*\n\s*/g, ' '), ...style });
        break;
      case 'inlineCode':
        out.push({ text: node.value, ...style, bold: true });
        break;
      case 'emphasis': {
        const mark = options.markers ? [{ text: '_', ...style }] : [];
        out.push(...mark, ...inline(node.children, { ...style, italic: true }, options), ...mark);
        break;
      }
      case 'strong': {
        const mark = options.markers ? [{ text: '*', ...style }] : [];
        out.push(...mark, ...inline(node.children, { ...style, bold: true }, options), ...mark);
        break;
      }
      case 'break':
        out.push({ text: ' ', ...style });
        break;
      case 'link': {
        out.push(...inline(node.children, { ...style, underline: true }, options));
        const target = node.url.startsWith('guidance:')
          ? (options.guidanceTitle?.(node.url.slice('guidance:'.length)) ?? node.url.slice('guidance:'.length))
          : node.url;
        out.push({ text: ` (${node.url.startsWith('guidance:') ? 'guidance: ' : ''}${target})`, ...style, dim: true });
        break;
      }
      default:
        if ('children' in node) out.push(...inline(node.children as RootContent[], style, options));
        else if ('value' in node && typeof node.value === 'string') out.push({ text: node.value, ...style });
    }
  }
  return out;
}

function blocks(nodes: readonly RootContent[], width: number, options: MarkdownLinesOptions): StyledLine[][] {
  const out: StyledLine[][] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const lines = wrapSpans(inline(node.children, { bold: true, underline: true }, options), width);
        if (options.markers) {
          const longest = Math.max(...lines.map((line) => line.reduce((sum, span) => sum + span.text.length, 0)));
          lines.push([{ text: (node.depth <= 2 ? '=' : '-').repeat(Math.min(width, longest)) }]);
        }
        out.push(lines);
        break;
      }
      case 'paragraph':
        out.push(wrapSpans(inline(node.children, {}, options), width));
        break;
      case 'list': {
        const lines: StyledLine[] = [];
        node.children.forEach((item, index) => {
          const marker = node.ordered ? `${(node.start ?? 1) + index}. ` : '• ';
          const inner = blocks(item.children, width - marker.length, options).flat();
          inner.forEach((line, lineIndex) => lines.push([{ text: lineIndex === 0 ? marker : ' '.repeat(marker.length) }, ...line]));
        });
        out.push(lines);
        break;
      }
      case 'blockquote':
        out.push(blocks(node.children, width - 2, options).flatMap((lines) => lines).map((line) => [{ text: '│ ', dim: true }, ...line]));
        break;
      case 'thematicBreak':
        out.push([[{ text: '─'.repeat(Math.min(width, 40)), dim: true }]]);
        break;
      case 'code':
        out.push(node.value.split('\n').map((text) => [{ text: `  ${text}` }]));
        break;
      default:
        if ('children' in node) out.push(...blocks(node.children as RootContent[], width, options));
        else if ('value' in node && typeof node.value === 'string' && node.value.trim() !== '') out.push(wrapSpans([{ text: node.value }], width));
    }
  }
  return out;
}

/**
 * The lines of a narrative tree, blocks separated by one blank line.
 * @example
 * markdownToLines(scene.narrative.mdast, { width: 76, guidanceTitle: (id) => findGuidanceSection(id)?.title });
 */
export function markdownToLines(root: Root | Nodes, options: MarkdownLinesOptions): StyledLine[] {
  const children = 'children' in root ? (root.children as RootContent[]) : [root as RootContent];
  const out: StyledLine[] = [];
  for (const block of blocks(children, Math.max(8, options.width), options)) {
    if (block.length === 0) continue;
    if (out.length > 0) out.push([]);
    out.push(...block);
  }
  return out;
}
