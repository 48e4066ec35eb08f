import { describe, expect, it } from 'vitest';
import { choose, continueSession, startSession, viewSession, type Session } from '../../../engine/index.js';
import { waitFor } from '../../../engine/runner/session-moves.js';
import { adultFixture, childFixture } from './load-fixture.js';

const scenario = childFixture();

function play(moves: (string | 'continue')[], from: Session = startSession(scenario)): Session {
  return moves.reduce((session, move) => (move === 'continue' ? continueSession(scenario, session) : choose(scenario, session, move)), from);
}

const ids = (list: { checkId: string }[]) => list.map((check) => check.checkId);

describe('viewSession', () => {
  it('starts at the raised time in the first scene, stage 1, with the 24-hour aim next and its weekend warning', () => {
    const view = viewSession(scenario, startSession(scenario));
    expect(view.now).toBe('2026-12-18T10:00:00.000+00:00');
    expect(view.nowLabel).toBe('Fri 18 Dec 2026, 10:00');
    expect(view.node.kind).toBe('scene');
    expect(view.stage).toEqual({ number: 1, title: 'Talk it through between the agencies', owner: 'Professional from the referring agency', timescale: 'Seek to resolve within 24 to 96 hours' });
    expect(view.nextDeadline).toEqual({
      checkId: '1.target',
      label: 'Aim to resolve',
      due: '2026-12-19T10:00:00.000+00:00',
      dueLabel: 'Sat 19 Dec 2026, 10:00',
      workingDaysLeft: 0,
      hoursLeft: 24,
      minutesLeft: 1440,
      leftLabel: '24 hours left',
      overdue: false,
      kind: 'aim',
      warning: {
        text: 'Stage 1\'s "Aim to resolve" falls on Sat 19 Dec 2026, 10:00, a weekend. Our advice: plan to settle it by Fri 18 Dec 2026, 17:00, the close of the working day before. The deadline itself does not move.',
        short: 'Falls on a weekend: plan to settle it by Fri 18 Dec 2026, 17:00 (our advice)',
      },
    });
    expect(view.finished).toBe(false);
    expect(view.canStepBack).toBe(false);
    expect(view.immediateRisk).toBeNull();
  });

  it("shows an entered scene's events with the time each happened", () => {
    const view = viewSession(scenario, play(['talk']));
    expect(view.node.kind === 'scene' && view.node.items.filter((item) => item.kind === 'event')).toEqual([
      { kind: 'event', markdown: 'Jo Reilly says she will think about it.', afterText: '1h', at: '2026-12-18T13:00:00.000+00:00', atLabel: 'Fri 18 Dec 2026, 13:00' },
    ]);
    expect(view.node.kind === 'scene' && view.node.canContinue).toBe(true);
    expect(view.nowLabel).toBe('Fri 18 Dec 2026, 13:00');
    expect(view.lastFeedback?.citations[0]).toEqual({ id: 'stage-1', title: 'Stage 1: talk it through between the agencies', href: '/guidance/resolution-process/#stage-1' });
    expect(view.lastFeedback?.shows.map((principle) => principle.id)).toEqual(['timeliness', 'respectful-challenge']);
  });

  it('settles the disagreement at an ending with resolvedAt, meeting both stage 1 deadlines', () => {
    const view = viewSession(scenario, play(['talk', 'continue', 'agree']));
    expect(view.finished).toBe(true);
    expect(view.node).toMatchObject({ kind: 'ending', id: 'settled', outcome: 'good', resolvedAt: 1, stage: 1 });
    expect(ids(view.deadlines.met)).toEqual(['1.target', '1.limit']);
    expect(view.deadlines.missed).toEqual([]);
    expect(view.nextDeadline).toBeNull();
    expect(view.history.map((entry) => [entry.label, entry.afterLabel])).toEqual([
      ['Phone Jo Reilly this morning.', 'Fri 18 Dec 2026, 13:00'],
      ['Continue', 'Fri 18 Dec 2026, 13:00'],
      ['Agree a review date.', 'Fri 18 Dec 2026, 13:30'],
    ]);
  });

  it('records deadlines as missed, with lateness, when waiting lets them pass', () => {
    const waited = waitFor(scenario, startSession(scenario), '3 working days');
    const during = viewSession(scenario, waited);
    // The 24-hour aim passed too, but it is an aim inside a window, never a missed deadline.
    expect(ids(during.deadlines.missed)).toEqual(['1.limit']);
    expect(ids(during.deadlines.aimsPassed)).toEqual(['1.target']);
    expect(during.deadlines.missed[0]?.latenessLabel).toBe('still outstanding');
    const view = viewSession(scenario, play(['talk', 'continue', 'agree'], waited));
    const [limit] = view.deadlines.missed;
    const [target] = view.deadlines.aimsPassed;
    expect(view.deadlines.missed).toHaveLength(1);
    expect(target).toMatchObject({ checkId: '1.target', happenedAtLabel: 'Wed 23 Dec 2026, 13:30', lateByMs: 99.5 * 3_600_000, lateByWorkingDays: 3 });
    expect(limit).toMatchObject({ checkId: '1.limit', lateByMs: 27.5 * 3_600_000, lateByWorkingDays: 1, latenessLabel: 'late by 27.5 hours, 1 working day later' });
  });

  it('counts the stage 3 window across Christmas and the New Year bank holidays', () => {
    const view = viewSession(scenario, play(['talk', 'continue', 'escalate', 'dsl']));
    expect(view.nowLabel).toBe('Mon 21 Dec 2026, 09:00');
    expect(view.stage.number).toBe(3);
    const stage3 = view.deadlines.pending.find((check) => check.checkId === '3.resolution');
    expect(stage3?.dueLabel).toBe('Wed 6 Jan 2027, 23:59');
    expect(view.nextDeadline).toMatchObject({ checkId: '3.resolution', workingDaysLeft: 9 });
  });

  it('runs the whole ladder to the panel, the recommendations landing on Christmas Day', () => {
    const view = viewSession(scenario, play(['talk', 'continue', 'escalate', 'dsl', 'panel-route', 'refer', 'convene', 'meet', 'recommend']));
    expect(view.node).toMatchObject({ id: 'panel-settled', resolvedAt: 7 });
    expect(view.nowLabel).toBe('Fri 25 Dec 2026, 11:00');
    expect(ids(view.deadlines.met).sort()).toEqual(['1.limit', '1.target', '2.discussion', '3.resolution', '4.resolution', '5.referral', '6.convened', '7.meeting', '7.recommendations']);
    expect(view.deadlines.missed).toEqual([]);
  });

  it('steps through skipped stages but records the jump as a deviation', () => {
    const view = viewSession(scenario, play(['jump']));
    expect(view.stage.number).toBe(5);
    expect(view.history[0]?.deviations).toEqual([{ kind: 'skipped-stages', fromStage: 1, toStage: 5, skipped: [2, 3, 4], message: 'skipped stages 2–4' }]);
    expect(view.history[0]?.mistake).toBe(true);
  });

  it('leaves deadlines pending at an unresolved ending, missing those due before it', () => {
    const view = viewSession(scenario, play(['ignore', 'accept']));
    expect(view.node).toMatchObject({ id: 'closed', resolvedAt: undefined });
    expect(ids(view.deadlines.missed)).toEqual(['1.limit']);
    expect(ids(view.deadlines.aimsPassed)).toEqual(['1.target']);
    expect(view.deadlines.missed[0]?.happenedAt).toBeNull();
    const early = viewSession(scenario, play(['talk', 'continue', 'escalate', 'give-up']));
    expect(ids(early.deadlines.pending)).toEqual([]);
    expect(ids(early.deadlines.met)).toEqual(['2.discussion', '1.target', '1.limit']);
  });

  it('says nothing of immediate risk before the choice in the scene where it must be recognised', () => {
    const view = viewSession(scenario, play(['talk', 'continue', 'escalate', 'dsl', 'risk']));
    expect(view.node.kind === 'scene' && view.node.immediateRisk).toBe(true);
    expect(view.immediateRisk).toBeNull();
  });

  it('shows the immediate-risk override after that choice, with its feedback and the protocol summary', () => {
    const view = viewSession(scenario, play(['talk', 'continue', 'escalate', 'dsl', 'risk', 'act']));
    expect(view.history.at(-1)).toMatchObject({ choiceId: 'act', identifiedRisk: true, tookText: '30 minutes' });
    expect(view.history.slice(0, -1).every((entry) => !entry.identifiedRisk)).toBe(true);
    expect(view.immediateRisk).toMatchObject({ identifiedAtLabel: 'Mon 21 Dec 2026, 09:30', sceneId: 'danger' });
    expect(view.immediateRisk?.summary).toContain('Timescales are maximums and never a reason to delay action.');
    expect(view.immediateRisk?.guidance?.id).toBe('immediate-risk');
  });

  it('keeps the stage ladder going through capacity scenes on the adult route', () => {
    const adult = adultFixture();
    let session = choose(adult, startSession(adult), 'support');
    session = choose(adult, session, 'joint');
    const view = viewSession(adult, session);
    expect(view.node.kind === 'scene' && view.node.capacity).toBe('joint-assessment');
    expect(view.stage.number).toBe(2);
    expect(ids(view.deadlines.met)).toEqual(['2.discussion', '1.target', '1.limit']);
  });

  it('is deterministic: replaying the same session gives the same view', () => {
    const session = play(['talk', 'continue', 'escalate', 'dsl', 'risk', 'act']);
    expect(viewSession(scenario, session)).toEqual(viewSession(scenario, session));
  });
});
