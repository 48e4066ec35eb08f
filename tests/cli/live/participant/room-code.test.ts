import { describe, expect, it } from 'vitest';
import { normaliseRoomCode, readRoomCode } from '../../../../cli/live/participant/room-code.js';

describe('normaliseRoomCode', () => {
  it('drops the hash, spaces and hyphens and uppercases, as a phone keyboard or a QR link gives it', () => {
    expect(normaliseRoomCode('#k7m4qp')).toBe('K7M4QP');
    expect(normaliseRoomCode(' k7m 4qp ')).toBe('K7M4QP');
    expect(normaliseRoomCode('K7M-4QP')).toBe('K7M4QP');
    expect(normaliseRoomCode('')).toBe('');
  });
});

describe('readRoomCode', () => {
  it('accepts six characters from the room alphabet, tidied', () => {
    expect(readRoomCode('k7m-4qp')).toEqual({ ok: true, code: 'K7M4QP' });
    expect(readRoomCode('HX3R9T')).toEqual({ ok: true, code: 'HX3R9T' });
  });

  it('asks for a code when nothing was typed', () => {
    expect(readRoomCode('  ')).toEqual({ ok: false, typed: '', message: 'Enter the room code shown on the screen' });
  });

  it.each(['K7M4Q0', 'K7M4QO', 'K7M4Q1', 'K7M4QI', 'K7M4QL', 'K7M4Q!'])('says which characters a room code never has, for %s', (text) => {
    expect(readRoomCode(text)).toEqual({ ok: false, typed: text, message: 'Room code must only include letters and the digits 2 to 9 (there is no 0, O, 1, I or L)' });
  });

  it('says how long a code is when it is too short or too long, keeping what was typed', () => {
    expect(readRoomCode('k7m')).toEqual({ ok: false, typed: 'K7M', message: 'Room code must be 6 characters' });
    expect(readRoomCode('K7M4QPX')).toEqual({ ok: false, typed: 'K7M4QPX', message: 'Room code must be 6 characters' });
  });
});
