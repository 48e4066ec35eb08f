/**
 * How the studio's editor colours a scenario: Markdown, with the component
 * tags (`<Scene id="…" stage={1}>`) as HTML tags, the YAML frontmatter as
 * one block, and MDX comments (`{/* … *\/}`) as comments. Every colour is
 * at least 4.5:1 on white and on the active line's grey, and none is the
 * only sign of anything (headings are bold, emphasis is italic).
 */
import { markdown } from '@codemirror/lang-markdown';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { styleTags, tags } from '@lezer/highlight';
import type { MarkdownConfig } from '@lezer/markdown';

/** The frontmatter between the opening and closing `---` lines, as one block. */
const frontmatter: MarkdownConfig = {
  defineNodes: [{ name: 'Frontmatter', block: true }, 'FrontmatterMark'],
  props: [styleTags({ Frontmatter: tags.meta, FrontmatterMark: tags.processingInstruction })],
  parseBlock: [
    {
      name: 'Frontmatter',
      before: 'HorizontalRule',
      parse(cx, line) {
        if (cx.lineStart !== 0 || line.text.trimEnd() !== '---') return false;
        const start = cx.lineStart;
        const marks = [cx.elt('FrontmatterMark', start, start + 3)];
        let end = start + line.text.length;
        while (cx.nextLine()) {
          end = cx.lineStart + line.text.length;
          if (line.text.trimEnd() === '---') {
            marks.push(cx.elt('FrontmatterMark', cx.lineStart, cx.lineStart + 3));
            cx.nextLine();
            break;
          }
        }
        cx.addElement(cx.elt('Frontmatter', start, end, marks));
        return true;
      },
    },
  ],
};

/** MDX comments, `{/* … *\/}`, which the format allows where HTML comments are not. */
const mdxComment: MarkdownConfig = {
  defineNodes: ['MdxComment'],
  props: [styleTags({ MdxComment: tags.comment })],
  parseInline: [
    {
      name: 'MdxComment',
      parse(cx, next, pos) {
        // `{` then `/*`
        if (next !== 123 || cx.slice(pos, pos + 3) !== '{/*') return -1;
        const close = cx.slice(pos, cx.end).indexOf('*/}');
        if (close < 0) return -1;
        return cx.addElement(cx.elt('MdxComment', pos, pos + close + 3));
      },
    },
  ],
};

/** The colours, from the site's tokens where there is one. */
const studioHighlight = HighlightStyle.define([
  { tag: tags.heading, fontWeight: '700', color: '#0b0c0c' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: [tags.link, tags.url], color: '#1d5fa0', textDecoration: 'underline' },
  { tag: tags.tagName, color: '#1d5fa0', fontWeight: '700' },
  { tag: tags.attributeName, color: '#6f3c91' },
  { tag: tags.attributeValue, color: '#00703c' },
  { tag: [tags.angleBracket, tags.processingInstruction, tags.contentSeparator], color: '#484949' },
  { tag: tags.meta, color: '#484949' },
  { tag: tags.comment, color: '#484949', fontStyle: 'italic' },
  { tag: tags.list, color: '#484949' },
  { tag: tags.monospace, color: '#8f2d00' },
]);

/**
 * The language and colours for scenario files.
 *
 * @example
 * EditorState.create({ doc, extensions: [scenarioLanguage(), …] });
 */
export function scenarioLanguage(): Extension {
  return [markdown({ extensions: [frontmatter, mdxComment], completeHTMLTags: false, addKeymap: false }), syntaxHighlighting(studioHighlight)];
}
