/**
 * What a table's phone shows at each step: the scene while reading, the
 * questions and timer while discussing, the choices and its own vote while
 * voting, the split and feedback at the reveal, the ending when finished;
 * HTML with nothing raw in it; and independent mode's own buttons.
 */
import { describe, expect, it } from 'vitest';
import { openRoom, roomReducer, type Room, type RoomAction } from '../../../../engine/workshop/decision-cycle.js';
import { lobbyTables, participantView, phonesNeedTelling } from '../../../../engine/workshop/live/participant-view.js';
import { advanceActions } from '../../../../engine/workshop/live/phone-moves.js';
import { takeSeat, withLiveRoom } from '../../../../engine/workshop/live/live-room.js';
import { startWorkshop } from '../../../../engine/workshop/workshop-play.js';
import { bundled } from '../load-bundled.js';

const scenario = bundled('closing-too-soon');
const apply = (room: Room, ...actions: RoomAction[]) => actions.reduce((current, action) => roomReducer(scenario, current, action), room);
const room = () => openRoom(scenario, startWorkshop(scenario, { tables: ['Police', 'Health', 'School'] }));

describe('participantView', () => {
  it('shows the scene while reading, and says the trainer starts the discussion', () => {
    const view = participantView(scenario, room(), 1);
    expect(view).toMatchObject({ step: 'read', table: 1, tableName: 'Health', decision: 1, timer: null, choices: [], myVote: null, result: null, advance: null });
    expect(view.sceneHtml).toMatch(/<p>/);
    expect(view.waitingFor).toMatch(/Waiting for the trainer to start the discussion/);
    expect(view.stageLabel).toMatch(/^Stage \d: /);
  });

  it('shows the timer and the questions while discussing, and the choices and the vote while voting', () => {
    const discussing = apply(room(), { type: 'discuss', table: 0 });
    const talk = participantView(scenario, discussing, 0);
    expect(talk.step).toBe('discuss');
    expect(talk.timer).toEqual({ remainingMs: 180_000, running: false, ranOut: false });
    const voting = apply(discussing, { type: 'vote', table: 0 });
    const before = participantView(scenario, voting, 2);
    expect(before.choices.length).toBeGreaterThan(1);
    expect(before.myVote).toBeNull();
    const choice = before.choices[1]!;
    const after = participantView(scenario, apply(voting, { type: 'ballot', table: 2, decision: 1, choiceId: choice.id, ballot: 'ballot-school' }), 2);
    expect(after.myVote).toBe(choice.id);
    expect(after.waitingFor).toMatch(/Waiting for the trainer to close the vote/);
  });

  it('shows the split, the choice followed and its feedback at the reveal', () => {
    const voting = apply(room(), { type: 'discuss', table: 0 }, { type: 'vote', table: 0 });
    const first = participantView(scenario, voting, 0).choices[0]!;
    const second = participantView(scenario, voting, 0).choices[1]!;
    const revealed = apply(
      voting,
      { type: 'ballot', table: 0, decision: 1, choiceId: second.id, ballot: 'ballot-police' },
      { type: 'ballot', table: 1, decision: 1, choiceId: first.id, ballot: 'ballot-health' },
      { type: 'ballot', table: 2, decision: 1, choiceId: first.id, ballot: 'ballot-school' },
      { type: 'decide', table: 0 },
    );
    const view = participantView(scenario, revealed, 0);
    expect(view.step).toBe('reveal');
    expect(view.decision).toBe(1);
    expect(view.myVote).toBe(second.id);
    expect(view.result?.followedLabel).toBe(first.label);
    expect(view.result?.tally.find((line) => line.number === first.number)).toMatchObject({ count: 2, mine: false, followed: true });
    expect(view.result?.tally.find((line) => line.number === second.number)).toMatchObject({ count: 1, mine: true, followed: false });
    expect(view.result?.feedbackHtml).toMatch(/<p>/);
  });

  it('leaves no link, image or raw HTML in what it sends', () => {
    let current = room();
    for (let decision = 0; decision < 12 && current.cycles.length > 0; decision += 1) {
      const view = participantView(scenario, current, 0);
      for (const html of [view.sceneHtml, view.discussHtml, view.result?.feedbackHtml, view.endingHtml]) if (html) expect(html).not.toMatch(/<(a|img|script|iframe)\b|javascript:/i);
      const cycle = current.cycles[0]!;
      if (cycle.step === 'read') current = apply(current, { type: 'discuss', table: 0 });
      else if (cycle.step === 'discuss') current = apply(current, { type: 'vote', table: 0 });
      else if (cycle.step === 'vote') current = apply(current, { type: 'cast', table: 0, number: 1 }, { type: 'cast', table: 0, number: 1 }, { type: 'cast', table: 0, number: 1 }, { type: 'decide', table: 0 });
      else current = apply(current, { type: 'next', table: 0 });
    }
  });

  it('shows the ending once the table has finished', () => {
    let current = room();
    while (current.cycles.length > 0) {
      const cycle = current.cycles[0]!;
      if (cycle.step === 'read') current = apply(current, { type: 'discuss', table: 0 });
      else if (cycle.step === 'discuss') current = apply(current, { type: 'vote', table: 0 });
      else if (cycle.step === 'vote') current = apply(current, { type: 'cast', table: 0, number: 1 }, { type: 'cast', table: 0, number: 1 }, { type: 'cast', table: 0, number: 1 }, { type: 'decide', table: 0 });
      else current = apply(current, { type: 'next', table: 0 });
    }
    const view = participantView(scenario, current, 2);
    expect(view.step).toBe('finished');
    expect(view.endingHtml).toMatch(/<(p|h\d)>/);
    expect(view.waitingFor).toMatch(/debrief/);
  });
});

