/**
 * YAML (and JSON, which is YAML) read with positions: the one reader behind
 * scenario frontmatter, test plans, case files, closure files and protocol
 * files. It gives the plain data, and the file point of any field, so every
 * reader can say `file:line:column` about what it found. It never throws:
 * a syntax error, a duplicated key, a key that is a list, map or alias, an
 * alias it will not expand, a text larger than the cap or nested deeper
 * than it comes back as a problem with a point. Numbers are decimal: `0x10`
 * and `0o7` stay text.
 */
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { INPUT_CAPS } from './input-caps.js';
import { describeInputLimit, findOversize, type InputLimitKind } from './input-limit.js';
import { createLineIndex, type LineIndex, type SourcePoint } from './line-index.js';
import { findTooDeep } from './yaml-depth.js';

/** A path into parsed data: keys and list indexes, e.g. `['events', 2, 'kind']`. */
export type DataPath = readonly (string | number)[];

/** What to tell an author whose file could not be turned into data. */
export const YAML_ALIAS_HINT = 'Avoid YAML anchors and aliases (`&name`, `*name`); write each value out.';

/** The YAML text to read, and where it sits in its file. */
export interface YamlSource {
  /** The YAML text itself. */
  readonly text: string;
  /** Where `text` starts in the file (the frontmatter starts after `---`); 0 when it is the whole file. */
  readonly offset?: number;
  /** Lines of the whole file, when `text` is part of one; by default the lines of `text`. */
  readonly lines?: LineIndex;
  /** The most UTF-8 bytes `text` may have; `INPUT_CAPS.dataFileBytes` by default. */
  readonly maxBytes?: number;
}

/** Why a YAML text gave no data. */
export type YamlProblem =
  | {
      /** `syntax` for text that is not YAML (or repeats a key); `unreadable` for YAML that cannot become data. */
      readonly kind: 'syntax' | 'unreadable';
      /** The parser's reason, on one line and without its own position. */
      readonly message: string;
      /** Where in the file. */
      readonly at: SourcePoint;
    }
  | {
      /**
       * `too-large` for a text over its size cap, `too-deep` for one nested
       * deeper than `INPUT_CAPS.dataDepth`; both found before parsing.
       */
      readonly kind: InputLimitKind;
      /** The cap that was passed: bytes, or levels. */
      readonly cap: number;
      /** What is wrong, in the words every reader uses (`describeInputLimit`), about "The text". */
      readonly message: string;
      /** Where in the file: the first character past the cap. */
      readonly at: SourcePoint;
    };

/** Where the parts of a read document are in its file. */
export interface YamlPositions {
  /** The point of the value at `path`, or of its nearest parent that exists (a missing field points at the map that lacks it). */
  pointOf(path: DataPath): SourcePoint;
  /** The point of the key `key` in the map at `path`, when there is one. */
  pointOfKey(path: DataPath, key: string): SourcePoint | undefined;
  /** Each top-level key and where it is. */
  topLevelKeys(): Record<string, SourcePoint>;
  /** Every string value (not key) in the document: its text as written, its value as read, and where it starts. */
  stringValues(): { text: string; value: string; at: SourcePoint }[];
}

/** What {@link readYaml} gives: the data and its positions, or the problems. */
export type YamlRead =
  | { ok: true; data: unknown; positions: YamlPositions }
  /** `positions` is there when the text is YAML but could not become data. */
  | { ok: false; problems: YamlProblem[]; positions?: YamlPositions };

/**
 * Turns a parsed document into plain data without ever throwing:
 * `Document.toJS` throws on an alias to an anchor that does not exist
 * (`*Scene`) and on alias bombs.
 */
function toData(document: Document): { ok: true; data: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, data: document.toJS({ maxAliasCount: 50 }) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function stringNodes(node: Node | null | undefined, out: Node[]): void {
  if (!node) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.range) out.push(node);
  } else if (isMap(node)) {
    for (const item of node.items) if (isPair(item)) stringNodes(item.value as Node | null, out);
  } else if (isSeq(node)) {
    for (const item of node.items) stringNodes(item as Node, out);
  }
}

/**
 * The pairs of each map by key, built once per map on first use, so finding
 * the keys of a map with thousands of fields is linear rather than a scan
 * of the map per key (`Document.getIn` scans).
 */
