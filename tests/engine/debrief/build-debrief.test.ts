import { describe, expect, it } from 'vitest';
import { buildDebrief, choose, continueSession, debriefToMarkdown, startSession, timelineSeries, writeResponse, type Scenario, type Session } from '../../../engine/index.js';
import { adultFixture, childFixture } from '../runner/load-fixture.js';

const scenario = childFixture();

function play(target: Scenario, moves: string[], from: Session = startSession(target)): Session {
  return moves.reduce((session, move) => (move === 'continue' ? continueSession(target, session) : choose(target, session, move)), from);
}

describe('buildDebrief', () => {
  const written = writeResponse(scenario, startSession(scenario), 'plan', 'Share what Maya said at breakfast club.');
  const recommended = writeResponse(scenario, play(scenario, ['talk', 'continue'], written), 'notes', 'Review in four weeks; joint visit Tuesday.');
  const debrief = buildDebrief(scenario, choose(scenario, recommended, 'agree'));

  it('names the scenario, the ending and when it was reached', () => {
    expect(debrief.scenario).toMatchObject({ id: 'runner-child', title: 'Runner fixture', audience: 'child', role: 'Health visitor' });
    expect(debrief.ending).toMatchObject({ id: 'settled', outcome: 'good', resolvedAt: 1, stage: 1, atLabel: 'Fri 18 Dec 2026, 13:30' });
    expect(debrief.protocolName).toBe('North Yorkshire Professional Resolutions');
  });

  it('lists the path with times, feedback citations and whether each move was recommended', () => {
    expect(debrief.path.map((step) => [step.number, step.atLabel, step.label, step.recommended])).toEqual([
      [1, 'Fri 18 Dec 2026, 10:00', 'Phone Jo Reilly this morning.', true],
      [2, 'Fri 18 Dec 2026, 13:00', 'Continue', false],
      [3, 'Fri 18 Dec 2026, 13:00', 'Agree a review date.', true],
    ]);
    expect(debrief.path[0]?.feedback?.citations[0]?.title).toBe('Stage 1: talk it through between the agencies');
    expect(debrief.leftRecommendedPath).toBeNull();
  });

  it("sets each stage's deadlines against what happened", () => {
    const stage1 = debrief.stages[0];
    expect(stage1?.deadlines.map((deadline) => [deadline.checkId, deadline.status, deadline.summary])).toEqual([
      ['1.target', 'aim', 'An aim, not scored: the stage was resolved Fri 18 Dec 2026, 13:30, within the aim (Sat 19 Dec 2026, 10:00). Only the later limit can be missed.'],
      ['1.limit', 'met', 'Met: Fri 18 Dec 2026, 13:30 (due Tue 22 Dec 2026, 10:00)'],
    ]);
    expect(debrief.stages[1]?.deadlines[0]?.status).toBe('not-reached');
    expect(debrief.stages[1]?.reached).toBe(false);
  });

  it("keeps the learner's reflections and records with their prompts", () => {
    expect(debrief.responses).toEqual([
      { id: 'plan', kind: 'reflect', phase: 'before', sceneId: 'start', prompt: 'What do you want from the call?', text: 'Share what Maya said at breakfast club.' },
      { id: 'notes', kind: 'record', phase: undefined, sceneId: 'record-it', prompt: 'Write down what was agreed.', text: 'Review in four weeks; joint visit Tuesday.' },
    ]);
  });

  it('aggregates the principles shown and missed', () => {
    const byId = Object.fromEntries(debrief.principles.map((principle) => [principle.id, principle.status]));
    expect(byId).toEqual({ 'person-at-centre': 'not-tested', timeliness: 'shown', 'respectful-challenge': 'shown', 'professional-curiosity': 'not-tested', recording: 'shown' });
  });

  it('gives the learning subgroup for the route once resolved', () => {
    expect(debrief.learning).toMatchObject({ subgroup: 'NYSCP Practice and Learning Subgroup', applies: true });
    expect(debrief.learning.summary).toContain('NYSCP Practice and Learning Subgroup');
  });

  it('finds where the learner left the recommended path and flags skipped stages', () => {
    const jumped = buildDebrief(scenario, play(scenario, ['jump', 'wait-partnership']));
    expect(jumped.leftRecommendedPath).toEqual({ stepNumber: 1, sceneId: 'start', chosen: 'Email the partnership straight away.', recommended: 'Phone Jo Reilly this morning.' });
    expect(jumped.deviations.map((deviation) => deviation.message)).toEqual(['skipped stages 2–4']);
    expect(jumped.stages.filter((stage) => stage.skipped).map((stage) => stage.stage)).toEqual([2, 3, 4]);
    expect(jumped.stages[2]?.deadlines[0]?.status).toBe('skipped');
    expect(jumped.learning.applies).toBe(false);
  });

  it('says timescales were no reason to wait when immediate risk was identified', () => {
    const risky = buildDebrief(scenario, play(scenario, ['talk', 'continue', 'escalate', 'dsl', 'risk', 'act']));
    expect(risky.immediateRisk).toMatchObject({ sceneId: 'danger', identifiedAtLabel: 'Mon 21 Dec 2026, 09:30' });
    expect(risky.immediateRisk?.message).toContain('never a reason to wait');
  });

  it('records the capacity path on the adult route, agreed at the ending', () => {
    const adult = adultFixture();
    const settled = buildDebrief(adult, play(adult, ['support', 'joint', 'agree']));
    expect(settled.capacity?.steps.map((step) => [step.id, step.startedAtLabel])).toEqual([
      ['support-decision', 'Tue 9 Feb 2027, 15:00'],
      ['joint-assessment', 'Tue 9 Feb 2027, 16:00'],
    ]);
    expect(settled.capacity?.agreedAt).toBe('2027-02-09T17:00:00.000+00:00');
    const court = buildDebrief(adult, play(adult, ['support', 'joint', 'court', 'done']));
    expect(court.capacity?.steps.map((step) => step.id)).toEqual(['support-decision', 'joint-assessment', 'reassessment', 'court-of-protection']);
    expect(court.capacity?.agreedAt).toBeNull();
    expect(court.learning.subgroup).toBe('NYSAB Learning and Review Subgroup');
  });

  it('has no ending for an unfinished session', () => {
    expect(buildDebrief(scenario, play(scenario, ['talk'])).ending).toBeNull();
  });
});

