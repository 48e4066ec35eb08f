import { readFileSync } from 'node:fs';
import { structuralFindings } from './structural-findings.js';
import { describe, expect, it } from 'vitest';
import { builtInProtocols } from '../../../engine/protocol/built-in-protocols.js';
import { formatFinding, type Finding } from '../../../engine/scenario/finding.js';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';
import { checkScenarioSource, validateScenario } from '../../../engine/scenario/validate-scenario.js';
import { FRONTMATTER, buildScenarioSource } from './scenario-source-builder.js';

const validSmall = readFileSync('tests/fixtures/scenario/valid-small.mdx', 'utf8');
const check = (source: string) => structuralFindings(checkScenarioSource(source, 'test.mdx').findings);
const codesOf = (findings: Finding[]) => findings.map((finding) => finding.code);
const endings = `
<Ending id="good-end" outcome="good" resolvedAt={1}>

Good.

</Ending>

<Ending id="mixed-end" outcome="mixed">

Mixed.

</Ending>

<Ending id="poor-end" outcome="poor">

Poor.

</Ending>
`;
const scene = (id: string, stage: number, body: string, extra = '') => `<Scene id="${id}" stage={${stage}}${extra}>\n\n${body}\n\n</Scene>\n`;
const choice = (id: string, to: string, extra = '', feedback = '<Feedback cite="stage-1">\nBecause.\n</Feedback>') =>
  `<Choice id="${id}" to="${to}"${extra}>\nDo ${id}.\n\n${feedback}\n</Choice>`;
const allEndings = [choice('g', 'good-end'), choice('m', 'mixed-end'), choice('p', 'poor-end')].join('\n\n');
const file = (...scenes: string[]) => `${FRONTMATTER}\n${scenes.join('\n')}${endings}`;

