import { describe, expect, it } from 'vitest';
import { forgetPendingVote, isPendingVoteOvertaken, readPendingVote, rememberPendingVote } from '../../../../cli/live/participant/pending-vote.js';
import { memoryStorage } from '../../../../cli/live/participant/phone-storage.js';
import { BALLOT, OTHER_ROOM, ROOM } from './participant-fixtures.js';

const KEY = `common-ground:v1:live-vote:${ROOM}`;
const vote = { code: ROOM, decision: 2, choice: 'escalate', ballot: BALLOT };

describe('readPendingVote', () => {
  it('reads back a remembered vote for its room only', () => {
    const storage = memoryStorage();
    rememberPendingVote(storage, vote);
    expect(storage.getItem(KEY)).toBe(JSON.stringify(vote));
    expect(readPendingVote(storage, ROOM)).toEqual(vote);
    expect(readPendingVote(storage, OTHER_ROOM)).toBeNull();
  });

  it('gives null once the vote is forgotten, leaving other rooms’ votes alone', () => {
    const storage = memoryStorage();
    rememberPendingVote(storage, vote);
    rememberPendingVote(storage, { ...vote, code: OTHER_ROOM });
    forgetPendingVote(storage, ROOM);
    expect(readPendingVote(storage, ROOM)).toBeNull();
    expect(readPendingVote(storage, OTHER_ROOM)).toEqual({ ...vote, code: OTHER_ROOM });
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '"vote"'],
    ['a decision of 0', JSON.stringify({ ...vote, decision: 0 })],
    ['a fractional decision', JSON.stringify({ ...vote, decision: 1.5 })],
    ['an empty choice', JSON.stringify({ ...vote, choice: '' })],
    ['a ballot id the protocol refuses', JSON.stringify({ ...vote, ballot: 'short' })],
  ])('ignores a damaged value (%s)', (_, value) => {
    const storage = memoryStorage();
    storage.setItem(KEY, value);
    expect(readPendingVote(storage, ROOM)).toBeNull();
  });

  it('takes the room from the key, not from what is stored', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, JSON.stringify({ ...vote, code: OTHER_ROOM }));
    expect(readPendingVote(storage, ROOM)?.code).toBe(ROOM);
  });
});

describe('isPendingVoteOvertaken', () => {
  it('keeps the vote while the room is at its vote or an earlier decision’s', () => {
    expect(isPendingVoteOvertaken(vote, { step: 'vote', decision: 2 })).toBe(false);
    expect(isPendingVoteOvertaken(vote, { step: 'vote', decision: 1 })).toBe(false);
  });

  it('drops it once the room is past the vote or at a later decision', () => {
    expect(isPendingVoteOvertaken(vote, { step: 'reveal', decision: 2 })).toBe(true);
    expect(isPendingVoteOvertaken(vote, { step: 'read', decision: 3 })).toBe(true);
    expect(isPendingVoteOvertaken(vote, { step: 'vote', decision: 3 })).toBe(true);
  });
});