describe('independent mode', () => {
  it('gives each phone the button that moves its own table on, once', () => {
    const alone = openRoom(scenario, startWorkshop(scenario, { tables: 2, mode: 'independent' }));
    expect(participantView(scenario, alone, 1).advance).toEqual({ label: 'Start our discussion' });
    const started = apply(alone, ...advanceActions(alone, 1, 1, 'read'));
    expect(participantView(scenario, started, 1)).toMatchObject({ step: 'discuss', timer: { running: true } });
    expect(participantView(scenario, started, 0).step).toBe('read');
    // Sent again, it moves nothing.
    expect(advanceActions(started, 1, 1, 'read')).toEqual([]);
    const voting = apply(started, ...advanceActions(started, 1, 1, 'discuss'));
    expect(participantView(scenario, voting, 1).advance).toBeNull();
    const choice = participantView(scenario, voting, 1).choices[0]!;
    const voted = apply(voting, { type: 'ballot', table: 1, decision: 1, choiceId: choice.id, ballot: 'ballot-table-2' });
    expect(participantView(scenario, voted, 1).advance).toEqual({ label: 'Confirm our choice' });
    const revealed = apply(voted, ...advanceActions(voted, 1, 1, 'vote'));
    expect(participantView(scenario, revealed, 1)).toMatchObject({ step: 'reveal', myVote: choice.id });
  });

  it('is refused outside independent mode', () => {
    expect(() => advanceActions(room(), 0, 1, 'read')).toThrowError(/trainer moves the room on/);
  });
});

describe('lobby and telling the phones', () => {
  it('lists the tables with the seats taken', () => {
    const served = takeSeat(withLiveRoom(startWorkshop(scenario, { tables: ['Police', 'Health'] }), () => 'K7M4QP'), 1, 'c'.repeat(32));
    expect(lobbyTables(served)).toEqual([
      { index: 0, name: 'Police', taken: false },
      { index: 1, name: 'Health', taken: true },
    ]);
  });

  it('tells the phones of every change but the timer counting down', () => {
    const discussing = apply(room(), { type: 'discuss', table: 0 }, { type: 'timer', table: 0, action: { type: 'resume' } });
    const ticked = apply(discussing, { type: 'tick', elapsedMs: 250 });
    expect(phonesNeedTelling(discussing, ticked)).toBe(false);
    expect(phonesNeedTelling(ticked, apply(ticked, { type: 'timer', table: 0, action: { type: 'pause' } }))).toBe(true);
    expect(phonesNeedTelling(ticked, apply(ticked, { type: 'timer', table: 0, action: { type: 'adjust', minutes: 1 } }))).toBe(true);
    expect(phonesNeedTelling(ticked, apply(ticked, { type: 'vote', table: 0 }))).toBe(true);
  });
});
