/**
 * Loads a protocol file's parsed JSON: checks the format version first (so a
 * newer file says "too new" rather than listing strange fields), then the
 * shape, then the cross-references. The first problem becomes a
 * {@link ProtocolError} naming the file and the JSON path.
 */
import { DEFAULT_PROTOCOL } from './built-in-protocol-data.js';
import { checkProtocolReferences } from './check-protocol-references.js';
import { deepFreeze } from './deep-freeze.js';
import { describeProtocolSchemaIssue, formatJsonPath } from './describe-schema-issue.js';
import { ProtocolError } from './protocol-error.js';
import { PROTOCOL_FORMAT_VERSION, ProtocolSchema, type Protocol } from './protocol.schema.js';

function andMore(count: number): string {
  if (count <= 1) return '';
  const rest = count - 1;
  return ` (There ${rest === 1 ? 'is 1 more problem' : `are ${rest} more problems`} after this one.)`;
}

function checkFormatVersion(data: unknown, origin: string): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ProtocolError(
      `${origin}: a protocol file must hold one JSON object, not ${Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`}.`,
      `Start from a copy of a built-in protocol: \`common-ground protocol show ${DEFAULT_PROTOCOL} --json\` prints one.`,
      origin,
    );
  }
  const version = (data as Record<string, unknown>).formatVersion;
  if (version === undefined) {
    throw new ProtocolError(
      `${origin}: formatVersion is missing, so the file's format cannot be checked.`,
      `Add "formatVersion": ${PROTOCOL_FORMAT_VERSION} at the top of the file.`,
      origin,
      'formatVersion',
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ProtocolError(
      `${origin}: formatVersion is ${JSON.stringify(version)}, which is not a format version.`,
      `Set "formatVersion": ${PROTOCOL_FORMAT_VERSION}.`,
      origin,
      'formatVersion',
    );
  }
  if (version > PROTOCOL_FORMAT_VERSION) {
    throw new ProtocolError(
      `${origin}: formatVersion ${version} is too new; this version of Common Ground reads format ${PROTOCOL_FORMAT_VERSION}.`,
      'Update Common Ground, or use a protocol file written for this version.',
      origin,
      'formatVersion',
    );
  }
  if (version < PROTOCOL_FORMAT_VERSION) {
    throw new ProtocolError(
      `${origin}: formatVersion ${version} is too old; this version of Common Ground reads format ${PROTOCOL_FORMAT_VERSION}.`,
      `Rewrite the file in the current format, following a built-in protocol (\`common-ground protocol show ${DEFAULT_PROTOCOL} --json\`).`,
      origin,
      'formatVersion',
    );
  }
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
  checkFormatVersion(data, origin);
  const parsed = ProtocolSchema().safeParse(data);
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
