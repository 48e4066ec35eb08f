/**
 * The discussion timer as a pure reducer. Time reaches it as `tick` actions
 * carrying elapsed milliseconds from an injected ticker, so tests drive it
 * without waiting and the real app uses the wall clock.
 */

/** The timer. */
export interface TimerState {
  /** Milliseconds left; 0 when ended. */
  remainingMs: number;
  running: boolean;
  /** True once it ran out or was skipped. */
  ended: boolean;
  /** Whether it ran out on its own (so the screen can say "time is up"). */
  ranOut: boolean;
}

/** What changes the timer. */
export type TimerAction = { type: 'tick'; elapsedMs: number } | { type: 'toggle' } | { type: 'add-minute' } | { type: 'skip' } | { type: 'reset'; minutes: number };

/** A running timer of `minutes`. */
export function startTimer(minutes: number): TimerState {
  return { remainingMs: Math.round(minutes * 60_000), running: true, ended: false, ranOut: false };
}

/**
 * The timer reducer.
 * @example
 * timerReducer(startTimer(3), { type: 'tick', elapsedMs: 1000 }).remainingMs; // 179000
 */
export function timerReducer(state: TimerState, action: TimerAction): TimerState {
  switch (action.type) {
    case 'tick': {
      if (!state.running || state.ended) return state;
      const remainingMs = Math.max(0, state.remainingMs - action.elapsedMs);
      return remainingMs === 0 ? { remainingMs, running: false, ended: true, ranOut: true } : { ...state, remainingMs };
    }
    case 'toggle':
      return state.ended ? state : { ...state, running: !state.running };
    case 'add-minute':
      return { remainingMs: state.remainingMs + 60_000, running: true, ended: false, ranOut: false };
    case 'skip':
      return { ...state, remainingMs: 0, running: false, ended: true };
    case 'reset':
      return startTimer(action.minutes);
  }
}

/**
 * Remaining time as mm:ss, rounding up so "00:00" means done.
 * @example
 * formatRemaining(61_000); // '01:01'
 */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Calls `onTick` with elapsed milliseconds; returns a function that stops it. */
export type Ticker = (onTick: (elapsedMs: number) => void) => () => void;
