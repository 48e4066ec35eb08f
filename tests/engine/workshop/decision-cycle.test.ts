import { describe, expect, it } from 'vitest';
import { cycleOf, noteNumber, openRoom, rang, roomReducer, stepBackOf, tableDecisionNumber, voteStatus, type Room, type RoomAction } from '../../../engine/workshop/decision-cycle.js';
import { discussionTimerReducer, startDiscussionTimer } from '../../../engine/workshop/discussion-timer.js';
import { startWorkshop } from '../../../engine/workshop/workshop-play.js';
import { WorkshopError } from '../../../engine/workshop/workshop-error.js';
import { buildWorkshopDebrief } from '../../../engine/workshop/workshop-debrief.js';
import { bundled } from './load-bundled.js';

const scenario = bundled('closing-too-soon');
// cin-review choices: 1 ask-for-time-tomorrow (recommended), 2 wait-and-see, 3 angry-email, 4 email-partnership
const tables = ['Police', 'Health', 'School', 'Children’s social care'];

const apply = (room: Room, ...actions: RoomAction[]) => actions.reduce((current, action) => roomReducer(scenario, current, action), room);

/** Read, discuss, vote (each table's number) and decide, for the cycle of `table`. */
function decide(room: Room, table: number, votes: number[], trainerPick?: number): Room {
  let next = apply(room, { type: 'discuss', table }, { type: 'vote', table });
  for (const number of votes) next = apply(next, { type: 'cast', table, number });
  return apply(next, { type: 'decide', table, ...(trainerPick === undefined ? {} : { trainerPick }) });
}

describe('openRoom', () => {
  it('opens one cycle for the room at the read step, its timer paused unless autostart', () => {
    const room = openRoom(scenario, startWorkshop(scenario, { tables }));
    expect(room.cycles).toHaveLength(1);
    expect(room.cycles[0]).toMatchObject({ tables: [0, 1, 2, 3], step: 'read', votes: [], revealed: null });
    expect(room.cycles[0]!.timer.running).toBe(false);
    const started = apply(openRoom(scenario, startWorkshop(scenario, { tables }), { autostart: true }), { type: 'discuss', table: 0 });
    expect(started.cycles[0]!.timer.running).toBe(true);
  });

  it('opens one cycle per table in independent mode', () => {
    const room = openRoom(scenario, startWorkshop(scenario, { tables, mode: 'independent' }));
    expect(room.cycles.map((cycle) => cycle.tables)).toEqual([[0], [1], [2], [3]]);
  });
});

