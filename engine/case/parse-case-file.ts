/**
 * Reads a case timeline file: YAML with node ranges (so every problem has a
 * line and column), the schema, the protocol's stages, and the personal-data
 * guard over every string, since a case file must never hold names or other
 * identifying details. Never throws; see `readCaseFile` for the throwing form.
 */
import { yamlDocumentToData, YAML_ALIAS_HINT } from '../yaml/yaml-to-data.js';
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { scanForPersonalData } from '../privacy/scan-for-personal-data.js';
import { DEFAULT_PROTOCOL, builtInProtocols } from '../protocol/built-in-protocol-data.js';
import { findProtocol, type ProtocolCatalogue } from '../protocol/protocol-catalogue.js';
import { describeSchemaIssue, formatSchemaPath } from '../scenario/friendly-error-map.js';
import { makeFinding, sortFindings, type Finding } from '../scenario/finding.js';
import type { FindingCode } from '../scenario/finding-codes.js';
import { CaseFileError } from './case-error.js';
import { caseEventKindsOf, stageOfEventKind } from './case-event-kinds.js';
import { CASE_FORMAT_VERSION, CaseFileSchema, type CaseFile } from './case-file.schema.js';

/** Options for {@link parseCaseFile}. */
export interface ParseCaseFileOptions {
  /** The protocols known by id, to check the case against the one it names; the built-in ones when left out. */
  protocols?: ProtocolCatalogue;
}

/** What {@link parseCaseFile} gives: the checked case (when there are no errors) and every finding. */
export interface CaseFileResult {
  caseFile?: CaseFile;
  findings: Finding[];
}

const FORMAT_HINT = 'See "From a resolved case to a scenario" in scenarios/README.md for the case file format.';

const fieldHints: Record<string, string> = {
  formatVersion: `Write formatVersion: ${CASE_FORMAT_VERSION}, or leave it out.`,
  title: 'Give a short title that identifies nobody, e.g. title: Threshold disagreement before Christmas.',
  audience: "Write one of the protocol's route ids, e.g. audience: child.",
  protocol: `Leave protocol out for ${DEFAULT_PROTOCOL}, or name a protocol loaded with --protocol FILE.`,
  raised: 'Write the London date and time the disagreement was raised, e.g. raised: 2026-12-18T10:00.',
  safetyBy: 'Write the London date and time by which the person had to be safe, e.g. safetyBy: 2026-12-23T17:00, or leave it out.',
  topics: 'Pick topics from the list in scenarios/README.md, or leave topics out.',
  agencies: 'List each agency by role, e.g. - { id: school, role: "Primary school (referring agency)" }.',
  events: 'Give each event at, kind and, where it helps, by and summary, e.g. - { at: 2026-12-18T14:00, kind: stage1-discussion, by: school }.',
};

function hintFor(path: readonly (string | number)[]): string {
  const top = typeof path[0] === 'string' ? path[0] : '';
  if (top === 'events' && path[2] === 'kind') return "Use one of the protocol's event kinds (scenarios/README.md lists North Yorkshire's), or stage-N and stage-N-concluded.";
  if (top === 'events' && path[2] === 'at') return 'Write a London date and time such as 2026-12-18T10:00.';
  return fieldHints[top] ?? FORMAT_HINT;
}

/** The source offset of the node at `path`, or of its nearest existing parent. */
function offsetOfPath(document: Document, path: readonly (string | number)[], missing: boolean): number {
  for (let length = path.length; length > 0; length -= 1) {
    if (missing && length === path.length) continue;
    const node = document.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return isNode(document.contents) && document.contents.range ? document.contents.range[0] : 0;
}

/** The source offset of key `key` in the map at `path`. */
function offsetOfKey(document: Document, path: readonly (string | number)[], key: string): number | undefined {
  const map = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && item.key.value === key && item.key.range) return item.key.range[0];
  }
  return undefined;
}

/** Every string value (not key) in the tree, as [start, end) source ranges. */
function stringRanges(node: Node | null | undefined, out: Array<[number, number]>): void {
  if (!node) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.range) out.push([node.range[0], node.range[1]]);
  } else if (isMap(node)) {
    for (const item of node.items) if (isPair(item)) stringRanges(item.value as Node | null, out);
  } else if (isSeq(node)) {
    for (const item of node.items) stringRanges(item as Node, out);
  }
}

/**
 * Parses and checks a case timeline file's text. Problems come back as
 * findings with the file's line and column and a hint; `caseFile` is set only
 * when there are no errors. Names are never allowed (a case file has no
 * cast), nor any other personal data the guard recognises.
 *
 * @example
 * const { caseFile, findings } = parseCaseFile(text, 'scenarios/cases/on-time.case.yaml');
 * findings.map(formatFinding).join('\n');
 */
