/**
 * The sentence under the choices and the connection banner: both read the
 * state alone (no DOM), so they are checked here for each place a vote can be.
 */
import { describe, expect, it } from 'vitest';
import { connectionBanner } from '../../../../cli/live/participant/connection-banner.js';
import { advanceParticipant } from '../../../../cli/live/participant/participant-state.js';
import { voteStatus } from '../../../../cli/live/participant/render-vote.js';
import { BALLOT, CHOICES, atTheVote, message, viewAt } from './participant-fixtures.js';

const view = viewAt('vote');
const tapped = () => advanceParticipant(atTheVote(), { type: 'choice-chosen', choice: CHOICES[0].id, ballot: BALLOT }).state;

describe('voteStatus', () => {
  it('follows a vote from none, to sending, to received', () => {
    expect(voteStatus(atTheVote(), view)).toEqual({ text: 'Your table has not voted yet.', tone: 'none' });
    expect(voteStatus(tapped(), view)).toEqual({ text: 'Sending…', tone: 'sending' });
    const received = advanceParticipant(tapped(), message({ type: 'received', ballot: BALLOT, decision: 1, choice: CHOICES[0].id })).state;
    expect(voteStatus(received, view)).toEqual({ text: 'Vote received: Phone Dan today. You can change it until the trainer closes the vote.', tone: 'received' });
  });

  it('says a vote the laptop could not save is kept, while it waits to go again', () => {
    const waiting = advanceParticipant(tapped(), message({ type: 'refused', code: 'not-saved', message: 'x', hint: 'y', ballot: BALLOT })).state;
    expect(voteStatus(waiting, view)).toEqual({ text: 'Not saved yet: Phone Dan today. It is kept on this phone.', tone: 'sending' });
    expect(voteStatus(advanceParticipant(waiting, { type: 'resend-due' }).state, view).text).toBe('Sending…');
  });

  it('says a vote tapped while the connection is down is kept', () => {
    const dropped = advanceParticipant(tapped(), { type: 'closed' }).state;
    expect(voteStatus(dropped, view).text).toBe('Not sent yet: Phone Dan today. It is kept on this phone.');
  });
});

describe('connectionBanner', () => {
  it('shows nothing while connected and says a kept vote will go when the connection is back', () => {
    expect(connectionBanner(tapped())).toBeNull();
    const dropped = advanceParticipant(tapped(), { type: 'closed' }).state;
    expect(connectionBanner(dropped)).toBe('Connection lost — reconnecting. Your vote is kept on this phone and will be sent when the connection is back.');
  });

  it('advises checking the Wi-Fi after three failed tries', () => {
    let state = advanceParticipant(atTheVote(), { type: 'closed' }).state;
    state = advanceParticipant(state, { type: 'closed' }).state;
    expect(connectionBanner(state)).toBe('Connection lost — reconnecting.');
    state = advanceParticipant(state, { type: 'closed' }).state;
    expect(connectionBanner(state)).toBe("Connection lost — reconnecting. Check this phone is on the workshop's Wi-Fi.");
  });
});
