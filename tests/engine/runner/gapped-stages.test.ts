/**
 * The runner under a protocol whose stages are numbered 1, 2, 4, 5: it must
 * step from stage to stage in the protocol's order, not by adding 1, and
 * time every deadline as it does under the same protocol numbered 1 to 4.
 * The validator, too, reads stage moves in the protocol's order.
 */
import { describe, expect, it } from 'vitest';
import { choose, formatFinding, startSession, type Scenario, type Session } from '../../../engine/index.js';
import type { Protocol } from '../../../engine/protocol/protocol.schema.js';
import { buildDebrief } from '../../../engine/debrief/build-debrief.js';
import { replaySession } from '../../../engine/runner/replay-session.js';
import type { RunnerOptions } from '../../../engine/runner/runner-options.js';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';
import { validateScenario } from '../../../engine/scenario/validate-scenario.js';
import { FRONTMATTER } from '../scenario/scenario-source-builder.js';
import { consecutiveProtocol, gappedCheckId, GAPPED_NUMBER, gappedProtocol } from '../protocol/gapped-protocol.js';

/**
 * One scene per stage (numbered as `stage` says), raised Fri 18 Dec 2026
 * 10:00. Each choice escalates to the next stage's scene, and the next stage
 * begins when the choice's time has passed; `jump` goes from the first stage
 * straight to the third.
 */
function ladderScenario(stage: (fourStageNumber: number) => number): Scenario {
  const scene = (id: string, number: number, choices: string) => `<Scene id="${id}" stage={${stage(number)}}>\n\nScene ${id}.\n\n${choices}\n\n</Scene>`;
  const choice = (id: string, to: string, after: string) => `<Choice id="${id}" to="${to}" after="${after}">\nGo to ${to}.\n</Choice>`;
  const source = [
    FRONTMATTER,
    scene('raise', 1, [choice('managers', 'managers', '2h'), choice('jump', 'leads', '2h')].join('\n')),
    scene('managers', 2, choice('leads', 'leads', '1 working day')),
    scene('leads', 3, choice('refer', 'chair', '1 working day')),
    scene('chair', 4, choice('settle', 'settled', '1h')),
    `<Ending id="settled" outcome="good" resolvedAt={${stage(4)}}>\n\nSettled.\n\n</Ending>`,
  ].join('\n\n');
  const { scenario, findings } = parseScenario(source, 'ladder.mdx');
  if (scenario === undefined) throw new Error(findings.map(formatFinding).join('\n'));
  return scenario;
}

function movesThrough(protocol: Protocol, stage: (fourStageNumber: number) => number, moves: string[]) {
  const scenario = ladderScenario(stage);
  const options: RunnerOptions = { protocol };
  const session = moves.reduce((current: Session, move) => choose(scenario, current, move, options), startSession(scenario));
  return { scenario, session, options };
}

function play(protocol: Protocol, stage: (fourStageNumber: number) => number, moves: string[]) {
  const { scenario, session, options } = movesThrough(protocol, stage, moves);
  return replaySession(scenario, session, options);
}

const asFiled = (stage: number): number => stage;
const gappedStage = (stage: number): number => GAPPED_NUMBER[stage] ?? stage;
const everyStage = ['managers', 'leads', 'refer', 'settle'];