describe('checkScenarioSource', () => {
  it('finds nothing wrong with a valid scenario', () => {
    expect(check(validSmall)).toEqual([]);
    expect(check(file(scene('a', 1, allEndings)))).toEqual([]);
  });

  it('reports unknown targets, dead ends and unreachable scenes and endings', () => {
    const findings = check(file(scene('a', 1, [choice('x', 'nowhere'), allEndings].join('\n\n')), scene('island', 1, 'No way on.')));
    expect(codesOf(findings)).toEqual(expect.arrayContaining(['unknown-target', 'dead-end', 'unreachable-scene']));
    const unreachableEnding = check(file(scene('a', 1, [choice('g', 'good-end'), choice('m', 'mixed-end')].join('\n\n'))));
    expect(unreachableEnding.find((finding) => finding.code === 'unreachable-ending')?.message).toContain('poor-end');
  });

  it('reports a loop with no way out, once, at its first scene', () => {
    const findings = check(file(scene('a', 1, [choice('to-b', 'b'), allEndings].join('\n\n')), scene('b', 1, choice('to-c', 'c')), scene('c', 1, choice('back', 'b'))));
    const loops = findings.filter((finding) => finding.code === 'inescapable-loop');
    expect(loops).toHaveLength(1);
    expect(loops[0]?.message).toContain('"b", "c"');
  });

  it('accepts a loop that has a way out', () => {
    expect(check(file(scene('a', 1, [choice('to-b', 'b'), allEndings].join('\n\n')), scene('b', 1, [choice('back', 'a'), choice('out', 'good-end')].join('\n\n'))))).toEqual([]);
  });

  it('forbids skipping forward more than one stage unless the choice is a mistake with feedback', () => {
    const skip = check(file(scene('a', 2, [choice('jump', 'panel'), allEndings].join('\n\n')), scene('panel', 5, allEndings.replaceAll('id="', 'id="p-'))));
    expect(skip.find((finding) => finding.code === 'forbidden-stage-move')?.message).toContain('from stage 2 to stage 5');
    const asMistake = check(file(scene('a', 2, [choice('jump', 'panel', ' mistake'), allEndings].join('\n\n')), scene('panel', 5, allEndings.replaceAll('id="', 'id="p-'))));
    expect(codesOf(asMistake)).not.toContain('forbidden-stage-move');
  });

  it('allows staying, escalating one stage, going down, and entering an immediate-risk scene from any stage', () => {
    const findings = check(
      file(
        scene('a', 1, [choice('up', 'b'), choice('risk', 'danger'), allEndings].join('\n\n')),
        scene('b', 2, [choice('down', 'a'), choice('stay', 'b2')].join('\n\n')),
        scene('b2', 2, allEndings.replaceAll('id="', 'id="b2-')),
        scene('danger', 6, allEndings.replaceAll('id="', 'id="d-'), ' immediateRisk'),
      ).replace('topics: [case-closure]', 'topics: [case-closure, immediate-risk, escalation-panel]'),
    );
    expect(findings).toEqual([]);
  });

  it('reads the number of stages from the protocol', () => {
    const findings = check(file(scene('a', 8, allEndings)));
    expect(findings.find((finding) => finding.code === 'stage-out-of-range')?.message).toContain('7 stages');
    const { scenario } = parseScenario(file(scene('a', 5, allEndings)), 'test.mdx');
    const ny = builtInProtocols['north-yorkshire']!;
    const fourStages = { ...ny, id: 'four', stages: ny.stages.slice(0, 4) };
    expect(codesOf(validateScenario(scenario!, { protocol: fourStages }))).toContain('stage-out-of-range');
  });

  it('reports guidance links and citations that name no section, and unknown principles', () => {
    const findings = check(file(scene('a', 1, `See [this](guidance:stage-9).\n\n${choice('x', 'good-end', '', '<Feedback cite="stage-1 nope" shows="kindness">\nNo.\n</Feedback>')}\n\n${allEndings}`)));
    expect(findings.filter((finding) => finding.code === 'unknown-guidance-section').map((finding) => finding.message)).toEqual([
      expect.stringContaining('"stage-9"'),
      expect.stringContaining('"nope"'),
    ]);
    expect(codesOf(findings)).toContain('unknown-principle');
  });

  it('reports a choice without feedback and a choice without a label', () => {
    const findings = check(file(scene('a', 1, `${choice('x', 'good-end', '', '')}\n\n<Choice id="y" to="good-end">\n\n<Feedback>\nNo label.\n</Feedback>\n</Choice>\n\n${allEndings}`)));
    expect(codesOf(findings)).toEqual(expect.arrayContaining(['missing-feedback', 'missing-label']));
  });

  it('reports bad durations on choices and events', () => {
    const findings = check(file(scene('a', 1, `<Event after="a while">\nTime passes.\n</Event>\n\n${choice('x', 'good-end', ' after="soon"')}\n\n${allEndings}`)));
    expect(findings.filter((finding) => finding.code === 'bad-duration')).toHaveLength(2);
  });

  it('reports an event with `to` alongside choices', () => {
    const findings = check(file(scene('a', 1, `<Event after="1h" to="good-end">\nIt ends.\n</Event>\n\n${allEndings}`)));
    expect(codesOf(findings)).toContain('conflicting-ways-on');
  });

  it('reports mental-capacity steps outside adult scenarios', () => {
    const child = check(file(scene('a', 1, allEndings, ' capacity="joint-assessment"')));
    expect(codesOf(child)).toContain('capacity-misuse');
    const adult = check(file(scene('a', 1, allEndings, ' capacity="joint-assessment"')).replace('audience: child', 'audience: adult').replace('topics: [case-closure]', 'topics: [capacity]'));
    expect(adult).toEqual([]);
  });

  it('warns about too few endings, drafts and topics that do not match', () => {
    const findings = check(`${FRONTMATTER.replace('cast: []', 'cast: []\nstatus: draft')}\n${scene('a', 1, choice('g', 'good-end', ' ', ''))}<Ending id="good-end" outcome="good">\n\nOk.\n\n</Ending>\n`);
    const warnings = findings.filter((finding) => finding.severity === 'warning');
    expect(codesOf(warnings)).toEqual(expect.arrayContaining(['too-few-endings', 'draft']));
    expect(findings.find((finding) => finding.code === 'draft')?.line).toBe(18);
  });

  it('reports duplicate ids of scenes, choices and prompts', () => {
    const findings = check(file(scene('a', 1, `<Record id="n">\nNotes.\n</Record>\n\n<Reflect id="n" phase="after">\nThink.\n</Reflect>\n\n${allEndings}\n\n${choice('g', 'good-end')}`), scene('a', 1, allEndings)));
    expect(findings.filter((finding) => finding.code === 'duplicate-id')).toHaveLength(3);
  });

  it('reports a start that is not a scene', () => {
    const findings = check(file(scene('a', 1, allEndings)).replace('cast: []', 'cast: []\nstart: good-end'));
    expect(findings.find((finding) => finding.code === 'unknown-target')).toMatchObject({ line: 18, column: 1 });
  });

  it('runs extra checks and turns a failing one into a finding', () => {
    const source = file(scene('a', 1, allEndings));
    const extra = () => [{ severity: 'error' as const, code: 'personal-name', message: 'A name.', hint: 'Remove it.', file: 'test.mdx', line: 2, column: 1 }];
    const broken = () => {
      throw new Error('boom');
    };
    const findings = checkScenarioSource(source, 'test.mdx', { extraChecks: [extra, broken] }).findings;
    expect(codesOf(findings).sort()).toEqual(['check-failed', 'personal-name']);
  });

  it('reports every problem in the many-errors fixture at once', () => {
    const source = readFileSync('tests/fixtures/scenario/many-errors.mdx', 'utf8');
    const codes = new Set(codesOf(check(source)));
    for (const code of ['schema', 'unknown-attribute', 'bad-duration', 'forbidden-stage-move', 'missing-feedback', 'duplicate-id', 'unknown-target', 'unknown-guidance-section', 'unknown-principle', 'misplaced-component', 'unknown-component', 'dead-end', 'stage-out-of-range', 'inescapable-loop', 'unreachable-scene', 'unreachable-ending', 'capacity-misuse', 'expression-not-allowed', 'content-outside-scene', 'draft', 'too-few-endings']) {
      expect(codes, code).toContain(code);
    }
  });
});

describe('validateScenario', () => {
  it('checks a parsed scenario without its source and agrees with checkScenarioSource', () => {
    const source = buildScenarioSource([{ id: 'a', stage: 1, choices: [{ id: 'c', to: 'nowhere' }] }], [{ id: 'e', outcome: 'good' }]);
    const { scenario } = parseScenario(source, 'built.mdx');
    expect(validateScenario(scenario!)).toEqual(checkScenarioSource(source, 'built.mdx').findings);
  });
});

describe('formatFinding', () => {
  it('writes file:line:column, the severity, the message and an indented hint', () => {
    expect(formatFinding({ severity: 'error', code: 'dead-end', message: 'Stuck.', hint: 'Add a choice.', file: 'a.mdx', line: 3, column: 7 })).toBe('a.mdx:3:7: error: Stuck.\n  hint: Add a choice.');
  });
});
