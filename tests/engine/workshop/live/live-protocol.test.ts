/** A phone's messages are read strictly: the shape, the sizes, no fields beyond the protocol's. */
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, readClientMessage } from '../../../../engine/workshop/live/live-protocol.js';

const token = '0123456789abcdef0123456789abcdef';
const vote = { type: 'vote', code: 'K7M4QP', table: 2, token, decision: 1, choice: 'phone-today', ballot: 'b-12345678' };

describe('readClientMessage', () => {
  it('reads each kind of message', () => {
    expect(readClientMessage(JSON.stringify({ type: 'join', code: 'K7M4QP', table: 0 }))).toEqual({ ok: true, message: { type: 'join', code: 'K7M4QP', table: 0 } });
    expect(readClientMessage(JSON.stringify({ type: 'hello', code: 'K7M4QP', table: 3, token }))).toMatchObject({ ok: true });
    expect(readClientMessage(JSON.stringify(vote))).toEqual({ ok: true, message: vote });
    expect(readClientMessage(JSON.stringify({ type: 'advance', code: 'K7M4QP', table: 1, token, decision: 2, from: 'reveal' }))).toMatchObject({ ok: true });
  });

  it.each([
    ['not JSON', '{type:'],
    ['not an object', '[1,2]'],
    ['a code with a letter the alphabet leaves out', JSON.stringify({ type: 'join', code: 'K7M4Q0', table: 0 })],
    ['a short code', JSON.stringify({ type: 'join', code: 'K7M4', table: 0 })],
    ['a table that is not a whole number', JSON.stringify({ type: 'join', code: 'K7M4QP', table: 1.5 })],
    ['an extra field', JSON.stringify({ type: 'join', code: 'K7M4QP', table: 0, name: 'Jo Bloggs' })],
    ['a token that is not one the server gives', JSON.stringify({ ...vote, token: 'x'.repeat(32) })],
    ['a short ballot id', JSON.stringify({ ...vote, ballot: 'b1' })],
    ['decision 0', JSON.stringify({ ...vote, decision: 0 })],
    ['an unknown step', JSON.stringify({ type: 'advance', code: 'K7M4QP', table: 1, token, decision: 2, from: 'debrief' })],
    ['an unknown type', JSON.stringify({ type: 'shout', code: 'K7M4QP', table: 1 })],
  ])('refuses %s', (_, text) => {
    const read = readClientMessage(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(/\.$/);
  });

  it('refuses a message over the size limit before reading it', () => {
    const read = readClientMessage(JSON.stringify({ ...vote, choice: 'x'.repeat(MAX_MESSAGE_BYTES) }));
    expect(read).toEqual({ ok: false, problem: `A message is at most ${MAX_MESSAGE_BYTES} bytes.` });
  });
});
