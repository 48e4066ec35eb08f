/**
 * Loads a protocol file's parsed JSON: checks the format version first (so a
 * newer file says "too new" rather than listing strange fields), then the
 * shape, then the cross-references. The first problem becomes a
 * {@link ProtocolError} naming the file and the JSON path.
 */
import { checkProtocolReferences } from './check-protocol-references.js';
import { deepFreeze } from './deep-freeze.js';
import { describeProtocolSchemaIssue, formatJsonPath } from './describe-schema-issue.js';
import { ProtocolError } from './protocol-error.js';
import { ProtocolSchema, type Protocol } from './protocol.schema.js';
import { readProtocolVersion } from './read-protocol-version.js';

function andMore(count: number): string {
  if (count <= 1) return '';
  const rest = count - 1;
  return ` (There ${rest === 1 ? 'is 1 more problem' : `are ${rest} more problems`} after this one.)`;
}

/**
 * Validates parsed protocol JSON and returns it as a frozen {@link Protocol}.
 * `origin` names the file (or built-in name) in messages.
 *
 * @throws {ProtocolError} for the first problem found, with its JSON path in
 * the message and a hint.
 * @example
 * const protocol = loadProtocol(JSON.parse(text), 'partnership.protocol.json');
 * protocol.stages.length; // 7
 */
export function loadProtocol(data: unknown, origin: string): Protocol {
  const versioned = readProtocolVersion(data);
  if ('problem' in versioned) {
    const { sentence, hint, field } = versioned.problem;
    throw new ProtocolError(`${origin}: ${sentence}`, hint, origin, field);
  }
  const parsed = ProtocolSchema().safeParse(versioned.data);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues[0];
    const problem = first
      ? describeProtocolSchemaIssue(first)
      : { path: formatJsonPath([]), sentence: 'is not a protocol', hint: 'Check the file against the schema.' };
    throw new ProtocolError(
      `${origin}: ${problem.path} ${problem.sentence}.${andMore(issues.length)}`,
      problem.hint,
      origin,
      problem.path,
    );
  }
  const problems = checkProtocolReferences(parsed.data);
  const [first] = problems;
  if (first) {
    const path = formatJsonPath(first.path);
    throw new ProtocolError(`${origin}: ${path} ${first.sentence}.${andMore(problems.length)}`, first.hint, origin, path);
  }
  return deepFreeze(parsed.data);
}
