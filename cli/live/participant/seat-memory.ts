import { SEAT_TOKEN_PATTERN } from '../../../engine/runtime.js';
import type { PhoneStorage } from './phone-storage.js';

/** A seat this phone holds in one room: what `hello` sends to take it back. */
export interface StoredSeat {
  code: string;
  /** 0-based table index. */
  table: number;
  token: string;
}

/** One key per room code, so a phone used in two workshops keeps each seat apart. */
function seatKey(code: string): string {
  return `common-ground:v1:live-seat:${code}`;
}

/**
 * The seat this phone holds in the room `code`, or null when it holds none
 * or what is stored is not a seat (a damaged value is ignored: the phone
 * simply joins again).
 * @example
 * readSeat(storage, 'K7M4QP'); // { code: 'K7M4QP', table: 1, token: '…' } or null
 */
export function readSeat(storage: PhoneStorage, code: string): StoredSeat | null {
  try {
    const data: unknown = JSON.parse(storage.getItem(seatKey(code)) ?? 'null');
    if (typeof data !== 'object' || data === null) return null;
    const { table, token } = data as Record<string, unknown>;
    if (typeof table !== 'number' || !Number.isInteger(table) || table < 0) return null;
    if (typeof token !== 'string' || !SEAT_TOKEN_PATTERN.test(token)) return null;
    return { code, table, token };
  } catch {
    return null;
  }
}

/**
 * Keeps the seat for its room, so a reload or a locked screen gets it back.
 * @example
 * rememberSeat(storage, { code: 'K7M4QP', table: 1, token });
 */
export function rememberSeat(storage: PhoneStorage, seat: StoredSeat): void {
  storage.setItem(seatKey(seat.code), JSON.stringify(seat));
}

/**
 * Forgets the seat in room `code` (the server no longer knows its token).
 * @example
 * forgetSeat(storage, 'K7M4QP');
 */
export function forgetSeat(storage: PhoneStorage, code: string): void {
  storage.removeItem(seatKey(code));
}
