/**
 * YAML (and JSON, which is YAML) read with positions: the one reader behind
 * scenario frontmatter, test plans, case files, closure files and protocol
 * files. It gives the plain data, and the file point of any field, so every
 * reader can say `file:line:column` about what it found. It never throws:
 * a syntax error, a duplicated key or an alias it will not expand comes back
 * as a problem with a point.
 */
import { isMap, isNode, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { createLineIndex, type LineIndex, type SourcePoint } from './line-index.js';

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
}

/** Why a YAML text gave no data. */
export interface YamlProblem {
  /** `syntax` for text that is not YAML (or repeats a key); `unreadable` for YAML that cannot become data. */
  readonly kind: 'syntax' | 'unreadable';
  /** The parser's reason, on one line and without its own position. */
  readonly message: string;
  /** Where in the file. */
  readonly at: SourcePoint;
}

/** Where the parts of a read document are in its file. */
export interface YamlPositions {
  /** The point of the value at `path`, or of its nearest parent that exists (a missing field points at the map that lacks it). */
  pointOf(path: DataPath): SourcePoint;
  /** The point of the key `key` in the map at `path`, when there is one. */
  pointOfKey(path: DataPath, key: string): SourcePoint | undefined;
  /** Each top-level key and where it is. */
  topLevelKeys(): Record<string, SourcePoint>;
  /** Every string value (not key) in the document, with where its text starts. */
  stringValues(): { text: string; at: SourcePoint }[];
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

function positionsOf(document: Document, text: string, pointAt: (offset: number) => SourcePoint): YamlPositions {
  const start = isNode(document.contents) && document.contents.range ? document.contents.range[0] : 0;
  return {
    pointOf(path) {
      for (let depth = path.length; depth >= 0; depth -= 1) {
        const node = document.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return pointAt(node.range[0]);
      }
      return pointAt(start);
    },
    pointOfKey(path, key) {
      const map = path.length === 0 ? document.contents : document.getIn(path, true);
      if (!isMap(map)) return undefined;
      for (const item of map.items) {
        if (isPair(item) && isScalar(item.key) && item.key.value === key && item.key.range) return pointAt(item.key.range[0]);
      }
      return undefined;
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
      return nodes.map((node) => ({ text: text.slice(node.range![0], node.range![1]), at: pointAt(node.range![0]) }));
    },
  };
}

/**
 * Reads YAML text with positions. Keys may not repeat, and dates stay text
 * (the core schema: `2026-12-29` is a string, not a timestamp).
 *
 * @example
 * const read = readYaml({ text: 'title: x\nevents:\n  - kind: stage-1\n' });
 * if (read.ok) read.positions.pointOf(['events', 0, 'kind']); // { line: 3, column: 11 }
 */
export function readYaml(source: YamlSource): YamlRead {
  const offset = source.offset ?? 0;
  const lines = source.lines ?? createLineIndex(source.text);
  const pointAt = (at: number) => lines.pointAt(offset + at);
  const document = parseDocument(source.text, { prettyErrors: false, uniqueKeys: true, schema: 'core' });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({ kind: 'syntax', message: error.message.split('\n')[0] ?? error.message, at: pointAt(error.pos[0]) })),
    };
  }
  const read = toData(document);
  const positions = positionsOf(document, source.text, pointAt);
  if (!read.ok) return { ok: false, problems: [{ kind: 'unreadable', message: read.message, at: pointAt(0) }], positions };
  return { ok: true, data: read.data, positions };
}