describe('roomReducer', () => {
  it('goes read → discuss → vote → reveal → the next read, saving the discussion time', () => {
    let room = openRoom(scenario, startWorkshop(scenario, { tables }));
    room = apply(room, { type: 'discuss', table: 0 }, { type: 'timer', table: 0, action: { type: 'resume' } }, { type: 'tick', elapsedMs: 65_000 }, { type: 'vote', table: 0 });
    expect(room.cycles[0]!.step).toBe('vote');
    expect(room.cycles[0]!.timer.endedEarly).toBe(true);
    room = apply(room, { type: 'cast', table: 0, number: 1 }, { type: 'cast', table: 0, number: 1 }, { type: 'cast', table: 0, number: 2 });
    expect(voteStatus(room.workshop, room.cycles[0]!)).toMatchObject({ waiting: ['Children’s social care'], needs: null });
    room = apply(room, { type: 'cast', table: 0, number: 4 });
    expect(voteStatus(room.workshop, room.cycles[0]!).needs).toEqual({ kind: 'confirm', follows: 'ask-for-time-tomorrow' });
    room = apply(room, { type: 'decide', table: 0 });
    expect(room.cycles[0]).toMatchObject({ step: 'reveal', revealed: 0 });
    expect(room.workshop.rounds[0]).toMatchObject({ decided: 'ask-for-time-tomorrow', decidedBy: 'majority', discussedMs: 65_000 });
    room = apply(room, { type: 'next', table: 0 });
    expect(room.cycles[0]).toMatchObject({ step: 'read', revealed: null, votes: [] });
    expect(room.cycles[0]!.decision.view.node.id).toBe('evening-planning');
  });

  it('asks the trainer to break a tie, and in trainer mode to choose', () => {
    const tied = apply(openRoom(scenario, startWorkshop(scenario, { tables: 2 })), { type: 'discuss', table: 0 }, { type: 'vote', table: 0 }, { type: 'cast', table: 0, number: 1 }, { type: 'cast', table: 0, number: 3 });
    expect(voteStatus(tied.workshop, tied.cycles[0]!).needs).toEqual({ kind: 'pick', among: [1, 3], why: 'tie' });
    expect(() => apply(tied, { type: 'decide', table: 0 })).toThrow(WorkshopError);
    expect(() => apply(tied, { type: 'decide', table: 0, trainerPick: 2 })).toThrow(/tied/);
    expect(apply(tied, { type: 'decide', table: 0, trainerPick: 3 }).workshop.rounds[0]).toMatchObject({ decided: 'angry-email', decidedBy: 'tie-break' });
    const trainer = decide(openRoom(scenario, startWorkshop(scenario, { tables: 2, mode: 'trainer' })), 0, [1, 1], 2);
    expect(trainer.workshop.rounds[0]).toMatchObject({ decided: 'wait-and-see', decidedBy: 'trainer' });
  });

  it('refuses a choice that does not exist, a fifth vote, and a step out of turn', () => {
    let room = apply(openRoom(scenario, startWorkshop(scenario, { tables: 1 })), { type: 'discuss', table: 0 }, { type: 'vote', table: 0 });
    expect(() => apply(room, { type: 'cast', table: 0, number: 7 })).toThrow(/no choice 7/);
    room = apply(room, { type: 'cast', table: 0, number: 2 });
    expect(() => apply(room, { type: 'cast', table: 0, number: 2 })).toThrow(/Every table has voted/);
    expect(() => apply(room, { type: 'next', table: 0 })).toThrow(/vote step, not the reveal step/);
    expect(apply(room, { type: 'uncast', table: 0 }).cycles[0]!.votes).toEqual([]);
  });

  it('counts down only the discussions running, and rings once when one runs out', () => {
    let room = openRoom(scenario, startWorkshop(scenario, { tables, mode: 'independent', minutes: 1 }));
    room = apply(room, { type: 'discuss', table: 1 }, { type: 'timer', table: 1, action: { type: 'resume' } }, { type: 'discuss', table: 2 });
    const before = room;
    room = apply(room, { type: 'tick', elapsedMs: 60_000 });
    expect(cycleOf(room, 1)!.timer).toMatchObject({ ranOut: true, remainingMs: 0 });
    expect(cycleOf(room, 2)!.timer.remainingMs).toBe(60_000);
    expect(rang(before, room)).toBe(true);
    expect(rang(room, apply(room, { type: 'tick', elapsedMs: 1000 }))).toBe(false);
  });

  it('changes the minutes without starting or stopping the timer', () => {
    let room = apply(openRoom(scenario, startWorkshop(scenario, { tables: 2 })), { type: 'discuss', table: 0 }, { type: 'timer', table: 0, action: { type: 'adjust', minutes: 1 } });
    expect(room.cycles[0]!.timer).toMatchObject({ remainingMs: 240_000, running: false });
    room = apply(room, { type: 'timer', table: 0, action: { type: 'resume' } }, { type: 'timer', table: 0, action: { type: 'adjust', minutes: -1 } });
    expect(room.cycles[0]!.timer).toMatchObject({ remainingMs: 180_000, running: true });
  });

  it('moves the tables in parallel in independent mode, each at its own step', () => {
    let room = openRoom(scenario, startWorkshop(scenario, { tables, mode: 'independent' }));
    room = decide(room, 2, [4]);
    room = apply(room, { type: 'discuss', table: 0 });
    expect(room.cycles.map((cycle) => cycle.step)).toEqual(['discuss', 'read', 'reveal', 'read']);
    room = apply(room, { type: 'next', table: 2 });
    expect(cycleOf(room, 2)!.decision.view.stage.number).toBe(5);
    expect(cycleOf(room, 0)!.decision.view.node.id).toBe('cin-review');
    expect(tableDecisionNumber(room, 2)).toBe(2);
    expect(tableDecisionNumber(room, 0)).toBe(1);
  });

  it('plays a scene that moves on by itself straight to its reveal', () => {
    // In a-working-week, building the picture leads to a scene that moves on by an event, to the call.
    const week = bundled('a-working-week');
    const on = (room: Room, ...actions: RoomAction[]) => actions.reduce((current, action) => roomReducer(week, current, action), room);
    let room = on(openRoom(week, startWorkshop(week, { tables: 2 })), { type: 'discuss', table: 0 }, { type: 'vote', table: 0 }, { type: 'cast', table: 0, number: 2 }, { type: 'cast', table: 0, number: 2 }, { type: 'decide', table: 0 });
    room = on(room, { type: 'next', table: 0 });
    expect(room.cycles[0]!.decision.kind).toBe('continue');
    room = on(room, { type: 'discuss', table: 0 });
    expect(room.cycles[0]).toMatchObject({ step: 'reveal', revealed: 1 });
    expect(room.workshop.rounds[1]).toMatchObject({ kind: 'continue', decidedBy: 'continue' });
  });
});

