/**
 * A scenario is checked against the protocol it names: its routes, stages,
 * capacity path, panel stages and citable sections all come from there.
 */
import { structuralFindings } from './structural-findings.js';
import { describe, expect, it } from 'vitest';
import { builtInProtocols, catalogueWith, checkScenarioSource } from '../../../engine/index.js';
import { buildScenarioSource, FRONTMATTER } from './scenario-source-builder.js';

const ENDINGS = [
  { id: 'end-good', outcome: 'good' as const },
  { id: 'end-mixed', outcome: 'mixed' as const },
  { id: 'end-poor', outcome: 'poor' as const },
];

function onTemplate(stages: number[], extra: (source: string) => string = (source) => source): string {
  const scenes = stages.map((stage, index) => ({
    id: `scene-${index}`,
    stage,
    choices: index < stages.length - 1 ? [{ id: `next-${index}`, to: `scene-${index + 1}` }] : ENDINGS.map((ending) => ({ id: `to-${ending.id}`, to: ending.id })),
  }));
  return extra(buildScenarioSource(scenes, ENDINGS).replace('audience: child', 'audience: child\nprotocol: example-template'));
}

const codes = (source: string, options = {}) => structuralFindings(checkScenarioSource(source, 'test.mdx', options).findings).map((finding) => `${finding.code} ${finding.line}`);

describe('checkScenarioSource against the protocol a scenario names', () => {
  it('accepts a four-stage scenario on the example template', () => {
    expect(codes(onTemplate([1, 2, 3, 4], (source) => source.replace('topics: [case-closure]', 'topics: [case-closure, escalation-panel]')))).toEqual([]);
  });

  it('reports a stage 6 in a four-stage protocol at the scene', () => {
    const findings = checkScenarioSource(onTemplate([1, 2, 6]), 'test.mdx').findings;
    expect(findings).toContainEqual(expect.objectContaining({ code: 'stage-out-of-range', message: expect.stringContaining('Example four-stage protocol (a template to adapt) has 4 stages') }));
  });

  it('reports an adult route in a children-only protocol at the audience field', () => {
    const source = onTemplate([1, 2]).replace('audience: child', 'audience: adult');
    const finding = checkScenarioSource(source, 'test.mdx').findings.find((candidate) => candidate.code === 'unknown-route');
    expect(finding).toMatchObject({ line: FRONTMATTER.split('\n').findIndex((line) => line.startsWith('audience:')) + 1, hint: 'Use one of its routes: child.' });
  });

  it("reports a citation of North Yorkshire's stage 7 in a scenario on a four-stage protocol", () => {
    const source = onTemplate([1, 2], (text) => text.replace('Narrative of scene-0.', 'See [the panel](guidance:stage-7).'));
    expect(codes(source).some((code) => code.startsWith('unknown-guidance-section'))).toBe(true);
  });

  it('names the panel stages of the protocol in the topic warning', () => {
    const findings = checkScenarioSource(onTemplate([1, 2, 3, 4]), 'test.mdx').findings;
    expect(findings).toContainEqual(expect.objectContaining({ code: 'topic-mismatch', message: expect.stringContaining('stage 4 of Example four-stage protocol') }));
  });

  it('finds a protocol that is not built in in the catalogue given, and carries it with the scenario', () => {
    const ours = { ...builtInProtocols['example-template']!, id: 'our-partnership', name: 'Our partnership' };
    const source = onTemplate([1, 2]).replace('protocol: example-template', 'protocol: our-partnership');
    expect(codes(source)).toContain('unknown-protocol 6');
    const { scenario, findings } = checkScenarioSource(source, 'test.mdx', { protocols: catalogueWith([ours]) });
    expect(structuralFindings(findings)).toEqual([]);
    expect(scenario?.protocolDefinition?.name).toBe('Our partnership');
  });
});
