import type { ParticipantView } from '../../../engine/runtime.js';

/** The discussion timer as the server last sent it. */
export type ViewTimer = NonNullable<ParticipantView['timer']>;

/**
 * The time left now on a timer received at `receivedAt` (both in the
 * page's own milliseconds, so the laptop's clock never matters): counting
 * down while it runs, standing still while paused, never below zero.
 * @example
 * timeLeftMs({ remainingMs: 60_000, running: true, ranOut: false }, 1_000, 11_000); // 50_000
 */
export function timeLeftMs(timer: ViewTimer, receivedAt: number, now: number): number {
  if (timer.ranOut) return 0;
  const left = timer.running ? timer.remainingMs - (now - receivedAt) : timer.remainingMs;
  return Math.max(0, left);
}

/**
 * Minutes and seconds for the countdown, rounding up so "0:00" shows only
 * when the time has gone.
 * @example
 * formatTimeLeft(65_000); // '1:05'
 * formatTimeLeft(400); // '0:01'
 */
export function formatTimeLeft(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The words for the timer: the time left, with the state beside it so it
 * never relies on the number changing (or not) to be understood.
 * @example
 * describeTimer({ remainingMs: 90_000, running: false, ranOut: false }, 0, 0); // { time: '1:30', note: 'Paused' }
 */
export function describeTimer(timer: ViewTimer, receivedAt: number, now: number): { time: string; note: string } {
  const left = timeLeftMs(timer, receivedAt, now);
  if (timer.ranOut) return { time: '0:00', note: 'Time is up' };
  if (!timer.running) return { time: formatTimeLeft(left), note: 'Paused' };
  return { time: formatTimeLeft(left), note: left === 0 ? 'Time is up' : 'left to discuss' };
}
