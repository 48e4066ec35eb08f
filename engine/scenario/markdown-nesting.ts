/**
 * How deeply a scenario's Markdown nests, checked in two places. Before
 * parsing, the lists and block quotes (the MDX parser's work on a list
 * grows with the square of its depth: a list 1,000 levels deep took 50
 * seconds); after parsing, the tree itself, before anything walks it.
 */

/** A list item's marker in `line` at `at` (column `column`): where it and its spaces end, and the column its content starts at. */
function listMarkerAt(line: string, at: number, column: number): { end: number; endColumn: number; content: number } | undefined {
  let index = at;
  const first = line[index];
  if (first === '-' || first === '+' || first === '*') index += 1;
  else {
    while (index < line.length && index - at < 9 && line[index]! >= '0' && line[index]! <= '9') index += 1;
    if (index === at || (line[index] !== '.' && line[index] !== ')')) return undefined;
    index += 1;
  }
  const after = line[index];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  const markerColumn = column + (index - at);
  let spaces = 0;
  while (line[index + spaces] === ' ' && spaces < 5) spaces += 1;
  // Five spaces or more after the marker start indented code inside the item, so its content starts one after.
  const content = markerColumn + (spaces === 0 || spaces > 4 ? 1 : spaces);
  return { end: index + Math.min(spaces, 4), endColumn: markerColumn + Math.min(spaces, 4), content };
}

/** The first column after the spaces and tabs from `at` (a tab runs to the next multiple of four), and where they end. */
function skipBlanks(line: string, at: number, column: number): { index: number; column: number } {
  let index = at;
  let next = column;
  while (line[index] === ' ' || line[index] === '\t') {
    next = line[index] === '\t' ? next + 4 - (next % 4) : next + 1;
    index += 1;
  }
  return { index, column: next };
}

/**
 * The offset of the first list marker or `>` in `text`, from `from`, that
 * opens more than `cap` lists and block quotes inside one another, or
 * `undefined` when none does. Lines inside fenced code are skipped. It reads
 * each line once, so it is linear; it can count a level too many (a list a
 * paragraph has closed), never too few.
 *
 * @example
 * findDeepContainers('- a\n  - b\n    - c\n', 0, 2); // 14, the third marker
 */
export function findDeepContainers(text: string, from: number, cap: number): number | undefined {
  // The content columns of the list items open at this point, innermost last.
  const items: number[] = [];
  let fence: string | undefined;
  let lineStart = from;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    let { index, column } = skipBlanks(line, 0, 0);
    if (fence !== undefined) {
      const rest = line.slice(index).trimEnd();
      if (rest.length >= fence.length && rest === fence.charAt(0).repeat(rest.length)) fence = undefined;
    } else if (index < line.length) {
      let quotes = 0;
      let firstMarker = true;
      for (;;) {
        const at = index;
        if (line[index] === '>') {
          quotes += 1;
          ({ index, column } = skipBlanks(line, index + 1, column + 1));
        } else {
          const marker = listMarkerAt(line, index, column);
          if (marker === undefined) break;
          // The line's first marker closes the items its column is left of; the rest hold it.
          if (firstMarker) while (items.length > 0 && items[items.length - 1]! > column) items.pop();
          firstMarker = false;
          items.push(marker.content);
          ({ index, column } = skipBlanks(line, marker.end, marker.endColumn));
        }
        if (quotes + items.length > cap) return lineStart + at;
      }
      const opener = /^(`{3,}|~{3,})/.exec(line.slice(index));
      if (opener) fence = opener[1];
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** An mdast node as far as the depth check reads it. */
interface TreeNode {
  children?: unknown;
  position?: { start?: { offset?: number } };
}

/**
 * The first node of a tree nested more than `cap` levels below the root,
 * or `undefined`. Walks with its own stack, so a tree deep enough to
 * overflow a recursive walk is found rather than followed.
 *
 * @example
 * findDeepNode(root, 100)?.position?.start; // { line: 40, column: 1, offset: 912 }
 */
export function findDeepNode(root: TreeNode, cap: number): TreeNode | undefined {
  const stack: Array<[node: TreeNode, depth: number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > cap) return node;
    if (Array.isArray(node.children)) for (const child of node.children) if (typeof child === 'object' && child !== null) stack.push([child as TreeNode, depth + 1]);
  }
  return undefined;
}