export function parseCaseFile(text: string, file: string, options: ParseCaseFileOptions = {}): CaseFileResult {
  const lineCounter = new LineCounter();
  const findings: Finding[] = [];
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const add = (code: FindingCode, message: string, hint: string, offset: number) =>
    findings.push(makeFinding('error', code, message, hint, file, at(offset)));

  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const first = error.message.split('\n')[0] ?? error.message;
      add('yaml-syntax', `The case file is not valid YAML: ${first}`, 'Check the indentation and quoting near here; text containing a colon followed by a space needs quotes.', error.pos[0]);
    }
    return { findings: sortFindings(findings) };
  }

  // Personal data first: it is checked on every string, valid file or not.
  const ranges: Array<[number, number]> = [];
  stringRanges(document.contents as Node | null, ranges);
  for (const [start, end] of ranges) {
    const origin = at(start);
    for (const found of scanForPersonalData(text.slice(start, end), { startLine: origin.line, startColumn: origin.column })) {
      findings.push({ severity: 'error', code: 'personal-data', message: found.message, hint: `${found.suggestion} Case files name agencies by role and people not at all.`, file, line: found.line, column: found.column });
    }
  }

  const read = yamlDocumentToData(document);
  if (!read.ok) {
    add('yaml-syntax', `The case file could not be read: ${read.message}`, YAML_ALIAS_HINT, 0);
    return { findings: sortFindings(findings) };
  }
  const data = read.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    add('schema', 'The case file should be a set of `field: value` lines.', `Start with audience, raised, agencies and events. ${FORMAT_HINT}`, 0);
    return { findings: sortFindings(findings) };
  }
  const raw = data as Record<string, unknown>;
  const version = raw.formatVersion;
  if (version !== undefined && version !== CASE_FORMAT_VERSION) {
    const tooNew = typeof version === 'number' && version > CASE_FORMAT_VERSION;
    add(
      'unsupported-format-version',
      `This case file is written in format ${JSON.stringify(version)}; this version of Common Ground reads format ${CASE_FORMAT_VERSION}.`,
      tooNew ? 'Update Common Ground, or rewrite the file in the older format.' : `Rewrite it in format ${CASE_FORMAT_VERSION} and set formatVersion: ${CASE_FORMAT_VERSION}.`,
      offsetOfPath(document, ['formatVersion'], false),
    );
    return { findings: sortFindings(findings) };
  }

  const result = CaseFileSchema().safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const where = formatSchemaPath(issue.path);
          add('schema', `${where ? `\`${where}\`` : 'The case file'} has a field this format does not know: \`${key}\`.`, `Check the spelling against the field list in scenarios/README.md, or remove it.`, offsetOfKey(document, issue.path, key) ?? offsetOfPath(document, issue.path, false));
        }
        continue;
      }
      const missing = issue.code === 'invalid_type' && issue.received === 'undefined';
      const message = issue.path.length === 0 ? `The case file: ${issue.message}.` : describeSchemaIssue(issue);
      add('schema', message, hintFor(issue.path), offsetOfPath(document, issue.path, missing));
    }
    return { findings: sortFindings(findings) };
  }

  const caseFile = result.data;
  const protocol = findProtocol(caseFile.protocol, options.protocols);
  if (!protocol) {
    const known = Object.keys(options.protocols ?? builtInProtocols);
    add('unknown-protocol', `There is no protocol called "${caseFile.protocol}".`, `Use one of: ${known.join(', ')}; or load your partnership's protocol file with --protocol FILE.`, offsetOfPath(document, ['protocol'], false));
  } else {
    const stages = protocol.stages.length;
    const kinds = caseEventKindsOf(protocol);
    if (!Object.hasOwn(protocol.routes, caseFile.audience)) {
      add('unknown-route', `${protocol.name} has no route for audience "${caseFile.audience}".`, `Use one of: ${Object.keys(protocol.routes).join(', ')}.`, offsetOfPath(document, ['audience'], false));
    }
    caseFile.events.forEach((event, index) => {
      if (!kinds.has(event.kind)) {
        const stageKinds = [...kinds.keys()].filter((kind) => kinds.get(kind)?.stage !== undefined && !/^stage-\d+/.test(kind));
        add('unknown-event-kind', `Event ${index + 1} has the kind "${event.kind}", which ${protocol.name} does not have.`, `Use one of: ${[...stageKinds, ...[...kinds.keys()].filter((kind) => kinds.get(kind)?.stage === undefined)].join(', ')}; or stage-N and stage-N-concluded for stage N.`, offsetOfPath(document, ['events', index, 'kind'], false));
        return;
      }
      const stage = event.kind === 'resolved' ? event.stage : stageOfEventKind(kinds, event.kind);
      if (stage !== undefined && stage > stages) {
        add('stage-out-of-range', `Event ${index + 1} (${event.kind}) is at stage ${stage}, but ${protocol.name} has ${stages} stages.`, `Use a stage from 1 to ${stages}, or an event kind of one of those stages.`, offsetOfPath(document, ['events', index, event.kind === 'resolved' ? 'stage' : 'kind'], false));
      }
    });
  }
  const sorted = sortFindings(findings);
  return sorted.some((finding) => finding.severity === 'error') ? { findings: sorted } : { caseFile, findings: sorted };
}

/**
 * Like {@link parseCaseFile}, but returns the case file or throws.
 *
 * @throws {CaseFileError} carrying the first error's place and hint, and every error.
 * @example
 * const caseFile = readCaseFile(text, 'scenarios/cases/on-time.case.yaml');
 */
export function readCaseFile(text: string, file: string, options: ParseCaseFileOptions = {}): CaseFile {
  const { caseFile, findings } = parseCaseFile(text, file, options);
  if (!caseFile) throw CaseFileError.fromFindings(findings, file);
  return caseFile;
}
