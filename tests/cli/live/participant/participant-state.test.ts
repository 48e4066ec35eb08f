/**
 * The participant page's rules, driven event by event as `main.ts` drives
 * them: what the page sends, keeps on the phone and forgets for each thing
 * that happens, with no browser.
 */
import { describe, expect, it } from 'vitest';
import type { RefusalCode } from '../../../../engine/workshop/live/live-protocol.js';
import { advanceParticipant, initialParticipantState, type ParticipantEffect } from '../../../../cli/live/participant/participant-state.js';
import { BALLOT, CHOICES, JOINED, OTHER_BALLOT, OTHER_ROOM, ROOM, SEATED, TOKEN, atTheVote, message, play, viewAt, voteSent } from './participant-fixtures.js';

const [FIRST, SECOND] = CHOICES;
const HELLO: ParticipantEffect = { type: 'send', message: { type: 'hello', code: ROOM, table: 1, token: TOKEN } };
const KEPT = { code: ROOM, decision: 1, choice: FIRST.id, ballot: BALLOT };
const NOT_SAVED_WORDS = "The trainer's laptop could not save your vote yet. It will be sent again in a moment.";

const refusal = (code: RefusalCode, ballot?: string) =>
  message({ type: 'refused', code, message: `Refused: ${code}`, hint: 'Server hint.', ...(ballot === undefined ? {} : { ballot }) });

const types = (effects: ParticipantEffect[]) => effects.map((effect) => effect.type);

describe('advanceParticipant: joining', () => {
  it('accepts a code from the link, puts it in the address and connects', () => {
    const { state, effects } = play([{ type: 'code-entered', text: '#k7m 4qp', seat: null, pending: null }]);
    expect(state).toMatchObject({ code: ROOM, typedCode: ROOM, codeError: null, connection: 'connecting' });
    expect(effects).toEqual([{ type: 'show-code', code: ROOM }, { type: 'connect' }]);
  });

  it('turns down a code no room could have, without connecting', () => {
    const { state, effects } = play([{ type: 'code-entered', text: 'K7M4Q0', seat: null, pending: null }]);
    expect(state.code).toBeNull();
    expect(state.typedCode).toBe('K7M4Q0');
    expect(state.codeError?.message).toMatch(/^Room code must only include/);
    expect(state.connection).toBe('idle');
    expect(effects).toEqual([{ type: 'show-code', code: null }]);
  });

  it('sends nothing on opening without a seat, keeps the lobby, and joins the tapped table once', () => {
    const opened = play(JOINED.slice(0, 3));
    expect(opened.state.connection).toBe('open');
    expect(opened.all.filter((effect) => effect.type === 'send')).toEqual([]);
    expect(opened.state.lobby?.tables).toEqual([{ index: 1, name: 'Table 2', taken: false }]);

    const tapped = advanceParticipant(opened.state, { type: 'table-chosen', table: 1 });
    expect(tapped.state.joining).toBe(1);
    expect(tapped.effects).toEqual([{ type: 'send', message: { type: 'join', code: ROOM, table: 1 } }]);
    // A second tap while the server has not answered sends nothing.
    expect(advanceParticipant(tapped.state, { type: 'table-chosen', table: 2 }).effects).toEqual([]);
  });

  it('keeps the seat for the room once seated and says which table the phone is', () => {
    const { state, effects } = play(JOINED);
    expect(state.seat).toEqual({ code: ROOM, table: 1, token: TOKEN, name: 'Table 2' });
    expect(state.seated).toBe(true);
    expect(state.joining).toBeNull();
    expect(effects).toEqual([
      { type: 'remember-seat', seat: { code: ROOM, table: 1, token: TOKEN } },
      { type: 'announce', text: 'You are Table 2.' },
    ]);
  });

  it('takes back a kept seat with hello on opening, and sends a kept vote again once seated', () => {
    const entered = play([{ type: 'code-entered', text: ROOM, seat: { code: ROOM, table: 1, token: TOKEN }, pending: KEPT }]);
    expect(entered.state.pending).toEqual(KEPT);
    const opened = advanceParticipant(entered.state, { type: 'opened' });
    expect(opened.effects).toEqual([HELLO]);
    expect(opened.state.seated).toBe(false);
    const seated = advanceParticipant(opened.state, SEATED);
    expect(seated.effects).toEqual([{ type: 'remember-seat', seat: { code: ROOM, table: 1, token: TOKEN } }, voteSent(FIRST.id, BALLOT)]);
  });

  it('sends a phone with another room’s code back to the code form, forgetting what it kept', () => {
    const { state, effects } = play([
      { type: 'code-entered', text: OTHER_ROOM, seat: null, pending: null },
      { type: 'opened' },
      { type: 'table-chosen', table: 1 },
      message({ type: 'refused', code: 'wrong-room', message: 'That code is not for this workshop', hint: 'Check the code.' }),
    ]);
    expect(state).toMatchObject({ code: null, typedCode: OTHER_ROOM, seat: null, joining: null, pending: null, connection: 'open' });
    expect(state.codeError).toEqual({ message: 'That code is not for this workshop', hint: 'Check the code.' });
    expect(effects).toEqual([
      { type: 'forget-seat', code: OTHER_ROOM },
      { type: 'forget-vote', code: OTHER_ROOM },
      { type: 'show-code', code: null },
    ]);
  });

  it('forgets a seat the server no longer holds and goes back to the lobby', () => {
    const seated = atTheVote();
    const { state, effects } = advanceParticipant(seated, refusal('bad-token'));
    expect(state.seat).toBeNull();
    expect(state.seated).toBe(false);
    expect(state.view).toBeNull();
    expect(state.problem).toEqual({ message: 'Refused: bad-token', hint: 'Server hint.' });
    expect(effects).toEqual([{ type: 'forget-seat', code: ROOM }, { type: 'announce', text: 'Refused: bad-token Server hint.' }]);
  });

  it('keeps the seat when a taken seat is refused to a phone that is already seated', () => {
    const { state, effects } = advanceParticipant(atTheVote(), refusal('seat-taken'));
    expect(state.seat?.token).toBe(TOKEN);
    expect(types(effects)).toEqual(['announce']);
  });
});

