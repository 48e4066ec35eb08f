/**
 * Reads the YAML frontmatter with the `yaml` package (which keeps node
 * ranges), checks it against the schema, and points every problem at the
 * line and column of the field in the file.
 */
import { INPUT_CAPS } from '../kernel/input-caps.js';
import { readYaml, YAML_ALIAS_HINT, type YamlPositions } from '../kernel/yaml-document.js';
import { readFormat } from '../kernel/format-version.js';
import { locateSchemaIssues, schemaPath } from '../kernel/schema-issues.js';
import { makeFinding, type Finding, type SourcePoint } from './finding.js';
import { limitFinding } from './limit-finding.js';
import type { LineIndex } from '../kernel/line-index.js';
import { SCENARIO_FORMAT, SCENARIO_FORMAT_VERSION } from './scenario-format.js';
import { ScenarioFrontmatterSchema, type ScenarioFrontmatter } from './scenario.schema.js';

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
  /** Every string value in the frontmatter, as written and as read, and where it starts in the file, for the privacy guard. */
  strings: { text: string; value: string; at: SourcePoint }[];
  findings: Finding[];
}

/** The schema, made once: building it costs more than a small file's check (a third of a millisecond, each of 500 files in a site build). */
let schema: ReturnType<typeof ScenarioFrontmatterSchema> | undefined;
const frontmatterSchema = () => (schema ??= ScenarioFrontmatterSchema());

/**
 * Parses and checks frontmatter YAML. Never throws.
 *
 * @example
 * readFrontmatter({ text: 'title: x\n', offset: 4 }, lines, 'a.mdx');
 */
export function readFrontmatter(source: FrontmatterText, lines: LineIndex, file: string): FrontmatterResult {
  const findings: Finding[] = [];
  // The file as a whole was held to the scenario cap; the frontmatter is part of it.
  const read = readYaml({ text: source.text, offset: source.offset, lines, maxBytes: INPUT_CAPS.scenarioFileBytes });
  if (!read.ok) {
    for (const problem of read.problems) {
      if ('cap' in problem) findings.push(limitFinding(problem.kind, problem.cap, 'The frontmatter', file, problem.at));
      else if (problem.kind === 'syntax') findings.push(makeFinding('error', 'yaml-syntax', `The frontmatter is not valid YAML: ${problem.message}`, 'Check the indentation and quoting near here; text containing a colon followed by a space needs quotes.', file, problem.at));
      else findings.push(makeFinding('error', 'yaml-syntax', `The frontmatter could not be read: ${problem.message}`, YAML_ALIAS_HINT, file, problem.at));
    }
    return { frontmatter: undefined, raw: undefined, keyPositions: {}, strings: [], findings };
  }
  const { data, positions } = read;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    findings.push(makeFinding('error', 'schema', 'The frontmatter should be a set of `field: value` lines.', 'Start with `formatVersion: 1` and `title: …`; see scenarios/README.md.', file, positions.pointOf([])));
    return { frontmatter: undefined, raw: undefined, keyPositions: {}, strings: [], findings };
  }
  const raw = data as Record<string, unknown>;
  const keyPositions = positions.topLevelKeys();
  const strings = positions.stringValues();
  // A missing formatVersion is the schema's to report; one in an older format
  // that is still read is brought up to date before the schema sees it.
  const version = raw.formatVersion;
  const reading = version === undefined ? undefined : readFormat(raw, SCENARIO_FORMAT);
  const skipVersionIssue = reading !== undefined && reading.status !== 'readable';
  if (skipVersionIssue) {
    const tooNew = reading.status === 'too-new';
    findings.push(
      makeFinding(
        'error',
        'unsupported-format-version',
        `This file is written in scenario format ${JSON.stringify(version)}; this version of Common Ground reads format ${SCENARIO_FORMAT_VERSION}.`,
        tooNew ? 'Update Common Ground, or rewrite the file in the older format.' : `Rewrite the file in format ${SCENARIO_FORMAT_VERSION} (see scenarios/README.md) and set formatVersion: ${SCENARIO_FORMAT_VERSION}.`,
        file,
        positions.pointOf(['formatVersion']),
      ),
    );
  }
  const overLimit = listsOverLimit(raw, positions, file);
  findings.push(...overLimit);
  const result = frontmatterSchema().safeParse(reading?.status === 'readable' ? reading.data : raw);
  // A list over its cap is not used, even when each entry is valid: the checks after this grow with its length.
  if (result.success) return { frontmatter: skipVersionIssue || overLimit.length > 0 ? undefined : result.data, raw, keyPositions, strings, findings };
  for (const issue of locateSchemaIssues(result.error.issues, positions)) {
    if (skipVersionIssue && schemaPath(issue.path) === 'formatVersion') continue;
    findings.push(makeFinding('error', 'schema', issue.sentence, hintFor(issue.path, issue.unknownKey), file, issue.at));
  }
  return { frontmatter: undefined, raw, keyPositions, strings, findings };
}

/** The frontmatter lists with a cap on their length, and the cap. */
const LIST_CAPS = {
  cast: INPUT_CAPS.castMembers,
  allowNames: INPUT_CAPS.allowedNames,
  acknowledgements: INPUT_CAPS.acknowledgements,
} as const;

/** A `too-many-items` finding for each capped list longer than its cap, at the first entry past it. */
function listsOverLimit(raw: Record<string, unknown>, positions: YamlPositions, file: string): Finding[] {
  const findings: Finding[] = [];
  for (const [field, cap] of Object.entries(LIST_CAPS)) {
    const list = raw[field];
    if (!Array.isArray(list) || list.length <= cap) continue;
    findings.push(
      makeFinding(
        'error',
        'too-many-items',
        `\`${field}\` has ${list.length.toLocaleString('en-GB')} entries; Common Ground reads at most ${cap}, and this is entry ${cap + 1}.`,
        field === 'cast' ? 'List only the people the story names; a scenario needs a handful.' : `Keep \`${field}\` to the entries this scenario needs.`,
        file,
        positions.pointOf([field, cap]),
      ),
    );
  }
  return findings;
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
