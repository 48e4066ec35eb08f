import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioIdFromFile } from '../../../engine/scenario/parse-scenario.js';
import { checkScenarioSource } from '../../../engine/scenario/validate-scenario.js';
import { FRONTMATTER } from './scenario-source-builder.js';

const validSmall = readFileSync('tests/fixtures/scenario/valid-small.mdx', 'utf8');
const codes = (source: string) => parseScenario(source, 'test.mdx').findings.map((finding) => finding.code);

describe('parseScenario', () => {
  it('builds the scenario graph from a valid file with no findings', () => {
    const { scenario, findings } = parseScenario(validSmall, 'scenarios/valid-small.mdx');
    expect(findings).toEqual([]);
    expect(scenario?.id).toBe('valid-small');
    expect(scenario?.start).toBe('friday-morning');
    expect(scenario?.order).toEqual(['friday-morning', 'the-call', 'line-manager', 'kept-open', 'kept-open-late', 'case-closed']);
    const choice = scenario?.scenes['friday-morning']?.choices[0];
    expect(choice).toMatchObject({ id: 'phone-today', label: 'Phone Jo this afternoon.', to: 'the-call', afterText: '2h', recommended: true, mistake: false });
    expect(choice?.after).toMatchObject({ hours: 2 });
    expect(choice?.feedback).toMatchObject({ cite: ['stage-1', 'proactive-approach'], shows: ['timeliness', 'respectful-challenge'], misses: [] });
    expect(choice?.feedback?.markdown).toBe('Raising it early and directly is **stage 1**.');
    expect(scenario?.endings['kept-open']).toMatchObject({ outcome: 'good', resolvedAt: 1, stage: undefined });
  });

  it('keeps source positions and the narrative as both mdast and Markdown', () => {
    const { scenario } = parseScenario(validSmall, 'valid-small.mdx');
    const scene = scenario?.scenes['friday-morning'];
    expect(scene?.position).toMatchObject({ line: 24, column: 1 });
    expect(scene?.narrative.markdown).toContain('## Friday morning, 18 December');
    expect(scene?.narrative.mdast.children[0]).toMatchObject({ type: 'heading', position: { start: { line: 26, column: 1 } } });
    expect(scene?.items.map((item) => item.kind)).toEqual(['markdown', 'reflect']);
    const call = scenario?.scenes['the-call'];
    expect(call?.items.map((item) => item.kind)).toEqual(['markdown', 'event', 'record']);
    expect(call?.events[0]).toMatchObject({ afterText: '30m', to: undefined });
    expect(call?.events[0]?.text.markdown).toBe("Jo's manager joins the call.");
  });

  it('produces plain JSON that survives a round trip unchanged', () => {
    const { scenario } = parseScenario(validSmall, 'valid-small.mdx');
    expect(JSON.parse(JSON.stringify(scenario))).toEqual(JSON.parse(JSON.stringify(scenario)));
    expect(JSON.stringify(scenario)).not.toContain('estree');
  });

  it('turns MDX syntax errors into a finding at the position micromark reports', () => {
    const source = `${FRONTMATTER}\n<Scene id="a" stage={1}>\n\n<!-- a comment -->\n\n</Scene>\n`;
    const { scenario, findings } = parseScenario(source, 'broken.mdx');
    expect(scenario).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'mdx-syntax', severity: 'error', line: 22, column: 2 });
    expect(findings[0]?.hint).toContain('{/*');
  });

  it('reports a missing frontmatter', () => {
    expect(codes('<Scene id="a" stage={1}>\n\nHi\n\n</Scene>\n')).toContain('missing-frontmatter');
  });

  it('points YAML and schema problems at the line and column of the field', () => {
    const bad = FRONTMATTER.replace('audience: child', 'audience: children').replace('estimatedMinutes: 5', 'estimatedMinutes: 5\ncolour: blue');
    const { findings } = parseScenario(`${bad}\n<Scene id="a" stage={1}>\n\nHi\n\n</Scene>\n`, 'a.mdx');
    // The audience is a route of the scenario's protocol, so the validator (which knows the protocol) checks it, at the same place.
    const checked = checkScenarioSource(`${bad}\n<Scene id="a" stage={1}>\n\nHi\n\n</Scene>\n`, 'a.mdx').findings;
    expect(checked.find((finding) => finding.message.includes('audience'))).toMatchObject({ code: 'unknown-route', line: 5, column: 1 });
    expect(findings.find((finding) => finding.message.includes('colour'))).toMatchObject({ code: 'schema', line: 13, column: 1 });
    const yamlError = parseScenario('---\ntitle: [unclosed\n---\n', 'a.mdx').findings[0];
    expect(yamlError).toMatchObject({ code: 'yaml-syntax' });
    expect(yamlError?.line).toBeGreaterThanOrEqual(2);
  });

  it('reports a format version it does not read, saying which it does', () => {
    const { findings } = parseScenario(FRONTMATTER.replace('formatVersion: 1', 'formatVersion: 2'), 'a.mdx');
    expect(findings[0]).toMatchObject({ code: 'unsupported-format-version', line: 2 });
    expect(findings[0]?.message).toContain('format 1');
  });

  it('reports unknown components and attributes, suggesting the nearest name', () => {
    const { findings } = parseScenario(`${FRONTMATTER}\n<Sceen id="a" stage={1}>\n\nHi\n\n</Sceen>\n\n<Scene id="b" stgae={1}>\n\nHi\n\n</Scene>\n`, 'a.mdx');
    expect(findings.find((finding) => finding.code === 'unknown-component')?.hint).toContain('<Scene>');
    expect(findings.find((finding) => finding.code === 'unknown-attribute')?.hint).toContain('"stage"');
    expect(findings.map((finding) => finding.code)).toContain('missing-attribute');
  });

  it('reports a Choice outside a Scene and a Feedback outside a Choice', () => {
    const source = `${FRONTMATTER}\n<Choice id="c" to="a">\nGo.\n</Choice>\n\n<Scene id="a" stage={1}>\n\n<Feedback>\nNo.\n</Feedback>\n\n</Scene>\n`;
    const misplaced = parseScenario(source, 'a.mdx').findings.filter((finding) => finding.code === 'misplaced-component');
    expect(misplaced.map((finding) => finding.line)).toEqual([20, 26]);
  });

  it('accepts numbers and booleans in braces and refuses other code', () => {
    const source = `${FRONTMATTER}\n<Scene id="a" stage={1} immediateRisk={false}>\n\nHi {name}\n\n</Scene>\n\n<Scene id="b" stage={1 + 1}>\n\nHi\n\n</Scene>\n`;
    const { findings, scenario } = parseScenario(source, 'a.mdx');
    expect(scenario?.scenes.a).toMatchObject({ stage: 1, immediateRisk: false });
    expect(findings.filter((finding) => finding.code === 'expression-not-allowed')).toHaveLength(2);
  });

  it('allows comments written as {/* … */} anywhere', () => {
    const source = `${FRONTMATTER}\n{/* a note */}\n\n<Scene id="a" stage={1}>\n\n{/* another */}\n\nHi\n\n</Scene>\n`;
    expect(codes(source)).toEqual([]);
  });

  it('reads a component written on one line like the multi-line form', () => {
    const source = `${FRONTMATTER}\n<Scene id="a" stage={1}>\n\n<Choice id="c" to="a">\nGo.\n\n<Feedback cite="stage-1">Short.</Feedback>\n</Choice>\n\n</Scene>\n`;
    const { scenario, findings } = parseScenario(source, 'a.mdx');
    expect(findings).toEqual([]);
    expect(scenario?.scenes.a?.choices[0]?.feedback?.markdown).toBe('Short.');
  });

  it('accepts stage="2" and recommended="true" as an author would expect', () => {
    const source = `${FRONTMATTER}\n<Scene id="a" stage="2">\n\n<Choice id="c" to="a" recommended="true">\nGo.\n\n<Feedback>\nOk.\n</Feedback>\n</Choice>\n\n</Scene>\n`;
    const { scenario } = parseScenario(source, 'a.mdx');
    expect(scenario?.scenes.a?.stage).toBe(2);
    expect(scenario?.scenes.a?.choices[0]?.recommended).toBe(true);
  });
});

describe('scenarioIdFromFile', () => {
  it('is the file name without folders or the .mdx extension', () => {
    expect(scenarioIdFromFile('scenarios/closing-too-soon.mdx')).toBe('closing-too-soon');
    expect(scenarioIdFromFile('C:\\work\\x.mdx')).toBe('x');
  });
});