describe('advanceParticipant: the steps', () => {
  it('shows each view, announcing a new step once and a timer running out once', () => {
    const read = play([...JOINED, message({ type: 'view', view: viewAt('read') }, 1_000)]);
    expect(read.state.view?.step).toBe('read');
    expect(read.state.viewReceivedAt).toBe(1_000);
    expect(read.effects).toEqual([{ type: 'announce', text: 'A new scene to read.' }]);

    const discuss = advanceParticipant(read.state, message({ type: 'view', view: viewAt('discuss') }, 2_000));
    expect(discuss.effects).toEqual([{ type: 'announce', text: 'The discussion has started.' }]);
    const paused = advanceParticipant(discuss.state, message({ type: 'view', view: viewAt('discuss', { timer: { remainingMs: 60_000, running: false, ranOut: false } }) }, 3_000));
    expect(paused.effects).toEqual([]);
    expect(paused.state.viewReceivedAt).toBe(3_000);
    const ranOut = advanceParticipant(paused.state, message({ type: 'view', view: viewAt('discuss', { timer: { remainingMs: 0, running: false, ranOut: true } }) }));
    expect(ranOut.effects).toEqual([{ type: 'announce', text: 'Time is up.' }]);
    const again = advanceParticipant(ranOut.state, message({ type: 'view', view: viewAt('discuss', { timer: { remainingMs: 0, running: false, ranOut: true } }) }));
    expect(again.effects).toEqual([]);

    const vote = advanceParticipant(again.state, message({ type: 'view', view: viewAt('vote') }));
    expect(vote.effects).toEqual([{ type: 'announce', text: "The vote is open. Choose your table's answer." }]);
  });

  it('takes the vote the server counted from the view', () => {
    const state = atTheVote(viewAt('vote', { myVote: SECOND.id }));
    expect(state.counted).toEqual({ decision: 1, choice: SECOND.id });
  });
});

