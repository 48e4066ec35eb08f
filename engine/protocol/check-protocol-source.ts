/**
 * Checks a protocol file's text the way `validate` checks a scenario: every
 * problem at once, each at its `file:line:column` with a hint. The text is
 * read as JSON (or YAML, which is a superset), keeping where every value
 * came from, so a schema problem or a broken cross-reference points at the
 * line that has it. Pure: the caller reads the file.
 */
import { isRecord } from '../kernel/is-record.js';
import { readDataDocument, type DataDocument } from '../calendar/data-document.js';
import { makeFinding, sortFindings, type Finding } from '../scenario/finding.js';
import { limitFindingCode } from '../scenario/limit-finding.js';
import { checkProtocolReferences, type ReferenceProblem } from './check-protocol-references.js';
import { deepFreeze } from './deep-freeze.js';
import { describeProtocolSchemaIssue, formatJsonPath } from './describe-schema-issue.js';
import { ProtocolSchema, type Protocol } from './protocol.schema.js';
import { readProtocolVersion, type ProtocolVersionProblem } from './read-protocol-version.js';

/** What {@link checkProtocolSource} gives: the protocol when there is no problem, and every finding. */
export interface ProtocolSourceResult {
  protocol?: Protocol;
  findings: Finding[];
}

function at(document: DataDocument, path: readonly (string | number)[]): { line: number; column: number } {
  const location = document.locate(path);
  return { line: location.line ?? 1, column: location.column ?? 1 };
}

/** The finding that stops a file from being read at all, placed at formatVersion when that is the problem. */
function versionFinding(document: DataDocument, file: string, problem: ProtocolVersionProblem): Finding {
  const present = isRecord(document.value) && document.value.formatVersion !== undefined;
  const where = at(document, present ? ['formatVersion'] : []);
  return makeFinding('error', problem.field ? 'protocol-version' : 'protocol-schema', problem.sentence, problem.hint, file, where);
}

/**
 * The cross-reference problems of a value that may not have passed the
 * schema: checked as far as its shape allows, so one typo does not hide a
 * broken reference elsewhere in the file.
 */
function referenceProblems(value: unknown): ReferenceProblem[] {
  try {
    return checkProtocolReferences(value as Protocol);
  } catch {
    // Too malformed to follow its references; the schema findings say why.
    return [];
  }
}

/**
 * Reads and checks a protocol file's text.
 *
 * @example
 * const { protocol, findings } = checkProtocolSource(text, 'ours.protocol.json');
 * findings.map(formatFinding); // ['ours.protocol.json:12:9: stages[0].owner is missing. hint: …']
 */
export function checkProtocolSource(text: string, file: string): ProtocolSourceResult {
  const read = readDataDocument(text, file, 'protocol');
  if ('problem' in read) {
    const { kind, message, hint, location } = read.problem;
    const at = { line: location.line ?? 1, column: location.column ?? 1 };
    const code = kind === 'too-large' || kind === 'too-deep' ? limitFindingCode(kind) : 'protocol-syntax';
    return { findings: [makeFinding('error', code, message, hint, file, at)] };
  }
  const { document } = read;
  const versioned = readProtocolVersion(document.value);
  if ('problem' in versioned) return { findings: [versionFinding(document, file, versioned.problem)] };
  const parsed = ProtocolSchema().safeParse(versioned.data);
  const schemaFindings = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const problem = describeProtocolSchemaIssue(issue);
        return makeFinding('error', 'protocol-schema', `${problem.path} ${problem.sentence}.`, problem.hint, file, at(document, issue.path));
      });
  const schemaPaths = parsed.success ? [] : parsed.error.issues.map((issue) => issue.path);
  const references = referenceProblems(parsed.success ? parsed.data : document.value)
    // A cross-reference inside a part that is already malformed would only repeat the schema's complaint.
    .filter((problem) => !schemaPaths.some((path) => path.every((part, index) => problem.path[index] === part)))
    .map((problem) => {
      const path = formatJsonPath(problem.path);
      return makeFinding('error', 'protocol-reference', `${path} ${problem.sentence}.`, problem.hint, file, at(document, problem.path));
    });
  const findings = sortFindings([...schemaFindings, ...references]);
  if (!parsed.success || findings.length > 0) return { findings };
  return { protocol: deepFreeze(parsed.data), findings: [] };
}
