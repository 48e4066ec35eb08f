import { describe, expect, it } from 'vitest';
import { buildDebrief, choose, debriefToMarkdown, startSession, timelineSeries, type Scenario, type Session } from '../../../engine/index.js';
import { loadScenario } from '../runner/load-fixture.js';

const capacity = loadScenario('scenarios/a-question-of-capacity.mdx');

function play(scenario: Scenario, moves: readonly string[]): Session {
  return moves.reduce((session, move) => choose(scenario, session, move), startSession(scenario));
}

/** The recommended route: stage 1 ends in an agreement to disagree at Tue 9 Feb 2027, 16:00, then escalates. */
const recommended = play(capacity, [
  'spend-time-with-edith',
  'call-owen-with-observations',
  'agree-to-disagree-and-escalate',
  'priya-to-gwen',
  'prepare-for-joint-assessment',
  'joint-assessment-next-morning',
  'agree-the-outcome',
  'record-and-debrief',
]);

describe('buildDebrief when stage 1 ends in an agreement to disagree', () => {
  const debrief = buildDebrief(capacity, recommended);
  const stage1 = debrief.stages[0]!.deadlines;

  it('never says the stage was resolved: its limit was kept by escalating', () => {
    expect(stage1.map((deadline) => [deadline.checkId, deadline.statusLabel, deadline.summary])).toEqual([
      ['1.target', 'Aim (not scored)', 'An aim, not scored: the stage ended without agreement and was escalated Tue 9 Feb 2027, 16:00, within the aim (Wed 10 Feb 2027, 14:00). Only the later limit can be missed.'],
      ['1.limit', 'Escalated in time', 'Escalated in time, not resolved: the stage ended without agreement and was escalated Tue 9 Feb 2027, 16:00, before this limit (due Sat 13 Feb 2027, 14:00)'],
    ]);
    expect(stage1.every((deadline) => !/^Met\b/.test(deadline.summary))).toBe(true);
  });

  it('still says Met where a deadline was simply met', () => {
    expect(debrief.stages[2]!.deadlines[0]).toMatchObject({ checkId: '3.resolution', status: 'met', statusLabel: 'Met', summary: 'Met: Thu 11 Feb 2027, 12:00 (due Tue 23 Feb 2027, 23:59)' });
  });

  it('puts the same words in the Markdown table and on the timeline', () => {
    const lines = debriefToMarkdown(debrief).split('\n');
    expect(lines).toContain('| 1 | Resolve at the latest | Sat 13 Feb 2027, 14:00 | Escalated in time | Escalated in time, not resolved: the stage ended without agreement and was escalated Tue 9 Feb 2027, 16:00, before this limit (due Sat 13 Feb 2027, 14:00) |');
    expect(lines.some((line) => /^\| 1 \|.*\| Met \|/.test(line))).toBe(false);
    expect(timelineSeries(debrief).markers.find((marker) => marker.checkId === '1.limit')).toMatchObject({ status: 'met', statusLabel: 'Escalated in time' });
  });
});