describe('advanceParticipant: voting', () => {
  it('keeps a tapped vote on the phone before sending it, and forgets it once received', () => {
    const tapped = advanceParticipant(atTheVote(), { type: 'choice-chosen', choice: FIRST.id, ballot: BALLOT });
    expect(tapped.effects).toEqual([{ type: 'remember-vote', vote: KEPT }, voteSent(FIRST.id, BALLOT)]);
    expect(tapped.state.pending).toEqual(KEPT);
    // The same choice again while it is on its way sends nothing.
    expect(advanceParticipant(tapped.state, { type: 'choice-chosen', choice: FIRST.id, ballot: OTHER_BALLOT }).effects).toEqual([]);

    const received = advanceParticipant(tapped.state, message({ type: 'received', ballot: BALLOT, decision: 1, choice: FIRST.id }));
    expect(received.state.pending).toBeNull();
    expect(received.state.counted).toEqual({ decision: 1, choice: FIRST.id });
    expect(received.effects).toEqual([{ type: 'forget-vote', code: ROOM }, { type: 'announce', text: 'Vote received: Phone Dan today.' }]);
    // A tap on the counted choice sends nothing; another choice is a new ballot.
    expect(advanceParticipant(received.state, { type: 'choice-chosen', choice: FIRST.id, ballot: OTHER_BALLOT }).effects).toEqual([]);
    expect(advanceParticipant(received.state, { type: 'choice-chosen', choice: SECOND.id, ballot: OTHER_BALLOT }).effects).toContainEqual(voteSent(SECOND.id, OTHER_BALLOT));
  });

  it('keeps a vote through a drop and sends it again with the same ballot after hello', () => {
    const tapped = advanceParticipant(atTheVote(), { type: 'choice-chosen', choice: FIRST.id, ballot: BALLOT });
    const dropped = advanceParticipant(tapped.state, { type: 'closed' });
    expect(dropped.state).toMatchObject({ connection: 'lost', seated: false, pending: KEPT, failedAttempts: 1 });
    expect(dropped.effects).toEqual([{ type: 'announce', text: 'Connection lost. Reconnecting.' }]);
    // A retry that fails counts, and says nothing more.
    const failed = advanceParticipant(dropped.state, { type: 'closed' });
    expect(failed.state.failedAttempts).toBe(2);
    expect(failed.effects).toEqual([]);

    const opened = advanceParticipant(failed.state, { type: 'opened' });
    expect(opened.state.failedAttempts).toBe(0);
    expect(opened.effects).toEqual([HELLO, { type: 'announce', text: 'Connected again.' }]);
    const seated = advanceParticipant(opened.state, SEATED);
    expect(seated.effects).toEqual([{ type: 'remember-seat', seat: { code: ROOM, table: 1, token: TOKEN } }, voteSent(FIRST.id, BALLOT)]);
  });

  it('keeps a vote tapped while the connection is down, and sends it only once seated again', () => {
    const dropped = advanceParticipant(atTheVote(), { type: 'closed' });
    const tapped = advanceParticipant(dropped.state, { type: 'choice-chosen', choice: FIRST.id, ballot: BALLOT });
    expect(tapped.effects).toEqual([{ type: 'remember-vote', vote: KEPT }]);
    const { all } = play([{ type: 'opened' }, SEATED], tapped.state);
    expect(all.filter((effect) => effect.type === 'send')).toEqual([HELLO, voteSent(FIRST.id, BALLOT)]);
  });

  it('forgets a kept vote once the room has moved past its decision', () => {
    const tapped = advanceParticipant(atTheVote(), { type: 'choice-chosen', choice: FIRST.id, ballot: BALLOT });
    const revealed = advanceParticipant(tapped.state, message({ type: 'view', view: viewAt('reveal') }));
    expect(revealed.state.pending).toBeNull();
    expect(revealed.effects[0]).toEqual({ type: 'forget-vote', code: ROOM });
  });

  it.each<RefusalCode>(['not-voting', 'stale-decision', 'no-such-choice', 'bad-token'])('drops a vote refused as %s and shows the server’s words', (code) => {
    const tapped = advanceParticipant(atTheVote(), { type: 'choice-chosen', choice: FIRST.id, ballot: BALLOT });
    const { state, effects } = advanceParticipant(tapped.state, refusal(code, BALLOT));
    expect(state.pending).toBeNull();
    expect(state.resendWaiting).toBe(false);
    expect(state.problem).toEqual({ message: `Refused: ${code}`, hint: 'Server hint.' });
    expect(effects).toContainEqual({ type: 'forget-vote', code: ROOM });
    expect(types(effects)).not.toContain('resend-later');
  });
});

