/**
 * The one MDX reader behind scenario files: unified with remark-parse,
 * remark-mdx and remark-frontmatter (YAML). The whole-file parser and the
 * studio's incremental one both call it, so a chunk of a file is read by
 * exactly the code that reads the file.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * Parses MDX text into mdast, positions included. Throws what the MDX
 * toolchain throws for text that is not valid MDX (a `VFileMessage` with
 * its place), and a `RangeError` when it nests too deep for the stack.
 *
 * @example
 * parseMdx('<Scene id="a" stage={1}>\n\nHello.\n\n</Scene>\n').children[0]?.type; // 'mdxJsxFlowElement'
 */
export function parseMdx(text: string): Root {
  return processor.parse(text);
}