describe('stepBackOf', () => {
  it('says what each step back does, and back does it', () => {
    let room = openRoom(scenario, startWorkshop(scenario, { tables: 2 }));
    expect(stepBackOf(room, 0)).toMatchObject({ kind: 'none' });
    expect(() => apply(room, { type: 'back', table: 0 })).toThrow(/first decision/);
    room = apply(room, { type: 'discuss', table: 0 });
    expect(stepBackOf(room, 0)).toEqual({ kind: 'to-read' });
    room = apply(room, { type: 'vote', table: 0 }, { type: 'cast', table: 0, number: 1 });
    expect(stepBackOf(room, 0)).toEqual({ kind: 'to-discuss', discardsVotes: 1 });
    const discussing = apply(room, { type: 'back', table: 0 });
    expect(discussing.cycles[0]).toMatchObject({ step: 'discuss', votes: [] });
    expect(discussing.cycles[0]!.timer.endedEarly).toBe(false);
    room = apply(room, { type: 'cast', table: 0, number: 1 }, { type: 'decide', table: 0 });
    expect(stepBackOf(room, 0)).toEqual({ kind: 'undo-decision', decision: 1 });
    room = apply(room, { type: 'next', table: 0 });
    expect(stepBackOf(room, 0)).toEqual({ kind: 'undo-decision', decision: 1 });
    room = apply(room, { type: 'back', table: 0 });
    expect(room.workshop.rounds).toEqual([]);
    expect(room.cycles[0]).toMatchObject({ step: 'vote', votes: [] });
    expect(room.cycles[0]!.decision.view.node.id).toBe('cin-review');
  });

  it('takes back one table’s decision in independent mode, leaving the others’', () => {
    let room = openRoom(scenario, startWorkshop(scenario, { tables, mode: 'independent' }));
    room = decide(room, 0, [1]);
    room = decide(room, 1, [2]);
    room = apply(room, { type: 'back', table: 0 });
    expect(room.workshop.rounds.map((round) => round.tables)).toEqual([[1]]);
    expect(cycleOf(room, 0)!.step).toBe('vote');
    expect(cycleOf(room, 1)!.step).toBe('reveal');
  });
});

describe('noteNumber', () => {
  it('keeps a note with its decision as decisions are taken and taken back', () => {
    let room = openRoom(scenario, startWorkshop(scenario, { tables: 2 }));
    room = apply(room, { type: 'note', table: 0, text: 'Both tables want more time.' });
    room = decide(room, 0, [1, 1]);
    expect(room.workshop.notes).toEqual({ 1: 'Both tables want more time.' });
    expect(noteNumber(room, 0)).toBe(1);
    room = apply(room, { type: 'next', table: 0 }, { type: 'note', table: 0, text: 'Evidence first.' });
    expect(room.workshop.notes).toEqual({ 1: 'Both tables want more time.', 2: 'Evidence first.' });
    room = apply(room, { type: 'back', table: 0 });
    expect(room.workshop.notes).toEqual({ 1: 'Both tables want more time.\n\nEvidence first.' });
  });

  it('gives each independent table its own note in progress, attached to its own decision', () => {
    let room = openRoom(scenario, startWorkshop(scenario, { tables, mode: 'independent' }));
    room = apply(room, { type: 'note', table: 1, text: 'Health wants a strategy meeting.' }, { type: 'note', table: 3, text: 'CSC defends the closure.' });
    room = decide(room, 3, [2]);
    room = decide(room, 1, [1]);
    const debrief = buildWorkshopDebrief(scenario, room.workshop);
    expect(debrief.rounds.map((round) => [round.number, round.note])).toEqual([
      [1, 'CSC defends the closure.'],
      [2, 'Health wants a strategy meeting.'],
    ]);
    room = apply(room, { type: 'note', table: 0, text: 'Police: quiet.' }, { type: 'back', table: 3 });
    expect(buildWorkshopDebrief(scenario, room.workshop).rounds.map((round) => round.note)).toEqual(['Health wants a strategy meeting.']);
    room = apply(room, { type: 'cast', table: 3, number: 1 }, { type: 'decide', table: 3 });
    room = decide(room, 0, [1]);
    expect(buildWorkshopDebrief(scenario, room.workshop).rounds.map((round) => round.note)).toEqual(['Health wants a strategy meeting.', 'CSC defends the closure.', 'Police: quiet.']);
  });

  it('renames a table, keeping the name in the record', () => {
    const room = apply(openRoom(scenario, startWorkshop(scenario, { tables: 2 })), { type: 'rename', table: 1, name: ' Health ' });
    expect(room.workshop.tables).toEqual(['Table 1', 'Health']);
    expect(() => apply(room, { type: 'rename', table: 0, name: 'health' })).toThrow(/Two tables/);
  });
});

describe('discussionTimerReducer reopen', () => {
  it('takes back an early end, keeping the time left, paused', () => {
    const ended = discussionTimerReducer(discussionTimerReducer(startDiscussionTimer(3, { autostart: true }), { type: 'tick', elapsedMs: 30_000 }), { type: 'end' });
    expect(discussionTimerReducer(ended, { type: 'reopen' })).toMatchObject({ remainingMs: 150_000, running: false, endedEarly: false, usedMs: 30_000 });
  });
});