describe('advanceParticipant: a vote the laptop could not save', () => {
  const tapped = () => advanceParticipant(atTheVote(), { type: 'choice-chosen', choice: FIRST.id, ballot: BALLOT }).state;

  it('keeps the vote, says it will go again, and asks for a resend in three seconds', () => {
    const { state, effects } = advanceParticipant(tapped(), refusal('not-saved', BALLOT));
    expect(state.pending).toEqual(KEPT);
    expect(state).toMatchObject({ resendWaiting: true, resendAttempts: 1 });
    expect(state.problem).toEqual({ message: "The trainer's laptop could not save your vote yet.", hint: 'It will be sent again in a moment.' });
    // Nothing forgotten on the phone either: a reload in the wait still has the vote.
    expect(effects).toEqual([{ type: 'resend-later', ms: 3_000 }, { type: 'announce', text: NOT_SAVED_WORDS }]);
  });

  it('sends the same ballot again by itself when the wait is over, backing off while the laptop keeps failing', () => {
    let state = tapped();
    const waits: number[] = [];
    const sent: ParticipantEffect[] = [];
    for (let round = 0; round < 5; round += 1) {
      const refused = advanceParticipant(state, refusal('not-saved', BALLOT));
      const wait = refused.effects.find((effect) => effect.type === 'resend-later');
      waits.push(wait?.type === 'resend-later' ? wait.ms : -1);
      const due = advanceParticipant(refused.state, { type: 'resend-due' });
      expect(due.state.resendWaiting).toBe(false);
      sent.push(...due.effects);
      state = due.state;
    }
    expect(waits).toEqual([3_000, 6_000, 12_000, 15_000, 15_000]);
    expect(sent).toEqual(Array.from({ length: 5 }, () => voteSent(FIRST.id, BALLOT)));

    const received = advanceParticipant(state, message({ type: 'received', ballot: BALLOT, decision: 1, choice: FIRST.id }));
    expect(received.state).toMatchObject({ pending: null, problem: null, resendAttempts: 0, resendWaiting: false, counted: { decision: 1, choice: FIRST.id } });
    expect(received.effects[0]).toEqual({ type: 'forget-vote', code: ROOM });
    // The next failure starts from the first wait again.
    const next = play([{ type: 'choice-chosen', choice: SECOND.id, ballot: OTHER_BALLOT }, refusal('not-saved', OTHER_BALLOT)], received.state);
    expect(next.effects[0]).toEqual({ type: 'resend-later', ms: 3_000 });
  });

  it('does the same for the rate limit, whose refusal names no ballot', () => {
    const { state, effects } = advanceParticipant(tapped(), refusal('too-many-messages'));
    expect(state.pending).toEqual(KEPT);
    expect(state.problem?.message).toBe("The trainer's laptop could not take your vote yet.");
    expect(effects[0]).toEqual({ type: 'resend-later', ms: 3_000 });
    expect(advanceParticipant(state, { type: 'resend-due' }).effects).toEqual([voteSent(FIRST.id, BALLOT)]);
  });

  it('shows the rate limit’s own words when there is no vote to send again', () => {
    const { state, effects } = advanceParticipant(atTheVote(), refusal('too-many-messages'));
    expect(state.problem).toEqual({ message: 'Refused: too-many-messages', hint: 'Server hint.' });
    expect(types(effects)).toEqual(['announce']);
  });

  it('leaves a newer vote alone when an older ballot was not saved', () => {
    const changed = play([refusal('not-saved', BALLOT), { type: 'choice-chosen', choice: SECOND.id, ballot: OTHER_BALLOT }], tapped());
    expect(changed.state).toMatchObject({ resendWaiting: false, resendAttempts: 0 });
    // The wait asked for before the change sends nothing: the new ballot went out with the tap.
    expect(advanceParticipant(changed.state, { type: 'resend-due' }).effects).toEqual([]);
    const late = advanceParticipant(changed.state, refusal('not-saved', BALLOT));
    expect(late.state.pending?.ballot).toBe(OTHER_BALLOT);
    expect(types(late.effects)).toEqual(['announce']);
  });

  it('waits for the seat instead when the connection drops during the wait', () => {
    const waiting = advanceParticipant(tapped(), refusal('not-saved', BALLOT)).state;
    const due = play([{ type: 'closed' }, { type: 'resend-due' }], waiting);
    expect(due.effects).toEqual([]);
    expect(due.state.pending).toEqual(KEPT);
    const back = play([{ type: 'opened' }, SEATED], due.state);
    expect(back.all.filter((effect) => effect.type === 'send')).toEqual([HELLO, voteSent(FIRST.id, BALLOT)]);
  });

  it('sends the kept vote once when the seat comes back before the wait is over', () => {
    const waiting = advanceParticipant(tapped(), refusal('not-saved', BALLOT)).state;
    const { all } = play([{ type: 'closed' }, { type: 'opened' }, SEATED, { type: 'resend-due' }], waiting);
    expect(all.filter((effect) => effect.type === 'send')).toEqual([HELLO, voteSent(FIRST.id, BALLOT)]);
  });

  it('drops the wait when the room moves past the vote', () => {
    const waiting = advanceParticipant(tapped(), refusal('not-saved', BALLOT)).state;
    const { state, all } = play([message({ type: 'view', view: viewAt('reveal') }), { type: 'resend-due' }], waiting);
    expect(state).toMatchObject({ pending: null, resendWaiting: false, resendAttempts: 0 });
    expect(all).toContainEqual({ type: 'forget-vote', code: ROOM });
    expect(all.filter((effect) => effect.type === 'send')).toEqual([]);
  });

  it('does nothing on a resend-due with no resend waiting', () => {
    const state = tapped();
    expect(advanceParticipant(state, { type: 'resend-due' })).toEqual({ state, effects: [] });
  });
});

