/**
 * An MDX parser for scenario files that re-reads only what changed: the
 * file is cut into its head and its top-level scenes and endings
 * (`splitScenarioChunks`), each piece is parsed on its own with the same
 * processor (`parseMdx`) and remembered by its text, and the pieces are
 * shifted to their place in the file and joined into one Root. The result
 * is exactly what `parseMdx` gives for the whole file; wherever reading the
 * pieces apart could differ, it parses the whole file instead:
 *
 * - a piece that throws, so a syntax error keeps the whole parser's message
 *   and position;
 * - a piece that is not made only of closed top-level tags and expressions
 *   (a `<Scene>…</Scene>`, a `{/* comment *\/}`, the frontmatter first):
 *   anything else, such as a fenced code block or a list left open at the
 *   end, may run on into the next piece in the whole file;
 * - a file with a Markdown link reference definition (`[id]: url`), which
 *   applies to the whole document, so `[id]` in one scene depends on text
 *   in another.
 *
 * Pure: no I/O, so it runs in a browser worker as well as in Node.
 */
import type { Root, RootContent } from 'mdast';
import { createChunkCache } from './chunk-cache.js';
import { isJsonSafe } from './json-safe.js';
import { parseMdx } from './mdx-processor.js';
import { splitScenarioChunks } from './scenario-chunks.js';
import { shiftedCopy, shiftedPoint } from './shift-mdast.js';

/**
 * Somewhere outside the process to keep parsed pieces between runs (the
 * CLI's cache folder), so the engine itself does no I/O. Values are plain
 * JSON data: the parser gives only pieces that JSON keeps as they are
 * (`isJsonSafe`), and takes back whatever `get` returns as what it gave.
 */
export interface ChunkStore {
  /** What was kept for a piece with exactly this text, or undefined. */
  get(text: string): unknown;
  /** Keeps what this piece gave. */
  set(text: string, value: unknown): void;
}

/** Options for {@link createIncrementalMdxParser}. */
export interface IncrementalMdxParserOptions {
  /**
   * How many pieces of earlier texts to remember besides those of the
   * latest text (which are always kept); 256 unless given. 0 remembers
   * only the latest text's pieces.
   */
  maxCachedChunks?: number;
  /** Where to look for a piece not in memory before parsing it, and to keep it after. */
  store?: ChunkStore;
}

type Point = NonNullable<Root['position']>['end'];

/** A piece read on its own, positions relative to its start; `null` when it must not be used apart from its file. */
type ReadChunk = { children: RootContent[]; end: Point } | null;

const DEFAULT_MAX_CACHED_CHUNKS = 256;

/** Trailing text a piece may have after its last node: blank lines only. */
const BLANK = /^[ \t\r\n]*$/;

/**
 * Top-level nodes whose end the parser's state cannot run past: a JSX
 * element ends at its closing tag, an expression at its `}` (both throw when
 * unclosed). The frontmatter can only be a file's first node.
 */
function isClosedNode(node: RootContent, index: number): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxFlowExpression' || (node.type === 'yaml' && index === 0);
}

function readChunk(text: string): ReadChunk {
  let root: Root;
  try {
    root = parseMdx(text);
  } catch {
    return null;
  }
  const end = root.position?.end;
  if (end === undefined || !root.children.every(isClosedNode)) return null;
  const last = root.children.at(-1);
  if (last !== undefined) {
    const lastEnd = last.position?.end.offset;
    if (lastEnd === undefined || !BLANK.test(text.slice(lastEnd))) return null;
  }
  return { children: root.children, end };
}

/** What the latest parse did, for tests and benchmarks. */
export interface IncrementalParseStats {
  /** How many pieces the text was cut into (1 when it was not cut). */
  chunks: number;
  /** How many of them were parsed rather than taken from the cache or the store. */
  parsed: number;
  /** How many were taken from the store. */
  restored: number;
  /** True when the whole file was parsed at once (a fallback, or a text with one piece). */
  wholeFile: boolean;
}

/** An MDX parser with a memory of the pieces it has read. */
export interface IncrementalMdxParser {
  /** What `parseMdx(source)` returns (or throws), re-parsing only the scenes and endings whose text is new. */
  parse: (source: string) => Root;
  /** What the latest call of `parse` did. */
  lastParse(): IncrementalParseStats;
}

/** A piece as a store gave it back: what it was given, or undefined for anything else. */
function restoredChunk(kept: unknown): ReadChunk | undefined {
  if (typeof kept !== 'object' || kept === null) return undefined;
  const { children, end } = kept as { children?: unknown; end?: { line?: unknown; column?: unknown } };
  return Array.isArray(children) && typeof end?.line === 'number' && typeof end.column === 'number' ? (kept as ReadChunk) : undefined;
}

/**
 * A parser with a memory: call `parse` with each new version of a text, and
 * it re-parses only the scenes and endings whose text changed. It returns
 * what `parseMdx(source)` returns, and throws what it throws.
 *
 * @example
 * const parser = createIncrementalMdxParser();
 * parser.parse(text); // reads every scene
 * parser.parse(textWithOneSceneEdited);
 * parser.lastParse(); // { chunks: 36, parsed: 1, restored: 0, wholeFile: false }
 */
export function createIncrementalMdxParser(options: IncrementalMdxParserOptions = {}): IncrementalMdxParser {
  const cache = createChunkCache<ReadChunk>(options.maxCachedChunks ?? DEFAULT_MAX_CACHED_CHUNKS);
  const { store } = options;
  let stats: IncrementalParseStats = { chunks: 0, parsed: 0, restored: 0, wholeFile: false };

  /** The Root joined from the pieces, or undefined when the whole file must be parsed. */
  function joinChunks(source: string): Root | undefined {
    if (source.includes(']:')) return undefined;
    const chunks = splitScenarioChunks(source);
    stats.chunks = chunks.length;
    if (chunks.length < 2) return undefined;
    const children: RootContent[] = [];
    let end: Point | undefined;
    for (const chunk of chunks) {
      let read = cache.get(chunk.text);
      if (read === undefined) {
        read = store ? restoredChunk(store.get(chunk.text)) : undefined;
        if (read !== undefined) stats.restored += 1;
        else {
          read = readChunk(chunk.text);
          stats.parsed += 1;
          if (store && read !== null && isJsonSafe(read)) store.set(chunk.text, read);
        }
        cache.set(chunk.text, read);
      }
      if (read === null) return undefined;
      const shift = { lines: chunk.line - 1, offset: chunk.offset };
      for (const child of read.children) children.push(shiftedCopy(child, shift));
      end = shiftedPoint(read.end, shift);
    }
    return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: end! } };
  }

  return {
    parse(source) {
      stats = { chunks: 1, parsed: 0, restored: 0, wholeFile: false };
      try {
        let joined: Root | undefined;
        try {
          joined = joinChunks(source);
        } catch {
          // Whatever goes wrong in joining (a tree too deep to copy, say), the whole file's parse is the answer.
          joined = undefined;
        }
        if (joined !== undefined) return joined;
        stats.wholeFile = true;
        return parseMdx(source);
      } finally {
        cache.endRound();
      }
    },
    lastParse: () => ({ ...stats }),
  };
}
