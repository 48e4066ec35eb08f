/** The phones' room: codes from the alphabet with every character equally likely, tokens of 128 bits, seats never taken over. */
import { describe, expect, it } from 'vitest';
import { freeSeat, holdsSeat, newRoomCode, newSeatToken, takeSeat, withLiveRoom } from '../../../../engine/workshop/live/live-room.js';
import { ROOM_CODE_ALPHABET, SEAT_TOKEN_PATTERN } from '../../../../engine/workshop/live/live-protocol.js';
import { startWorkshop } from '../../../../engine/workshop/workshop-play.js';
import { WorkshopError } from '../../../../engine/workshop/workshop-error.js';
import { bundled } from '../load-bundled.js';

const scenario = bundled('closing-too-soon');

/** Bytes from a list, round and round. */
const bytes = (values: number[]) => {
  let at = 0;
  return (count: number) => Uint8Array.from({ length: count }, () => values[at++ % values.length]!);
};

describe('room codes and seat tokens', () => {
  it('makes 6-character codes from the alphabet, skipping the bytes that would bias it', () => {
    const size = ROOM_CODE_ALPHABET.length;
    const limit = 256 - (256 % size);
    // Bytes at or past the limit are skipped, so they never appear as characters.
    const code = newRoomCode(bytes([255, limit, 0, 1, 2, 3, 4, size + 5]));
    expect(code).toBe(`${ROOM_CODE_ALPHABET[0]}${ROOM_CODE_ALPHABET[1]}${ROOM_CODE_ALPHABET[2]}${ROOM_CODE_ALPHABET[3]}${ROOM_CODE_ALPHABET[4]}${ROOM_CODE_ALPHABET[5]}`);
    expect(newRoomCode(bytes([17, 200, 3]))).toMatch(new RegExp(`^[${ROOM_CODE_ALPHABET}]{6}$`));
  });

  it('makes tokens of 32 hexadecimal digits', () => {
    expect(newSeatToken(bytes([0, 15, 255, 16]))).toMatch(SEAT_TOKEN_PATTERN);
    expect(newSeatToken(bytes([0, 15, 255, 16]))).toBe('000fff10'.repeat(4));
  });
});

describe('seats', () => {
  const token = 'a'.repeat(32);
  const other = 'b'.repeat(32);
  const served = withLiveRoom(startWorkshop(scenario, { tables: 3 }), () => 'K7M4QP');

  it('keeps the code a workshop already has', () => {
    expect(withLiveRoom(served, () => 'ZZZZZZ', 8420).live).toEqual({ code: 'K7M4QP', seats: {}, port: 8420 });
  });

  it('gives a free seat, and never takes a held one over', () => {
    const seated = takeSeat(served, 1, token);
    expect(holdsSeat(seated, 1, token)).toBe(true);
    expect(holdsSeat(seated, 1, other)).toBe(false);
    expect(holdsSeat(seated, 0, token)).toBe(false);
    expect(() => takeSeat(seated, 1, other)).toThrowError(WorkshopError);
    expect(() => takeSeat(seated, 1, token)).toThrowError(/already has a phone/);
  });

  it('frees a seat for the trainer, so another phone can take it', () => {
    const freed = freeSeat(takeSeat(served, 1, token), 1);
    expect(holdsSeat(freed, 1, token)).toBe(false);
    expect(holdsSeat(takeSeat(freed, 1, other), 1, other)).toBe(true);
  });

  it('refuses a seat in a workshop not served, or at a table it does not have', () => {
    expect(() => takeSeat(startWorkshop(scenario, { tables: 3 }), 0, token)).toThrowError(/not served/);
    expect(() => takeSeat(served, 7, token)).toThrowError(/no table 8/);
  });
});
