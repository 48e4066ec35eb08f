import { describe, expect, it } from 'vitest';
import { choose, continueSession, startSession, type Session } from '../../../engine/index.js';
import { replaySession } from '../../../engine/runner/replay-session.js';
import { childFixture } from './load-fixture.js';

const scenario = childFixture();

function play(moves: string[]): Session {
  return moves.reduce(
    (session, move) => (move === 'continue' ? continueSession(scenario, session) : choose(scenario, session, move)),
    startSession(scenario),
  );
}

function stages(session: Session) {
  return replaySession(scenario, session).process.actor.getSnapshot().context.stages;
}

describe('replaySession stage timing', () => {
  it('ends a stage when the choice to escalate is taken, before the time the choice takes', () => {
    // record-it is entered at 13:00; "Take it to your line manager" takes an hour.
    const [stage1, stage2] = stages(play(['talk', 'continue', 'escalate']));
    expect(stage1?.endedAt).toBe('2026-12-18T13:00:00.000+00:00');
    expect(stage2?.reachedAt).toBe('2026-12-18T13:00:00.000+00:00');
    expect(stage2?.startedAt).toBe('2026-12-18T14:00:00.000+00:00');
  });

  it('begins the next stage only when the choice has taken its time', () => {
    // From the manager scene (Fri 14:00) the lead calls "next working day at 09:00": Mon 21 Dec.
    const record = stages(play(['talk', 'continue', 'escalate', 'dsl']));
    expect(record[1]?.endedAt).toBe('2026-12-18T14:00:00.000+00:00');
    expect(record[2]?.reachedAt).toBe('2026-12-18T14:00:00.000+00:00');
    expect(record[2]?.startedAt).toBe('2026-12-21T09:00:00.000+00:00');
  });

  it("measures stage 2's deadline from the moment stage 1 ended", () => {
    const context = replaySession(scenario, play(['talk', 'continue', 'escalate', 'dsl'])).process.actor.getSnapshot().context;
    // Stage 2 ("immediate once discussion has taken place") began an hour after stage 1 ended, on the same working day.
    expect(context.met.map((check) => check.checkId)).toContain('2.discussion');
  });
});
