/**
 * Reads a case timeline file: YAML with node ranges (so every problem has a
 * line and column), the schema, the protocol's stages, and the personal-data
 * guard over every string, since a case file must never hold names or other
 * identifying details. Never throws; see `readCaseFile` for the throwing form.
 */
import type { SourcePoint } from '../kernel/line-index.js';
import { readFormat } from '../kernel/format-version.js';
import { readYaml, YAML_ALIAS_HINT } from '../kernel/yaml-document.js';
import { scanForPersonalData } from '../privacy/scan-for-personal-data.js';
import { DEFAULT_PROTOCOL, builtInProtocols } from '../protocol/built-in-protocol-data.js';
import { findProtocol, type ProtocolCatalogue } from '../protocol/protocol-catalogue.js';
import { stageByNumber, stageNumbersChoice } from '../protocol/stage-by-number.js';
import { locateSchemaIssues } from '../kernel/schema-issues.js';
import { makeFinding, sortFindings, type Finding } from '../scenario/finding.js';
import { limitFinding } from '../scenario/limit-finding.js';
import type { FindingCode } from '../scenario/finding-codes.js';
import { CaseFileError } from './case-error.js';
import { caseEventKindsOf, stageOfEventKind } from './case-event-kinds.js';
import { CASE_FORMAT, CASE_FORMAT_VERSION, CaseFileSchema, type CaseFile } from './case-file.schema.js';

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
  const findings: Finding[] = [];
  const add = (code: FindingCode, message: string, hint: string, at: SourcePoint) => findings.push(makeFinding('error', code, message, hint, file, at));

  const read = readYaml({ text });
  if (!read.ok) {
    for (const problem of read.problems) {
      if ('cap' in problem) findings.push(limitFinding(problem.kind, problem.cap, 'The case file', file, problem.at));
      else if (problem.kind === 'syntax') add('yaml-syntax', `The case file is not valid YAML: ${problem.message}`, 'Check the indentation and quoting near here; text containing a colon followed by a space needs quotes.', problem.at);
    }
    if (!read.positions) return { findings: sortFindings(findings) };
  }

  // Personal data first: it is checked on every string, valid file or not.
  // (A file whose aliases cannot be expanded still has its strings scanned.)
  for (const { text: value, at } of read.positions?.stringValues() ?? []) {
    for (const found of scanForPersonalData(value, { startLine: at.line, startColumn: at.column })) {
      findings.push({ severity: 'error', code: 'personal-data', message: found.message, hint: `${found.suggestion} Case files name agencies by role and people not at all.`, file, line: found.line, column: found.column });
    }
  }

  if (!read.ok) {
    for (const problem of read.problems) if (!('cap' in problem)) add('yaml-syntax', `The case file could not be read: ${problem.message}`, YAML_ALIAS_HINT, problem.at);
    return { findings: sortFindings(findings) };
  }
  const { positions } = read;
  const data = read.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    add('schema', 'The case file should be a set of `field: value` lines.', `Start with audience, raised, agencies and events. ${FORMAT_HINT}`, { line: 1, column: 1 });
    return { findings: sortFindings(findings) };
  }
  // A file without formatVersion is in the current format; one in an older
  // format that is still read is brought up to date before it is checked.
  const written = data as Record<string, unknown>;
  const version = written.formatVersion;
  const reading = version === undefined ? undefined : readFormat(written, CASE_FORMAT);
  if (reading !== undefined && reading.status !== 'readable') {
    const tooNew = reading.status === 'too-new';
    add(
      'unsupported-format-version',
      `This case file is written in format ${JSON.stringify(version)}; this version of Common Ground reads format ${CASE_FORMAT_VERSION}.`,
      tooNew ? 'Update Common Ground, or rewrite the file in the older format.' : `Rewrite it in format ${CASE_FORMAT_VERSION} and set formatVersion: ${CASE_FORMAT_VERSION}.`,
      positions.pointOf(['formatVersion']),
    );
    return { findings: sortFindings(findings) };
  }

  const result = CaseFileSchema().safeParse(reading?.data ?? written);
  if (!result.success) {
    for (const issue of locateSchemaIssues(result.error.issues, positions, 'The case file')) {
      const hint = issue.unknownKey === undefined ? hintFor(issue.path) : 'Check the spelling against the field list in scenarios/README.md, or remove it.';
      add('schema', issue.sentence, hint, issue.at);
    }
    return { findings: sortFindings(findings) };
  }

  const caseFile = result.data;
  const protocol = findProtocol(caseFile.protocol, options.protocols);
  if (!protocol) {
    const known = Object.keys(options.protocols ?? builtInProtocols);
    add('unknown-protocol', `There is no protocol called "${caseFile.protocol}".`, `Use one of: ${known.join(', ')}; or load your partnership's protocol file with --protocol FILE.`, positions.pointOf(['protocol']));
  } else {
    const stages = protocol.stages.length;
    const stageChoice = stageNumbersChoice(protocol);
    const kinds = caseEventKindsOf(protocol);
    if (!Object.hasOwn(protocol.routes, caseFile.audience)) {
      add('unknown-route', `${protocol.name} has no route for audience "${caseFile.audience}".`, `Use one of: ${Object.keys(protocol.routes).join(', ')}.`, positions.pointOf(['audience']));
    }
    caseFile.events.forEach((event, index) => {
      if (!kinds.has(event.kind)) {
        const stageKinds = [...kinds.keys()].filter((kind) => kinds.get(kind)?.stage !== undefined && !/^stage-\d+/.test(kind));
        add('unknown-event-kind', `Event ${index + 1} has the kind "${event.kind}", which ${protocol.name} does not have.`, `Use one of: ${[...stageKinds, ...[...kinds.keys()].filter((kind) => kinds.get(kind)?.stage === undefined)].join(', ')}; or stage-N and stage-N-concluded for stage N.`, positions.pointOf(['events', index, 'kind']));
        return;
      }
      const stage = event.kind === 'resolved' ? event.stage : stageOfEventKind(kinds, event.kind);
      if (stage !== undefined && !stageByNumber(protocol, stage)) {
        add('stage-out-of-range', `Event ${index + 1} (${event.kind}) is at stage ${stage}, but ${protocol.name} has ${stages} stages.`, `Use ${stageChoice}, or an event kind of one of those stages.`, positions.pointOf(['events', index, event.kind === 'resolved' ? 'stage' : 'kind']));
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
