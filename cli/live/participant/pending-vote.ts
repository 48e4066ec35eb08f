import { BALLOT_ID_PATTERN, type ParticipantView } from '../../../engine/runtime.js';
import type { PhoneStorage } from './phone-storage.js';

/**
 * A vote the phone has sent (or means to send) and the server has not yet
 * said `received` for. It is sent again with the same ballot id after a
 * reconnect, or after the laptop says "not yet" (a failed save, a rate
 * limit), and the server counts it once.
 */
export interface PendingVote {
  code: string;
  decision: number;
  /** The choice id. */
  choice: string;
  ballot: string;
}

function voteKey(code: string): string {
  return `common-ground:v1:live-vote:${code}`;
}

/**
 * The unacknowledged vote kept for room `code`, or null.
 * @example
 * readPendingVote(storage, 'K7M4QP'); // { code, decision: 2, choice: 'escalate', ballot: '…' } or null
 */
export function readPendingVote(storage: PhoneStorage, code: string): PendingVote | null {
  try {
    const data: unknown = JSON.parse(storage.getItem(voteKey(code)) ?? 'null');
    if (typeof data !== 'object' || data === null) return null;
    const { decision, choice, ballot } = data as Record<string, unknown>;
    if (typeof decision !== 'number' || !Number.isInteger(decision) || decision < 1) return null;
    if (typeof choice !== 'string' || choice === '') return null;
    if (typeof ballot !== 'string' || !BALLOT_ID_PATTERN.test(ballot)) return null;
    return { code, decision, choice, ballot };
  } catch {
    return null;
  }
}

/**
 * Keeps the vote until the server acknowledges it.
 * @example
 * rememberPendingVote(storage, { code: 'K7M4QP', decision: 2, choice: 'escalate', ballot });
 */
export function rememberPendingVote(storage: PhoneStorage, vote: PendingVote): void {
  storage.setItem(voteKey(vote.code), JSON.stringify(vote));
}

/**
 * Forgets room `code`'s unacknowledged vote.
 * @example
 * forgetPendingVote(storage, 'K7M4QP');
 */
export function forgetPendingVote(storage: PhoneStorage, code: string): void {
  storage.removeItem(voteKey(code));
}

/**
 * Whether a view makes the kept vote pointless to send: the room has moved
 * past the vote it was for (a later decision, or a step that is not a vote),
 * so the server would only refuse it as stale.
 * @example
 * isPendingVoteOvertaken(vote, { ...view, step: 'reveal' }); // true
 */
export function isPendingVoteOvertaken(vote: PendingVote, view: Pick<ParticipantView, 'step' | 'decision'>): boolean {
  return view.step !== 'vote' || view.decision > vote.decision;
}
