/**
 * Votes of a decision not yet taken, kept in the workshop: from the
 * trainer's keys (in table order) and the tables' phones (any order), each
 * table counted once, a vote sent twice counted once, a late vote refused,
 * and a workshop resumed in the middle of a vote opened at that vote.
 */
import { describe, expect, it } from 'vitest';
import { openRoom, roomReducer, voteStatus, type Room, type RoomAction } from '../../../engine/workshop/decision-cycle.js';
import { restoreWorkshop, serialiseWorkshop } from '../../../engine/workshop/serialise-workshop.js';
import { startWorkshop } from '../../../engine/workshop/workshop-play.js';
import { WorkshopError } from '../../../engine/workshop/workshop-error.js';
import { bundled } from './load-bundled.js';

const scenario = bundled('closing-too-soon');
const tables = ['Police', 'Health', 'School', 'Children’s social care'];
const apply = (room: Room, ...actions: RoomAction[]) => actions.reduce((current, action) => roomReducer(scenario, current, action), room);
const voting = () => apply(openRoom(scenario, startWorkshop(scenario, { tables })), { type: 'discuss', table: 0 }, { type: 'vote', table: 0 });
const choices = () => {
  const node = voting().cycles[0]!.decision.view.node;
  if (node.kind !== 'scene') throw new Error('not a scene');
  return node.choices.map((choice) => choice.id);
};

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkshopError) return error.code;
    throw error;
  }
  return 'none';
}

describe('ballots', () => {
  it('takes phone votes in any order, saves each in the workshop, and records them in table order', () => {
    const [a, b] = choices();
    let room = apply(voting(), { type: 'ballot', table: 2, decision: 1, choiceId: a!, ballot: 'ballot-school-1' }, { type: 'ballot', table: 0, decision: 1, choiceId: b!, ballot: 'ballot-police-1' });
    expect(room.workshop.ballots?.map((ballot) => [ballot.table, ballot.choiceId])).toEqual([[0, b], [2, a]]);
    expect(voteStatus(room.workshop, room.cycles[0]!).waiting).toEqual(['Health', 'Children’s social care']);
    // The trainer keys the rest, for the tables still to vote, in table order.
    room = apply(room, { type: 'cast', table: 0, number: 1 }, { type: 'cast', table: 0, number: 1 });
    room = apply(room, { type: 'decide', table: 0 });
    expect(room.workshop.rounds[0]!.votes).toEqual([b, a, a, a]);
    expect(room.workshop.ballots).toBeUndefined();
  });

  it('counts a vote sent again once, and lets a table change its vote until the decision is taken', () => {
    const [a, b] = choices();
    const once = apply(voting(), { type: 'ballot', table: 1, decision: 1, choiceId: a!, ballot: 'ballot-health-1' });
    expect(apply(once, { type: 'ballot', table: 1, decision: 1, choiceId: a!, ballot: 'ballot-health-1' })).toBe(once);
    const changed = apply(once, { type: 'ballot', table: 1, decision: 1, choiceId: b!, ballot: 'ballot-health-2' });
    expect(changed.cycles[0]!.votes).toEqual([b]);
    expect(changed.cycles[0]!.voters).toEqual([1]);
    expect(changed.workshop.ballots).toHaveLength(1);
  });

  it('refuses a vote outside the vote, for another decision, or for a choice not on offer', () => {
    const [a] = choices();
    const reading = openRoom(scenario, startWorkshop(scenario, { tables }));
    expect(refusal(() => apply(reading, { type: 'ballot', table: 0, decision: 1, choiceId: a!, ballot: 'ballot-police-1' }))).toBe('not-voting');
    expect(refusal(() => apply(voting(), { type: 'ballot', table: 0, decision: 2, choiceId: a!, ballot: 'ballot-police-1' }))).toBe('stale-decision');
    expect(refusal(() => apply(voting(), { type: 'ballot', table: 0, decision: 1, choiceId: 'not-a-choice', ballot: 'ballot-police-1' }))).toBe('bad-vote');
  });

  it('discards the saved votes when the room goes back to the discussion', () => {
    const [a] = choices();
    const room = apply(voting(), { type: 'ballot', table: 0, decision: 1, choiceId: a!, ballot: 'ballot-police-1' }, { type: 'back', table: 0 });
    expect(room.cycles[0]).toMatchObject({ step: 'discuss', votes: [], voters: [] });
    expect(room.workshop.ballots).toBeUndefined();
  });

  it('opens a workshop saved in the middle of a vote at that vote, with its votes in place', () => {
    const [a, b] = choices();
    const room = apply(voting(), { type: 'ballot', table: 3, decision: 1, choiceId: a!, ballot: 'ballot-social-1' }, { type: 'cast', table: 0, number: 2 });
    const saved = restoreWorkshop(serialiseWorkshop(room.workshop), scenario).workshop;
    const resumed = openRoom(scenario, saved);
    expect(resumed.cycles[0]).toMatchObject({ step: 'vote', voters: [0, 3] });
    expect(resumed.cycles[0]!.votes).toEqual([b, a]);
    expect(resumed.cycles[0]!.timer.running).toBe(false);
  });

  it('takes back the last vote entered, whoever entered it', () => {
    const [a] = choices();
    const room = apply(voting(), { type: 'cast', table: 0, number: 2 }, { type: 'ballot', table: 3, decision: 1, choiceId: a!, ballot: 'ballot-social-1' }, { type: 'uncast', table: 0 });
    expect(room.cycles[0]!.voters).toEqual([0]);
    expect(room.workshop.ballots?.map((ballot) => ballot.table)).toEqual([0]);
  });
});

describe('a vote arriving late', () => {
  it('never undoes the newer vote it was replaced by', () => {
    const [a, b] = choices();
    const newer = apply(voting(), { type: 'ballot', table: 1, decision: 1, choiceId: a!, ballot: 'ballot-first-1' }, { type: 'ballot', table: 1, decision: 1, choiceId: b!, ballot: 'ballot-second-2' });
    const late = apply(newer, { type: 'ballot', table: 1, decision: 1, choiceId: a!, ballot: 'ballot-first-1' });
    expect(late).toBe(newer);
    expect(late.cycles[0]!.votes).toEqual([b]);
    expect(late.workshop.ballots).toEqual([{ table: 1, decision: 1, sceneId: late.cycles[0]!.decision.view.node.id, choiceId: b, ballot: 'ballot-second-2', replaced: ['ballot-first-1'] }]);
    // Saved and read back, it still knows.
    const resumed = openRoom(scenario, restoreWorkshop(serialiseWorkshop(late.workshop), scenario).workshop);
    expect(apply(resumed, { type: 'ballot', table: 1, decision: 1, choiceId: a!, ballot: 'ballot-first-1' }).cycles[0]!.votes).toEqual([b]);
  });
});
