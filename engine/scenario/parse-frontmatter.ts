/**
 * Reads the YAML frontmatter with the `yaml` package (which keeps node
 * ranges), checks it against the schema, and points every problem at the
 * line and column of the field in the file.
 */
import { yamlDocumentToData, YAML_ALIAS_HINT } from '../yaml/yaml-to-data.js';
import { isMap, isNode, isPair, isScalar, parseDocument, type Document } from 'yaml';
import { describeSchemaIssue, formatSchemaPath } from './friendly-error-map.js';
import { makeFinding, type Finding, type SourcePoint } from './finding.js';
import type { LineIndex } from './line-index.js';
import { SCENARIO_FORMAT_VERSION, ScenarioFrontmatterSchema, type ScenarioFrontmatter } from './scenario.schema.js';

/** The frontmatter text and where it starts in the file. */
export interface FrontmatterText {
  text: string;
  /** Offset of `text` in the file. */
  offset: number;
}

/** What reading the frontmatter gave: the checked data (if valid) and findings. */
export interface FrontmatterResult {
  frontmatter: ScenarioFrontmatter | undefined;
  /** The data as written, even if invalid (for checks that can still use part of it). */
  raw: Record<string, unknown> | undefined;
  /** Where each top-level field's key is in the file, for findings about a field. */
  keyPositions: Record<string, SourcePoint>;
  findings: Finding[];
}

/** The file offset of the node at `path`, or of its nearest existing parent. */
function offsetOfPath(document: Document, path: readonly (string | number)[], missingKey: boolean): number | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const node = document.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) {
      // A missing key is reported where its parent starts; a present one at its value.
      if (missingKey && length === path.length) continue;
      return node.range[0];
    }
    if (length === 0 && isNode(document.contents) && document.contents.range) return document.contents.range[0];
  }
  return undefined;
}

/** The file offset of the key `key` in the map at `path`. */
function offsetOfKey(document: Document, path: readonly (string | number)[], key: string): number | undefined {
  const map = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === key && item.key.range) return item.key.range[0];
  }
  return undefined;
}

/**
 * Parses and checks frontmatter YAML. Never throws.
 *
 * @example
 * readFrontmatter({ text: 'title: x\n', offset: 4 }, lines, 'a.mdx');
 */
export function readFrontmatter(source: FrontmatterText, lines: LineIndex, file: string): FrontmatterResult {
  const at = (offset: number | undefined) => lines.pointAt(source.offset + (offset ?? 0));
  const findings: Finding[] = [];
  const document = parseDocument(source.text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const message = error.message.split('\n')[0] ?? error.message;
      findings.push(makeFinding('error', 'yaml-syntax', `The frontmatter is not valid YAML: ${message}`, 'Check the indentation and quoting near here; text containing a colon followed by a space needs quotes.', file, at(error.pos[0])));
    }
    return { frontmatter: undefined, raw: undefined, keyPositions: {}, findings };
  }
  const read = yamlDocumentToData(document);
  if (!read.ok) {
    findings.push(makeFinding('error', 'yaml-syntax', `The frontmatter could not be read: ${read.message}`, YAML_ALIAS_HINT, file, at(0)));
    return { frontmatter: undefined, raw: undefined, keyPositions: {}, findings };
  }
  const data = read.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    findings.push(makeFinding('error', 'schema', 'The frontmatter should be a set of `field: value` lines.', 'Start with `formatVersion: 1` and `title: …`; see scenarios/README.md.', file, at(0)));
    return { frontmatter: undefined, raw: undefined, keyPositions: {}, findings };
  }
  const raw = data as Record<string, unknown>;
  const keyPositions: Record<string, SourcePoint> = {};
  if (isMap(document.contents)) {
    for (const item of document.contents.items) {
      if (isPair(item) && isScalar(item.key) && typeof item.key.value === 'string' && item.key.range) {
        keyPositions[item.key.value] = at(item.key.range[0]);
      }
    }
  }
  const version = raw.formatVersion;
  let skipVersionIssue = false;
  if (version !== undefined && version !== SCENARIO_FORMAT_VERSION) {
    skipVersionIssue = true;
    const tooNew = typeof version === 'number' && version > SCENARIO_FORMAT_VERSION;
    findings.push(
      makeFinding(
        'error',
        'unsupported-format-version',
        `This file is written in scenario format ${JSON.stringify(version)}; this version of Common Ground reads format ${SCENARIO_FORMAT_VERSION}.`,
        tooNew ? 'Update Common Ground, or rewrite the file in the older format.' : `Rewrite the file in format ${SCENARIO_FORMAT_VERSION} (see scenarios/README.md) and set formatVersion: ${SCENARIO_FORMAT_VERSION}.`,
        file,
        at(offsetOfPath(document, ['formatVersion'], false)),
      ),
    );
  }
  const result = ScenarioFrontmatterSchema().safeParse(raw);
  if (result.success) return { frontmatter: skipVersionIssue ? undefined : result.data, raw, keyPositions, findings };
  for (const issue of result.error.issues) {
    if (skipVersionIssue && formatSchemaPath(issue.path) === 'formatVersion') continue;
    let offset: number | undefined;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        findings.push(makeFinding('error', 'schema', describeSchemaIssue({ ...issue, keys: [key] }), hintFor(issue.path, key), file, at(offsetOfKey(document, issue.path, key) ?? offsetOfPath(document, issue.path, false))));
      }
      continue;
    }
    const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
    offset = offsetOfPath(document, issue.path, missing);
    findings.push(makeFinding('error', 'schema', describeSchemaIssue(issue), hintFor(issue.path), file, at(offset)));
  }
  return { frontmatter: undefined, raw, keyPositions, findings };
}

const fieldHints: Record<string, string> = {
  formatVersion: `Write formatVersion: ${SCENARIO_FORMAT_VERSION}.`,
  raised: 'Write the London date and time the disagreement is raised, e.g. raised: 2026-12-18T10:00.',
  audience: 'Write audience: child or audience: adult.',
  topics: 'Pick topics from the list in scenarios/README.md, e.g. topics: [case-closure, threshold].',
  provenance: 'Give basis (fictional or composite of resolved cases), author and reviewed (YYYY-MM-DD).',
  cast: 'List every named fictional person with a name and a role, e.g. - name: Maya / role: the child, aged 7.',
  estimatedMinutes: 'Give a whole number of minutes, e.g. estimatedMinutes: 20.',
  acknowledgements: 'Each acknowledgement needs kind, text and reason.',
};

function hintFor(path: readonly (string | number)[], unknownKey?: string): string {
  if (unknownKey !== undefined) {
    return 'Check the spelling against the field list in scenarios/README.md, or remove the field.';
  }
  const top = typeof path[0] === 'string' ? path[0] : '';
  return fieldHints[top] ?? 'See the frontmatter reference in scenarios/README.md.';
}
