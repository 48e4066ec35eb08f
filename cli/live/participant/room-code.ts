import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../../engine/runtime.js';

/** A room code as typed or scanned: the code, or a sentence for the error message. */
export type RoomCodeReading = { ok: true; code: string } | { ok: false; typed: string; message: string };

/**
 * Tidies what a person typed (or what the QR code put after `#`) the way a
 * phone keyboard mangles it: spaces and hyphens dropped, letters uppercased.
 * @example
 * normaliseRoomCode(' k7m 4qp '); // 'K7M4QP'
 */
export function normaliseRoomCode(text: string): string {
  return text.replace(/^#/, '').replace(/[\s-]+/g, '').toUpperCase();
}

/**
 * Reads a room code, with a GOV.UK-style error message when it cannot be
 * one. Only the server knows whether it is *this* room's code (it says so
 * when the phone joins); this only rules out what no room could have.
 * @example
 * readRoomCode('k7m4qp'); // { ok: true, code: 'K7M4QP' }
 * readRoomCode('K7M4Q0'); // { ok: false, message: 'Room code must only include …' }
 */
export function readRoomCode(text: string): RoomCodeReading {
  const typed = normaliseRoomCode(text);
  if (typed === '') return { ok: false, typed, message: 'Enter the room code shown on the screen' };
  if ([...typed].some((char) => !ROOM_CODE_ALPHABET.includes(char))) {
    // The alphabet leaves out look-alikes, so a 0 or an O is a misread, not a typo to guess at.
    return { ok: false, typed, message: 'Room code must only include letters and the digits 2 to 9 (there is no 0, O, 1, I or L)' };
  }
  if (typed.length !== ROOM_CODE_LENGTH) return { ok: false, typed, message: `Room code must be ${ROOM_CODE_LENGTH} characters` };
  return { ok: true, code: typed };
}
