/**
 * Cuts a scenario file into the pieces the incremental parser reads one at a
 * time: the head (frontmatter and anything before the first scene), then one
 * piece per top-level `<Scene …>` or `<Ending …>`. A piece starts where a line
 * opens with `<Scene` or `<Ending` at column 1 after a blank line, which is
 * how the format asks authors to write them. Cutting is only a guess at
 * where the MDX parser's state is clean; the parser checks each piece and
 * falls back to the whole file when a guess was wrong.
 */

/** One piece of a scenario file. */
export interface ScenarioChunk {
  /** The piece's text, exactly as in the file. */
  text: string;
  /** The 0-based offset of its first character in the file. */
  offset: number;
  /** The 1-based line its first character is on; it is always at column 1. */
  line: number;
}

/**
 * A blank line (spaces and tabs only), then a line opening with `<Scene` or
 * `<Ending` and a character that ends a tag name. Only `\n` and `\r\n`
 * breaks are looked for: a file with lone `\r` breaks is cut less often,
 * never wrongly.
 */
const CHUNK_START = /\n[ \t]*\r?\n(?=<(?:Scene|Ending)[ \t\r\n/>])/g;

/** How many line breaks (`\n`, `\r\n` or a lone `\r`, as micromark counts them) `text` has in `[from, to)`. */
function countLineBreaks(text: string, from: number, to: number, hasCarriageReturn: boolean): number {
  let count = 0;
  if (!hasCarriageReturn) {
    for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count += 1;
    return count;
  }
  for (let at = from; at < to; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) count += 1;
  }
  return count;
}

/**
 * The file's pieces in order; joined, their texts are the file. The first
 * is the head (possibly empty when the file opens with a scene); a file
 * with no scene at column 1 after a blank line is one piece.
 *
 * @example
 * splitScenarioChunks('---\ntitle: x\n---\n\n<Scene id="a" stage={1}>\n\nHi.\n\n</Scene>\n').map((chunk) => chunk.line);
 * // [1, 5]
 */
export function splitScenarioChunks(source: string): ScenarioChunk[] {
  const hasCarriageReturn = source.includes('\r');
  const starts = [0];
  CHUNK_START.lastIndex = 0;
  for (let match = CHUNK_START.exec(source); match !== null; match = CHUNK_START.exec(source)) starts.push(match.index + match[0].length);
  const chunks: ScenarioChunk[] = [];
  let line = 1;
  for (let index = 0; index < starts.length; index += 1) {
    const offset = starts[index]!;
    const end = starts[index + 1] ?? source.length;
    chunks.push({ text: source.slice(offset, end), offset, line });
    line += countLineBreaks(source, offset, end, hasCarriageReturn);
  }
  return chunks;
}
