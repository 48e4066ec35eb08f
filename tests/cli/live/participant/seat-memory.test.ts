import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../../cli/live/participant/phone-storage.js';
import { forgetSeat, readSeat, rememberSeat } from '../../../../cli/live/participant/seat-memory.js';
import { OTHER_ROOM, ROOM, TOKEN } from './participant-fixtures.js';

const KEY = `common-ground:v1:live-seat:${ROOM}`;
const seat = { code: ROOM, table: 1, token: TOKEN };

describe('readSeat', () => {
  it('reads back a remembered seat for its room only', () => {
    const storage = memoryStorage();
    rememberSeat(storage, seat);
    expect(readSeat(storage, ROOM)).toEqual(seat);
    expect(readSeat(storage, OTHER_ROOM)).toBeNull();
  });

  it('keeps each room’s seat apart and forgets one without the other', () => {
    const storage = memoryStorage();
    rememberSeat(storage, seat);
    rememberSeat(storage, { code: OTHER_ROOM, table: 0, token: 'f'.repeat(32) });
    forgetSeat(storage, ROOM);
    expect(readSeat(storage, ROOM)).toBeNull();
    expect(readSeat(storage, OTHER_ROOM)).toEqual({ code: OTHER_ROOM, table: 0, token: 'f'.repeat(32) });
  });

  it('accepts table 0', () => {
    const storage = memoryStorage();
    rememberSeat(storage, { ...seat, table: 0 });
    expect(readSeat(storage, ROOM)?.table).toBe(0);
  });

  it.each([
    ['not JSON', 'seat'],
    ['null', 'null'],
    ['a negative table', JSON.stringify({ ...seat, table: -1 })],
    ['a table as text', JSON.stringify({ ...seat, table: '1' })],
    ['an uppercase token', JSON.stringify({ ...seat, token: TOKEN.toUpperCase() })],
    ['a short token', JSON.stringify({ ...seat, token: 'abc' })],
  ])('ignores a damaged value (%s), so the phone simply joins again', (_, value) => {
    const storage = memoryStorage();
    storage.setItem(KEY, value);
    expect(readSeat(storage, ROOM)).toBeNull();
  });
});
