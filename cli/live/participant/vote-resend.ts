import type { RefusalCode } from '../../../engine/runtime.js';
import type { Problem } from './problem.js';

/**
 * The refusals that say "not yet", not "no": the laptop's disk failed
 * (`not-saved`: the vote is counted in memory but not on disk, so the
 * server never said `received`) or the phone was rate-limited
 * (`too-many-messages`). Sending the same ballot again later is safe (the
 * server counts a ballot once) and is the only way the vote gets saved, so
 * the phone keeps it. Every other refusal is an answer: a stale decision, a
 * choice that is not there, a seat that is gone.
 */
const RESEND_WORDS: Readonly<Partial<Record<RefusalCode, Problem>>> = {
  'not-saved': { message: "The trainer's laptop could not save your vote yet.", hint: 'It will be sent again in a moment.' },
  'too-many-messages': { message: "The trainer's laptop could not take your vote yet.", hint: 'It will be sent again in a moment.' },
};

/**
 * Whether a refusal with this code means the kept vote should be sent again later.
 * @example
 * isResendRefusal('not-saved'); // true
 * isResendRefusal('stale-decision'); // false
 */
export function isResendRefusal(code: RefusalCode): boolean {
  return Object.prototype.hasOwnProperty.call(RESEND_WORDS, code);
}

/**
 * What the page says while it waits to send the vote again: its own words,
 * not the server's, whose hint ("Try again in a moment") would have people
 * tap again for something the phone is already doing.
 * @example
 * resendProblem('not-saved').message; // 'The trainer's laptop could not save your vote yet.'
 */
export function resendProblem(code: RefusalCode): Problem {
  return RESEND_WORDS[code] ?? RESEND_WORDS['not-saved']!;
}