describe('debriefToMarkdown', () => {
  const session = writeResponse(scenario, play(scenario, ['talk', 'continue']), 'notes', 'Review in four weeks.');
  const markdown = debriefToMarkdown(buildDebrief(scenario, choose(scenario, session, 'agree')));
  const lines = markdown.split('\n');

  it('writes a titled document with the outcome and the deadline table', () => {
    expect(lines[0]).toBe('# Debrief: Runner fixture');
    expect(lines).toContain('**Good outcome**: resolved at stage 1 on Fri 18 Dec 2026, 13:30.');
    expect(lines).toContain('| Stage | Deadline | Due | Status | What happened |');
    expect(lines).toContain('| 1 | Aim to resolve | Sat 19 Dec 2026, 10:00 | Aim (not scored) | An aim, not scored: the stage was resolved Fri 18 Dec 2026, 13:30, within the aim (Sat 19 Dec 2026, 10:00). Only the later limit can be missed. |');
    expect(lines).toContain('| 1 | Resolve at the latest | Tue 22 Dec 2026, 10:00 | Met | Met: Fri 18 Dec 2026, 13:30 (due Tue 22 Dec 2026, 10:00) |');
    expect(lines).toContain('| 3 | Resolve or escalate | – | Not reached | Not reached |');
  });

  it('lists the path and quotes the reflections', () => {
    expect(lines).toContain('1. **Fri 18 Dec 2026, 10:00**, stage 1: Phone Jo Reilly this morning. _(recommended)_');
    expect(lines).toContain('> Review in four weeks.');
    expect(markdown).toContain('](/guidance/resolution-process/#stage-1)');
    expect(markdown).not.toContain('](guidance:');
    expect(markdown.endsWith('\n')).toBe(true);
  });
});

describe('timelineSeries', () => {
  it('gives stage bands and deadline markers in ms after raised', () => {
    const series = timelineSeries(buildDebrief(scenario, play(scenario, ['talk', 'continue', 'escalate', 'dsl'])));
    const hour = 3_600_000;
    expect(series.raised).toBe('2026-12-18T10:00:00.000+00:00');
    expect(series.bands).toEqual([
      // A stage ends when the choice to escalate is taken, and the next begins
      // when the choice's time has passed: stage 1 ends at 3 h (the call takes
      // an hour), stage 2 ends at 4 h and stage 3 begins at 71 h.
      { stage: 1, title: 'Talk it through between the agencies', startMs: 0, endMs: 3 * hour },
      { stage: 2, title: 'Discuss with your line manager', startMs: 4 * hour, endMs: 4 * hour },
      { stage: 3, title: "Designated safeguarding lead to the receiving agency's line manager", startMs: 71 * hour, endMs: null },
    ]);
    expect(series.nowMs).toBe(71 * hour);
    expect(series.markers.find((marker) => marker.checkId === '1.limit')).toMatchObject({ dueMs: 96 * hour, happenedMs: 3 * hour, status: 'met' });
    // The 24-hour aim is not a scored deadline, so the chart does not mark it as met or missed.
    expect(series.markers.find((marker) => marker.checkId === '1.target')).toBeUndefined();
    expect(series.markers.find((marker) => marker.checkId === '3.resolution')?.status).toBe('pending');
    expect(series.endMs).toBeGreaterThanOrEqual(series.markers.find((marker) => marker.checkId === '3.resolution')!.dueMs);
    expect(series.moves).toHaveLength(4);
  });
});
