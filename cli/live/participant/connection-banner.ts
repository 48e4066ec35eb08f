import type { ParticipantState } from './participant-state.js';

/** After this many failed tries in a row, the banner says to check the Wi-Fi. */
const ATTEMPTS_BEFORE_ADVICE = 3;

/**
 * The banner's words for the connection, or null when it is fine (or not
 * yet wanted: the code form needs no socket).
 * @example
 * connectionBanner({ ...state, connection: 'lost', pending: null }); // 'Connection lost — reconnecting.'
 */
export function connectionBanner(state: Pick<ParticipantState, 'code' | 'connection' | 'failedAttempts' | 'pending'>): string | null {
  if (state.code === null || state.connection === 'open' || state.connection === 'idle') return null;
  const advice = state.failedAttempts >= ATTEMPTS_BEFORE_ADVICE ? " Check this phone is on the workshop's Wi-Fi." : '';
  if (state.connection === 'connecting') return state.failedAttempts >= ATTEMPTS_BEFORE_ADVICE ? `Still trying to reach the trainer's laptop.${advice}` : 'Connecting…';
  const vote = state.pending ? ' Your vote is kept on this phone and will be sent when the connection is back.' : '';
  return `Connection lost — reconnecting.${vote}${advice}`;
}