describe('replaySession', () => {
  it('climbs a protocol numbered 1, 2, 4, 5 and times every deadline as it does under 1, 2, 3, 4', () => {
    const expected = play(consecutiveProtocol(), asFiled, everyStage).process.actor.getSnapshot().context;
    const context = play(gappedProtocol(), gappedStage, everyStage).process.actor.getSnapshot().context;
    expect(context.stages).toEqual(expected.stages.map((record) => ({ ...record, stage: gappedStage(record.stage) })));
    expect(context.met).toEqual(expected.met.map((check) => ({ ...check, checkId: gappedCheckId(check.checkId), stage: gappedStage(check.stage) })));
    expect(context.breaches).toEqual(
      expected.breaches.map((breach) => ({ ...breach, checkId: gappedCheckId(breach.checkId), stage: gappedStage(breach.stage) })),
    );
    expect(context.resolution).toMatchObject({ stage: 5, outcome: 'agreed' });
  });

  it('ends stage 4 when the choice to refer is taken, so the review is on time and the referral late', () => {
    const context = play(gappedProtocol(), gappedStage, everyStage).process.actor.getSnapshot().context;
    // The leads scene is entered Mon 21 Dec 12:00 and the referral is chosen
    // then; it takes a working day, so stage 5 begins Tue 22 Dec 12:00.
    expect(context.stages.find((record) => record.stage === 4)).toMatchObject({
      startedAt: '2026-12-21T12:00:00.000+00:00',
      endedAt: '2026-12-21T12:00:00.000+00:00',
    });
    expect(context.stages.find((record) => record.stage === 5)).toMatchObject({
      reachedAt: '2026-12-21T12:00:00.000+00:00',
      startedAt: '2026-12-22T12:00:00.000+00:00',
    });
    // 72 hours after the managers met (Fri 18 Dec 12:00): met exactly on time.
    expect(context.met.map((check) => [check.checkId, check.due, check.at])).toContainEqual([
      '4.review',
      '2026-12-21T12:00:00.000+00:00',
      '2026-12-21T12:00:00.000+00:00',
    ]);
    // By the end of the working day of the review (Mon 21 Dec 17:30): a working day late.
    expect(context.breaches.map((breach) => [breach.checkId, breach.due, breach.happenedAt, breach.lateByWorkingDays])).toEqual([
      ['5.referral', '2026-12-21T17:30:00.000+00:00', '2026-12-22T12:00:00.000+00:00', 1],
    ]);
  });

  it('records a jump over the gap as skipping only the stages the protocol has', () => {
    const played = play(gappedProtocol(), gappedStage, ['jump']);
    const context = played.process.actor.getSnapshot().context;
    expect(context.stage).toBe(4);
    expect(context.stages.find((record) => record.stage === 4)?.startedAt).toBe('2026-12-18T12:00:00.000+00:00');
    expect(played.history.at(-1)?.deviations).toEqual([
      { kind: 'skipped-stages', fromStage: 1, toStage: 4, skipped: [2], message: 'skipped stage 2' },
    ]);
  });
});

describe('buildDebrief', () => {
  it('debriefs each stage of a protocol numbered with a gap under its own number and title', () => {
    const { scenario, session, options } = movesThrough(gappedProtocol(), gappedStage, everyStage);
    const debrief = buildDebrief(scenario, session, options);
    const stages = debrief.stages.map((stage) => [stage.stage, stage.title, stage.deadlines.map((deadline) => `${deadline.checkId} ${deadline.status}`)]);
    expect(stages).toEqual([
      [1, 'Speak to the other practitioner', ['1.conversation met']],
      [2, 'Team managers meet', ['2.meeting met']],
      [4, 'Safeguarding leads review', ['4.review met']],
      [5, 'Refer to the chair', ['5.referral missed']],
    ]);
  });
});

describe('validateScenario', () => {
  it('takes a step from stage 2 to stage 4 as one stage up, and a jump from 1 to 4 as a skip', () => {
    const findings = validateScenario(ladderScenario(gappedStage), { protocol: gappedProtocol() });
    const stageFindings = findings.filter((finding) => finding.code === 'stage-out-of-range' || finding.code === 'forbidden-stage-move');
    expect(stageFindings.map((finding) => [finding.code, finding.message, finding.hint])).toEqual([
      [
        'forbidden-stage-move',
        'Choice "jump" skips from stage 1 to stage 4; the process moves up one stage at a time.',
        'Lead to a stage 2 scene instead, or mark the choice `mistake` and explain the skip in its <Feedback>.',
      ],
    ]);
  });

  it('refuses a scene at a stage number the protocol does not have, naming the numbers it has', () => {
    const findings = validateScenario(ladderScenario((stage) => (stage === 3 ? 3 : gappedStage(stage))), { protocol: gappedProtocol() });
    const outOfRange = findings.find((finding) => finding.code === 'stage-out-of-range');
    expect(outOfRange?.message).toBe('Scene "leads" is at stage 3, but Example Partnership Escalation Protocol has 4 stages.');
    expect(outOfRange?.hint).toBe('Use one of stages 1, 2, 4, 5.');
  });
});
