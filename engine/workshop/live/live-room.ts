/**
 * The phones' room of a served workshop: its code and who holds each table's
 * seat. It is saved in the workshop, so a laptop app killed and resumed with
 * `--serve` comes back with the same code and seats and the phones simply
 * reconnect. Randomness comes in from the edge as bytes, so this stays pure.
 */
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from './live-protocol.js';
import type { Workshop } from '../workshop.js';

export type { LiveRoom } from '../workshop.js';
import { WorkshopError } from '../workshop-error.js';

/** Gives `count` random bytes (the edge passes `crypto.randomBytes`). */
export type RandomBytes = (count: number) => Uint8Array;

/**
 * A new room code. Bytes at or above the largest multiple of the alphabet's
 * size are skipped, so every character is equally likely.
 * @example
 * newRoomCode(randomBytes); // 'K7M4QP'
 */
export function newRoomCode(random: RandomBytes): string {
  const size = ROOM_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < ROOM_CODE_LENGTH) {
    for (const byte of random(ROOM_CODE_LENGTH * 2)) {
      if (byte < limit && code.length < ROOM_CODE_LENGTH) code += ROOM_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

/**
 * A new seat token: 128 random bits as 32 hexadecimal digits.
 * @example
 * newSeatToken(randomBytes); // '9f86d081884c7d659a2feaa0c55ad015'
 */
export function newSeatToken(random: RandomBytes): string {
  return [...random(16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The workshop with a room for phones: a new one, or the one it already has
 * (a resumed workshop keeps its code and seats).
 * @example
 * workshop = withLiveRoom(workshop, () => newRoomCode(randomBytes));
 */
export function withLiveRoom(workshop: Workshop, newCode: () => string, port?: number): Workshop {
  const live = workshop.live ?? { code: newCode(), seats: {} };
  return { ...workshop, live: { ...live, ...(port === undefined ? {} : { port }) } };
}

/** Compares two tokens in time that does not depend on where they differ. */
function sameToken(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

/**
 * True when `token` holds the table's seat.
 * @example
 * holdsSeat(workshop, 2, token); // true
 */
export function holdsSeat(workshop: Workshop, table: number, token: string): boolean {
  const held = workshop.live?.seats[String(table)];
  return held !== undefined && sameToken(held, token);
}

/**
 * The workshop with a free table seat given to `token`. A held seat is
 * never taken over: only the trainer can free it (see {@link freeSeat}).
 * @throws {WorkshopError} `seat-taken` when a phone holds it, `bad-setup` when there is no such table or room.
 * @example
 * workshop = takeSeat(workshop, 0, newSeatToken(randomBytes));
 */
export function takeSeat(workshop: Workshop, table: number, token: string): Workshop {
  if (!workshop.live) throw new WorkshopError('bad-setup', 'This workshop is not served to phones.', 'Start it with --serve.');
  const name = workshop.tables[table];
  if (name === undefined) throw new WorkshopError('bad-setup', `There is no table ${table + 1}.`, `The tables are numbered 1 to ${workshop.tables.length}.`);
  if (workshop.live.seats[String(table)] !== undefined) throw new WorkshopError('seat-taken', `${name} already has a phone.`, 'Choose another table, or ask the trainer to free this seat.');
  return { ...workshop, live: { ...workshop.live, seats: { ...workshop.live.seats, [String(table)]: token } } };
}

/**
 * The workshop with a table's seat freed, for the trainer when a phone is
 * lost or a table moves to another phone.
 * @example
 * workshop = freeSeat(workshop, 0);
 */
export function freeSeat(workshop: Workshop, table: number): Workshop {
  if (!workshop.live || workshop.live.seats[String(table)] === undefined) return workshop;
  const { [String(table)]: _freed, ...seats } = workshop.live.seats;
  return { ...workshop, live: { ...workshop.live, seats } };
}
