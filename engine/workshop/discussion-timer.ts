/**
 * The room's discussion timer, as a pure reducer. Time reaches it only as
 * `tick` actions carrying elapsed milliseconds from the shell's clock, so
 * tests drive it without waiting and a workshop replays the same way.
 *
 * It is built for a room: it starts paused (the trainer starts it when the
 * room is ready, unless the workshop was started with autostart); changing
 * the minutes never starts or stops it; pausing is its own action; and
 * running out is a state the screen cannot miss (`ranOut`), rung once
 * (`bell`) for the shell to sound.
 */

/** The timer. */
export interface DiscussionTimer {
  /** Milliseconds left; 0 once it ran out or the discussion was ended. */
  remainingMs: number;
  running: boolean;
  /** True once it ran out on its own. */
  ranOut: boolean;
  /** True once the discussion was ended early by the trainer. */
  endedEarly: boolean;
  /** How long it has run, in milliseconds: the discussion time the record keeps. */
  usedMs: number;
  /**
   * True on the one state where it ran out, so the shell rings the bell
   * once; the next action clears it.
   */
  bell: boolean;
}

/** What changes the timer. */
export type DiscussionTimerAction =
  | { type: 'tick'; elapsedMs: number }
  | { type: 'pause' }
  | { type: 'resume' }
  /** Pause when running, resume when paused. */
  | { type: 'toggle' }
  /** Change the time left by whole minutes (+1 or -1), leaving running or paused as it was. */
  | { type: 'adjust'; minutes: number }
  /** End the discussion now (the trainer asks for the vote). */
  | { type: 'end' }
  /** Take back an early end (the room steps back from the vote): the time left is kept, paused. */
  | { type: 'reopen' };

/** One minute, the step of `+` and `-`. */
const MINUTE_MS = 60_000;

/** The longest a discussion can be set to: an hour. */
export const MAX_DISCUSSION_MS = 60 * MINUTE_MS;

/**
 * A new timer of `minutes`, paused unless `autostart`.
 * @example
 * startDiscussionTimer(3).running; // false
 */
export function startDiscussionTimer(minutes: number, options: { autostart?: boolean } = {}): DiscussionTimer {
  const remainingMs = Math.min(MAX_DISCUSSION_MS, Math.max(0, Math.round(minutes * MINUTE_MS)));
  return { remainingMs, running: options.autostart === true && remainingMs > 0, ranOut: false, endedEarly: false, usedMs: 0, bell: false };
}

/** True once the discussion is over, by time or by the trainer. */
export function isDiscussionOver(timer: DiscussionTimer): boolean {
  return timer.ranOut || timer.endedEarly;
}

/**
 * The timer reducer.
 * @example
 * discussionTimerReducer(startDiscussionTimer(3, { autostart: true }), { type: 'tick', elapsedMs: 1000 }).remainingMs; // 179000
 */
export function discussionTimerReducer(timer: DiscussionTimer, action: DiscussionTimerAction): DiscussionTimer {
  const state = timer.bell ? { ...timer, bell: false } : timer;
  switch (action.type) {
    case 'tick': {
      if (!state.running || action.elapsedMs <= 0) return state;
      const step = Math.min(action.elapsedMs, state.remainingMs);
      const remainingMs = state.remainingMs - step;
      const usedMs = state.usedMs + step;
      return remainingMs === 0 ? { ...state, remainingMs, usedMs, running: false, ranOut: true, bell: true } : { ...state, remainingMs, usedMs };
    }
    case 'pause':
      return { ...state, running: false };
    case 'resume':
      return isDiscussionOver(state) || state.remainingMs === 0 ? state : { ...state, running: true };
    case 'toggle':
      return discussionTimerReducer(state, { type: state.running ? 'pause' : 'resume' });
    case 'adjust': {
      if (state.endedEarly) return state;
      const remainingMs = Math.min(MAX_DISCUSSION_MS, Math.max(0, state.remainingMs + Math.round(action.minutes) * MINUTE_MS));
      if (remainingMs === state.remainingMs) return state;
      // Taking the last minute away runs the time out, with the bell, as if it had been reached.
      if (remainingMs === 0) return { ...state, remainingMs, running: false, ranOut: true, bell: !state.ranOut };
      // Adding time after it ran out gives the room more time, still paused until the trainer resumes.
      return { ...state, remainingMs, ranOut: false };
    }
    case 'end':
      return isDiscussionOver(state) ? state : { ...state, running: false, endedEarly: true };
    case 'reopen':
      return state.endedEarly ? { ...state, endedEarly: false, running: false } : state;
  }
}

/**
 * Time left as mm:ss, rounding up so "00:00" means it ran out.
 * @example
 * formatTimeLeft(61_000); // '01:01'
 */
export function formatTimeLeft(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Discussion time in words, for the record: "3 min 20 s", "45 s".
 * @example
 * formatDiscussionTime(200_000); // '3 min 20 s'
 */
export function formatDiscussionTime(ms: number): string {
  const seconds = Math.round(Math.max(0, ms) / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
