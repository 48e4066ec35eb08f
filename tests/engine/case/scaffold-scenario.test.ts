import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditCase, checkScenarioSource, scaffoldScenario, choose, startSession, viewSession, type CaseFile } from '../../../engine/index.js';
import { applyDuration } from '../../../engine/scenario/apply-duration.js';
import { parseDuration } from '../../../engine/scenario/parse-duration.js';
import type { ScenarioChoice } from '../../../engine/scenario/scenario-model.js';
import { readCaseFile } from '../../../engine/case/parse-case-file.js';
import { caseYaml } from './helpers/case-yaml.js';

function scaffoldFrom(caseFile: CaseFile) {
  const audit = auditCase(caseFile);
  const text = scaffoldScenario(caseFile, audit, { today: '2027-05-20', caseFileName: 'test.case.yaml' });
  return { audit, text, ...checkScenarioSource(text, 'scenarios/draft.mdx') };
}

const bundled = (name: string) => readCaseFile(readFileSync(`scenarios/cases/${name}`, 'utf8'), name);

describe('scaffoldScenario', () => {
  for (const name of ['on-time.case.yaml', 'missed-deadlines.case.yaml']) {
    it(`writes a draft from ${name} that passes the validator with warnings only`, () => {
      const { findings, scenario } = scaffoldFrom(bundled(name));
      expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      expect(findings.map((finding) => finding.code)).toContain('draft');
      expect(scenario?.frontmatter).toMatchObject({ status: 'draft', provenance: { basis: 'composite of resolved cases', reviewed: '2027-05-20' }, cast: [] });
    });
  }

  it('has a decision point at each stage reached, each with a recommended and a poor choice', () => {
    const { scenario, audit } = scaffoldFrom(bundled('missed-deadlines.case.yaml'));
    const scenes = Object.values(scenario!.scenes);
    expect(scenes.map((scene) => scene.stage)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(audit.highestStage).toBe(7);
    for (const scene of scenes) {
      expect(scene.choices.filter((choice) => choice.recommended)).toHaveLength(1);
      expect(scene.choices.some((choice) => choice.mistake && choice.to === 'poor-outcome')).toBe(true);
    }
  });

  it('follows the real timeline: on the recommended path each stage starts and ends when it really did', () => {
    const { scenario, audit } = scaffoldFrom(bundled('missed-deadlines.case.yaml'));
    const advance = (clock: string, text: string | undefined) => {
      if (text === undefined) return clock;
      const parsed = parseDuration(text);
      if (!parsed.ok) throw new Error(parsed.message);
      return applyDuration(clock, parsed.duration);
    };
    let clock = audit.raised;
    let id: string | undefined = scenario!.start;
    const entered: Record<string, string> = {};
    const left: Record<string, string> = {};
    while (id && scenario!.scenes[id]) {
      const scene = scenario!.scenes[id]!;
      entered[id] = clock;
      for (const event of scene.events) clock = advance(clock, event.afterText);
      // The runner ends a stage when the choice leaving it is taken.
      left[id] = clock;
      const choice: ScenarioChoice = scene.choices.find((candidate) => candidate.recommended)!;
      clock = advance(clock, choice.afterText);
      id = choice.to;
    }
    for (const stage of audit.stages) {
      expect(entered[`stage-${stage.stage}`], `stage ${stage.stage} start`).toBe(stage.started);
      expect(left[`stage-${stage.stage}`], `stage ${stage.stage} end`).toBe(stage.ended);
    }
    expect(id).toBe('real-outcome');
    // The last stage ends where the real stage 7 ended: the panel's recommendations.
    expect(clock).toBe('2027-04-12T09:00:00.000+01:00');
  });

  it('meets and misses the same deadlines as the real case when the runner plays the recommended path', () => {
    for (const name of ['on-time.case.yaml', 'missed-deadlines.case.yaml']) {
      const { scenario, audit } = scaffoldFrom(bundled(name));
      let session = startSession(scenario!);
      for (let id = scenario!.start; scenario!.scenes[id]; ) {
        const choice = scenario!.scenes[id]!.choices.find((candidate) => candidate.recommended)!;
        session = choose(scenario!, session, choice.id);
        id = choice.to;
      }
      const { deadlines } = viewSession(scenario!, session);
      const ids = (views: { checkId: string }[]) => views.map((view) => view.checkId).filter((id) => !id.endsWith('.target')).sort();
      expect(ids(deadlines.met), name).toEqual([...audit.met].sort());
      expect(ids(deadlines.missed), name).toEqual([...audit.missed].sort());
    }
  });

  it('writes time inside stage 1 in hours and the gaps between stages in working days where a day passes', () => {
    const { text } = scaffoldFrom(bundled('missed-deadlines.case.yaml'));
    expect(text).toContain('<Event after="100h">');
    expect(text).toContain('<Choice id="stage-2-next-step" to="stage-3" after="2 working days 1h" recommended>');
    expect(text).toContain('<Choice id="stage-4-next-step" to="stage-5" after="1 working day 19h" recommended>');
  });

  it('gives the real outcome, a poor one and a third: mixed when the case was on time, good when it was late', () => {
    const onTime = scaffoldFrom(bundled('on-time.case.yaml')).scenario!;
    expect(Object.values(onTime.endings).map((ending) => [ending.id, ending.outcome, ending.resolvedAt])).toEqual([
      ['real-outcome', 'good', 4],
      ['mixed-outcome', 'mixed', 4],
      ['poor-outcome', 'poor', undefined],
    ]);
    const late = scaffoldFrom(bundled('missed-deadlines.case.yaml')).scenario!;
    expect(Object.values(late.endings).map((ending) => ending.outcome).sort()).toEqual(['good', 'mixed', 'poor']);
  });

  it('marks the places for the author as plain Markdown blockquotes, not MDX comments', () => {
    const { text } = scaffoldFrom(bundled('on-time.case.yaml'));
    expect(text.match(/^> \*\*Author:\*\*/gm)?.length).toBeGreaterThanOrEqual(8);
    expect(text).not.toContain('{/*');
  });

  it('stays valid for a case that skipped a stage, noted immediate risk and was never resolved', () => {
    const caseFile = readCaseFile(
      caseYaml({
        raised: '2026-12-18T10:00',
        events: [
          ['2026-12-18T15:00', 'stage1-concluded', 'summary: "Braces {like this} and <tags> stay text"'],
          ['2026-12-21T09:00', 'line-manager-discussion'],
          ['2026-12-22T09:00', 'immediate-risk', 'by: school'],
          ['2027-01-05T14:00', 'senior-escalation'],
        ],
      }),
      'test.case.yaml',
    );
    const { findings, scenario, text } = scaffoldFrom(caseFile);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(Object.keys(scenario!.scenes)).toEqual(['stage-1', 'stage-2', 'stage-3', 'stage-4']);
    expect(text).toContain('this step was skipped');
    expect(text).toContain('Immediate risk of harm noted');
    expect(scenario!.endings['real-outcome']?.resolvedAt).toBeUndefined();
    expect(scenario!.frontmatter.topics).toContain('holidays');
  });
});