function pairIndex(): (map: YAMLMap) => ReadonlyMap<unknown, Pair> {
  const indexes = new WeakMap<YAMLMap, Map<unknown, Pair>>();
  return (map) => {
    let index = indexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        if (isPair(item) && isScalar(item.key) && !index.has(item.key.value)) index.set(item.key.value, item);
      }
      indexes.set(map, index);
    }
    return index;
  };
}

function positionsOf(document: Document, text: string, pointAt: (offset: number) => SourcePoint): YamlPositions {
  const start = isNode(document.contents) && document.contents.range ? document.contents.range[0] : 0;
  const pairsOf = pairIndex();
  /** The nodes along `path` that exist, outermost first (the document's contents first). */
  const nodesAlong = (path: DataPath): unknown[] => {
    const nodes: unknown[] = [document.contents];
    let node: unknown = document.contents;
    for (const key of path) {
      if (isMap(node)) node = pairsOf(node).get(key)?.value;
      else if (isSeq(node)) node = node.items[Number(key)];
      else node = undefined;
      if (node === undefined || node === null) break;
      nodes.push(node);
    }
    return nodes;
  };
  return {
    pointOf(path) {
      const nodes = nodesAlong(path);
      for (let depth = nodes.length - 1; depth >= 0; depth -= 1) {
        const node = nodes[depth];
        if (isNode(node) && node.range) return pointAt(node.range[0]);
      }
      return pointAt(start);
    },
    pointOfKey(path, key) {
      const nodes = nodesAlong(path);
      const map = nodes.length === path.length + 1 ? nodes[nodes.length - 1] : undefined;
      if (!isMap(map)) return undefined;
      const pair = pairsOf(map).get(key);
      return pair && isScalar(pair.key) && pair.key.range ? pointAt(pair.key.range[0]) : undefined;
    },
    topLevelKeys() {
      const keys: Record<string, SourcePoint> = {};
      if (!isMap(document.contents)) return keys;
      for (const item of document.contents.items) {
        if (isPair(item) && isScalar(item.key) && typeof item.key.value === 'string' && item.key.range) {
          keys[item.key.value] = pointAt(item.key.range[0]);
        }
      }
      return keys;
    },
    stringValues() {
      const nodes: Node[] = [];
      stringNodes(document.contents as Node | null, nodes);
      return nodes.map((node) => ({ text: text.slice(node.range![0], node.range![1]), value: String((node as Node & { value: unknown }).value), at: pointAt(node.range![0]) }));
    },
  };
}

/** The core schema's tags without its hexadecimal and octal integers, so `0x10` is text, as in JSON. */
const decimalOnly = (tags: { format?: string }[]) => tags.filter((tag) => tag.format !== 'HEX' && tag.format !== 'OCT');

/** What the reader says about a key that is a list, a map, an alias or bytes (`[a, b]: x`, `{a: 1}: x`, `*a: x`, `!!binary eg==: x`). */
export const UNUSABLE_KEY_MESSAGE = 'A key must be a plain word or value, not a list, a map, an alias or binary data';

/**
 * The keys no reader can use, in one pass over the document: every key that
 * repeats an earlier key of its map, and every key that is itself a list,
 * a map, an alias (`*name`, which may stand for either, or repeat a key
 * unseen) or `!!binary` bytes. The check `uniqueKeys: true` makes in the `yaml` package
 * compares each key with every key before it, so 40,000 fields took a
 * minute and a half. Keys are the same when their scalar values are (the
 * package's own rule). A list, map or bytes key would become text, and
 * the package says so on the process's warning channel
 * (`process.emitWarning`): a file's mistake printed by the terminal app as
 * a Node warning, with no file or line. It is refused here, at the key,
 * instead.
 */