describe('advanceParticipant: independent mode', () => {
  const readWithButton = () => play([...JOINED, message({ type: 'view', view: viewAt('read', { advance: { label: 'Start our discussion' } }) })]).state;
  const advanceFrom = (from: string) => ({ type: 'send', message: { type: 'advance', code: ROOM, table: 1, token: TOKEN, decision: 1, from } });

  it('sends an advance once per step, and again at the next step', () => {
    const first = advanceParticipant(readWithButton(), { type: 'advance-chosen' });
    expect(first.effects).toEqual([advanceFrom('read')]);
    expect(first.state.advancing).toBe(true);
    expect(advanceParticipant(first.state, { type: 'advance-chosen' }).effects).toEqual([]);
    // A view of the same step (the timer, another table) keeps the button spent.
    const same = advanceParticipant(first.state, message({ type: 'view', view: viewAt('read', { advance: { label: 'Start our discussion' }, clockLabel: 'later' }) }));
    expect(advanceParticipant(same.state, { type: 'advance-chosen' }).effects).toEqual([]);

    const discuss = advanceParticipant(same.state, message({ type: 'view', view: viewAt('discuss', { advance: { label: 'Go to the vote' } }) }));
    expect(discuss.state.advancing).toBe(false);
    expect(advanceParticipant(discuss.state, { type: 'advance-chosen' }).effects).toEqual([advanceFrom('discuss')]);
  });

  it('lets the table try again after a refused advance', () => {
    const first = advanceParticipant(readWithButton(), { type: 'advance-chosen' });
    const refused = advanceParticipant(first.state, refusal('bad-message'));
    expect(refused.state.advancing).toBe(false);
    expect(advanceParticipant(refused.state, { type: 'advance-chosen' }).effects).toEqual([advanceFrom('read')]);
  });

  it('sends no advance when the trainer moves the room on, or while the connection is down', () => {
    const trainerLed = play([...JOINED, message({ type: 'view', view: viewAt('read') })]).state;
    expect(advanceParticipant(trainerLed, { type: 'advance-chosen' }).effects).toEqual([]);
    const dropped = advanceParticipant(readWithButton(), { type: 'closed' }).state;
    expect(advanceParticipant(dropped, { type: 'advance-chosen' }).effects).toEqual([]);
  });
});

describe('initialParticipantState', () => {
  it('starts at the code form with no socket and nothing kept', () => {
    expect(initialParticipantState()).toMatchObject({ code: null, connection: 'idle', seat: null, pending: null, resendAttempts: 0, resendWaiting: false });
  });
});
