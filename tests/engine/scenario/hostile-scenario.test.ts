/**
 * Scenario files built to break the validator: nesting thousands deep,
 * files too large, lists a thousand levels deep, tens of thousands of
 * fields, times that cannot be played, hexadecimal stages and control
 * characters. Each must come back as located findings, quickly.
 */
import { structuralFindings } from './structural-findings.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUT_CAPS } from '../../../engine/kernel/input-caps.js';
import type { Finding } from '../../../engine/scenario/finding.js';
import { checkScenarioSource } from '../../../engine/scenario/validate-scenario.js';

const valid = readFileSync('tests/fixtures/scenario/valid-small.mdx', 'utf8');
const check = (source: string) => structuralFindings(checkScenarioSource(source, 'hostile.mdx').findings);
const errors = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');
const withFrontmatter = (lines: string) => valid.replace('---\n', `---\n${lines}\n`);
const withBody = (text: string) => valid.replace('Jo listens.', `Jo listens.\n\n${text}\n`);
const lineOf = (source: string, needle: string) => source.slice(0, source.indexOf(needle)).split('\n').length;

/** Runs `work` and fails when it takes longer than `ms`. */
function within<T>(ms: number, work: () => T): T {
  const start = performance.now();
  const result = work();
  expect(performance.now() - start, 'milliseconds taken').toBeLessThan(ms);
  return result;
}

describe('checkScenarioSource on hostile scenarios', () => {
  it('reports frontmatter nested 3,000 deep as too deeply nested, at its line, instead of overflowing the stack', () => {
    const source = withFrontmatter(`x:\n  ${'- '.repeat(3000)}1`);
    expect(source.length).toBeLessThan(9_000);
    const findings = check(source);
    expect(findings.map((finding) => finding.code)).toContain('too-deeply-nested');
    const deep = findings.find((finding) => finding.code === 'too-deeply-nested');
    expect(deep).toMatchObject({ severity: 'error', file: 'hostile.mdx', line: 3 });
    expect(deep?.message).toMatch(/64/);
  });

  it('refuses a file larger than the scenario cap before parsing it, pointing past the cap', () => {
    const source = withBody('x'.repeat(INPUT_CAPS.scenarioFileBytes));
    const findings = within(5_000, () => check(source));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'file-too-large', severity: 'error' });
    expect(findings[0]?.line).toBeGreaterThan(1);
  });

  it('reports a Markdown list 1,000 levels deep at the line that goes too deep, in a few seconds', () => {
    const list = Array.from({ length: 1_000 }, (_, index) => `${' '.repeat(2 * index)}- item`).join('\n');
    const source = withBody(list);
    const findings = within(5_000, () => check(source));
    const deep = findings.find((finding) => finding.code === 'too-deeply-nested');
    expect(deep).toBeDefined();
    expect(deep?.line).toBe(lineOf(source, '- item') + INPUT_CAPS.markdownContainerDepth);
  });

  it('reports lists and quotes nested 3,000 deep on one line, and tags nested 5,000 deep, as too deeply nested', () => {
    for (const body of ['- '.repeat(3_000) + 'x', '> '.repeat(3_000) + 'x', `${'<b>'.repeat(5_000)}x${'</b>'.repeat(5_000)}`]) {
      const findings = within(10_000, () => check(withBody(body)));
      expect(findings.map((finding) => finding.code), body.slice(0, 10)).toContain('too-deeply-nested');
    }
  });

  it('reports each of 40,000 unknown frontmatter fields at its key, in a few seconds', () => {
    const source = withFrontmatter(Array.from({ length: 40_000 }, (_, index) => `field${index}: 1`).join('\n'));
    const findings = within(8_000, () => check(source)).filter((finding) => finding.code === 'schema');
    expect(findings).toHaveLength(40_000);
    expect(findings[39_999]).toMatchObject({ line: 40_001, column: 1 });
  });

  it('refuses a cast larger than the cap at the first name past it', () => {
    const cast = Array.from({ length: INPUT_CAPS.castMembers + 1 }, (_, index) => `  - name: Person ${index}\n    role: a worker`).join('\n');
    const source = valid.replace('cast:\n', `cast:\n${cast}\n`);
    const findings = within(5_000, () => check(source));
    const tooMany = findings.find((finding) => finding.code === 'too-many-items');
    expect(tooMany).toMatchObject({ severity: 'error', line: lineOf(source, `Person ${INPUT_CAPS.castMembers}\n`) });
  });

  it('refuses a raised time the London clocks skip, at the field, saying why', () => {
    const source = valid.replace('raised: 2026-12-18T10:00', 'raised: 2026-03-29T01:30');
    const [finding] = errors(check(source));
    expect(finding).toMatchObject({ code: 'schema', line: lineOf(source, 'raised:'), column: 9 });
    expect(finding?.message).toMatch(/never happens in London/);
  });

  it('refuses raised and disputedDecision times outside the years of the bank-holiday calendar, naming them', () => {
    for (const [field, time] of [['raised', '9999-12-31T23:59'], ['raised', '1990-06-01T10:00'], ['disputedDecision', '2101-01-04T09:00']] as const) {
      const source = field === 'raised' ? valid.replace('raised: 2026-12-18T10:00', `raised: ${time}`) : withFrontmatter(`disputedDecision: ${time}`);
      const [finding] = errors(check(source));
      expect(finding, time).toMatchObject({ code: 'schema', line: lineOf(source, `${field}:`) });
      expect(finding?.message).toMatch(/1995 to 2100/);
    }
  });

  it('refuses hexadecimal and other non-decimal numbers in attributes and the frontmatter', () => {
    for (const stage of ['stage="0x2"', 'stage="1e0"', 'stage={0x2}', 'stage=" 2"', 'stage="0b10"']) {
      const source = valid.replace('<Scene id="friday-morning" stage={1}>', `<Scene id="friday-morning" ${stage}>`);
      expect(errors(check(source)).map((finding) => finding.code), stage).toContain('bad-attribute-value');
    }
    const minutes = valid.replace('estimatedMinutes: 10', 'estimatedMinutes: 0x10');
    expect(errors(check(minutes))).toMatchObject([{ code: 'schema', line: lineOf(minutes, 'estimatedMinutes') }]);
  });

  it('reports control characters in the body and the frontmatter, written or escaped, at their place', () => {
    const source = valid
      .replace('Jo listens.', 'Jo \u0007listens\u001B[2J.')
      .replace('title: A small valid scenario', 'title: "A small \\u202Evalid scenario"')
      .replace('role: Health visitor', 'role: Health\u0085 visitor');
    const found = check(source).filter((finding) => finding.code === 'control-character');
    expect(found.map((finding) => [finding.line, finding.column])).toEqual([
      [lineOf(source, 'title:'), 8],
      [lineOf(source, 'role: Health'), 13],
      [lineOf(source, 'Jo \u0007'), 4],
      [lineOf(source, 'Jo \u0007'), 12],
    ]);
    expect(found.every((finding) => finding.severity === 'error')).toBe(true);
    expect(found[0]?.message).toMatch(/U\+202E/);
  });

  it('accepts tabs, CRLF line endings and a byte-order mark, which are not control characters', () => {
    const source = `\uFEFF${valid.replace('Jo listens.', 'Jo\tlistens.')}`.replace(/\n/g, '\r\n');
    expect(check(source)).toEqual([]);
  });
});
