/**
 * The personal-data guard as a scenario validator check: every string in the
 * frontmatter and the whole body are scanned, allowing only the names in the
 * scenario's own `cast` (and `allowNames`), and every finding points at its
 * line and column in the .mdx file.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Finding } from '../scenario/finding.js';
import type { Scenario } from '../scenario/scenario-model.js';
import type { PersonalDataFinding, ScanOptions } from './personal-data-finding.js';
import { scanForPersonalData } from './scan-for-personal-data.js';

/** The frontmatter block: its text, where it starts, and where the body starts. */
interface SplitSource {
  frontmatter: string;
  frontmatterOffset: number;
  bodyOffset: number;
}

// `---` on the first line, then everything up to the next line that is `---`.
const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function splitSource(source: string): SplitSource {
  const match = FRONTMATTER.exec(source);
  if (!match) return { frontmatter: '', frontmatterOffset: 0, bodyOffset: 0 };
  const frontmatterOffset = match[0].indexOf('\n') + 1;
  return { frontmatter: match[1] ?? '', frontmatterOffset, bodyOffset: match[0].length };
}

/** 1-based line and column of an offset in the whole file. */
function positionOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (source.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Every string value (not key) in a YAML tree, as [start, end) source ranges. */
function stringValueRanges(node: Node | null | undefined, out: Array<[number, number]>): void {
  if (!node) return;
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.range) out.push([node.range[0], node.range[1]]);
    return;
  }
  if (isMap(node)) {
    for (const item of node.items) if (isPair(item)) stringValueRanges(item.value as Node | null, out);
    return;
  }
  if (isSeq(node)) for (const item of node.items) stringValueRanges(item as Node, out);
}

function toFinding(found: PersonalDataFinding, file: string): Finding {
  return {
    severity: 'error',
    code: 'personal-data',
    message: found.message,
    hint: found.suggestion,
    file,
    line: found.line,
    column: found.column,
  };
}

/**
 * Scans a scenario's frontmatter strings and body for personal data, with the
 * scenario's `cast`, `acknowledgements` and `allowNames`, and returns each
 * hit as a validator finding (`code: 'personal-data'`, always an error) at
 * its file line and column. Plug it into the validator's `extraChecks`;
 * `checkScenarioSource` runs it by default. With no source text (a scenario
 * built without its file) there is nothing to scan and it returns `[]`.
 *
 * @example
 * checkScenarioSource(text, 'scenarios/x.mdx', { extraChecks: [scenarioPrivacyCheck], privacy: false });
 * scenarioPrivacyCheck(scenario, text);
 * // [{ severity: 'error', code: 'personal-data', message: 'A phone number …', line: 40, column: 12, … }]
 */
export function scenarioPrivacyCheck(scenario: Scenario, source: string): Finding[] {
  if (source === '') return [];
  const { frontmatter: fm, file } = scenario;
  const options: ScanOptions = {
    cast: fm.cast ?? [],
    acknowledged: fm.acknowledgements ?? [],
    allowNames: fm.allowNames ?? [],
  };
  const split = splitSource(source);
  const findings: Finding[] = [];

  if (split.frontmatter !== '') {
    const document = parseDocument(split.frontmatter);
    const ranges: Array<[number, number]> = [];
    stringValueRanges(document.contents as Node | null, ranges);
    for (const [start, end] of ranges) {
      const at = positionOf(source, split.frontmatterOffset + start);
      const text = split.frontmatter.slice(start, end);
      for (const found of scanForPersonalData(text, { ...options, startLine: at.line, startColumn: at.column })) {
        findings.push(toFinding(found, file));
      }
    }
  }

  const body = source.slice(split.bodyOffset);
  const at = positionOf(source, split.bodyOffset);
  for (const found of scanForPersonalData(body, { ...options, startLine: at.line, startColumn: at.column })) {
    findings.push(toFinding(found, file));
  }
  return findings;
}