function unusableKeys(document: Document): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  // In text with syntax errors the parser guesses at pairs (`[{a: 1} oops]` reads as a map for a key): only its errors count there.
  const checkShapes = document.errors.length === 0;
  const stack: unknown[] = [document.contents];
  /** Checks one pair's key (against `seen`, the keys before it in its map) and queues its parts. */
  const visitPair = (pair: Pair, seen: Set<unknown>) => {
    const key = pair.key;
    // `!!binary` data is a scalar whose value is bytes: as a key it would be turned into text the same way.
    if (isScalar(key) && typeof key.value === 'object' && key.value !== null) {
      if (checkShapes) found.push({ offset: key.range?.[0] ?? 0, message: UNUSABLE_KEY_MESSAGE });
    } else if (isScalar(key)) {
      if (seen.has(key.value)) found.push({ offset: key.range?.[0] ?? 0, message: 'Map keys must be unique' });
      else seen.add(key.value);
    } else if (checkShapes && (isCollection(key) || isAlias(key))) {
      found.push({ offset: (key as Node).range?.[0] ?? 0, message: UNUSABLE_KEY_MESSAGE });
    }
    stack.push(key, pair.value);
  };
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const item of node.items) if (isPair(item)) visitPair(item, seen);
    } else if (isSeq(node)) {
      // A pair in a list (`[a: 1]`) becomes a map of its own.
      for (const item of node.items) {
        if (isPair(item)) visitPair(item, new Set());
        else stack.push(item);
      }
    }
  }
  return found;
}

/**
 * Parses, or says why the parser gave up: the `yaml` package reports what
 * it finds as errors, but a stack overflow inside its parser (the lexer's
 * count of levels can fall short of the parser's by half) escapes it.
 */
function parse(text: string): Document | { failed: 'too-deep' | 'unreadable'; message: string } {
  try {
    // Repeated keys are found by `unusableKeys`: the package's own check scans the map for every key.
    return parseDocument(text, { prettyErrors: false, uniqueKeys: false, schema: 'core', customTags: decimalOnly as never });
  } catch (error) {
    return { failed: error instanceof RangeError ? 'too-deep' : 'unreadable', message: error instanceof Error ? error.message : String(error) };
  }
}

/** A problem for a text that broke a cap, worded as every reader words it. */
const limitProblem = (kind: InputLimitKind, cap: number, at: SourcePoint): YamlProblem => ({ kind, cap, message: describeInputLimit(kind, cap, 'The text').message, at });

/**
 * Reads YAML text with positions. Keys may not repeat, dates stay text (the
 * core schema: `2026-12-29` is a string, not a timestamp), and so do
 * hexadecimal and octal numbers. A text over `maxBytes`, or nested more than
 * `INPUT_CAPS.dataDepth` levels, is refused before it is parsed.
 *
 * @example
 * const read = readYaml({ text: 'title: x\nevents:\n  - kind: stage-1\n' });
 * if (read.ok) read.positions.pointOf(['events', 0, 'kind']); // { line: 3, column: 11 }
 */
export function readYaml(source: YamlSource): YamlRead {
  const offset = source.offset ?? 0;
  const maxBytes = source.maxBytes ?? INPUT_CAPS.dataFileBytes;
  const oversize = findOversize(source.text, maxBytes);
  if (oversize !== undefined) {
    // Only the part up to the cap is indexed: the rest may be anything, of any length.
    const point = (source.lines ?? createLineIndex(source.text.slice(0, oversize + 1))).pointAt(offset + oversize);
    return { ok: false, problems: [limitProblem('too-large', maxBytes, point)] };
  }
  const lines = source.lines ?? createLineIndex(source.text);
  const pointAt = (at: number) => lines.pointAt(offset + at);
  const depthProblem = (at: number): YamlRead => ({ ok: false, problems: [limitProblem('too-deep', INPUT_CAPS.dataDepth, pointAt(at))] });
  const tooDeep = findTooDeep(source.text, INPUT_CAPS.dataDepth);
  if (tooDeep !== undefined) return depthProblem(tooDeep);
  const document = parse(source.text);
  if ('failed' in document) return document.failed === 'too-deep' ? depthProblem(0) : { ok: false, problems: [{ kind: 'unreadable', message: document.message, at: pointAt(0) }] };
  const errors = [
    ...document.errors.map((error) => ({ offset: error.pos[0], message: error.message.split('\n')[0] ?? error.message })),
    ...unusableKeys(document),
  ].sort((a, b) => a.offset - b.offset);
  if (errors.length > 0) return { ok: false, problems: errors.map((error) => ({ kind: 'syntax', message: error.message, at: pointAt(error.offset) })) };
  const read = toData(document);
  const positions = positionsOf(document, source.text, pointAt);
  if (!read.ok) return { ok: false, problems: [{ kind: 'unreadable', message: read.message, at: pointAt(0) }], positions };
  return { ok: true, data: read.data, positions };
}
