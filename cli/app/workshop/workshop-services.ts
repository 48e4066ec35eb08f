/**
 * The edges of the full-screen workshop: everything the screen asks of the
 * `workshop` command (saving, exporting, the wall clock, the bell), and what
 * the command tells the screen at the start. The command builds one
 * `WorkshopServices` and one `WorkshopStart` and hands them to
 * `runWorkshopApp` (run-workshop-app.tsx); the screen never touches the file
 * system, the clock or the terminal itself.
 *
 * This file is the interface between the two: later changes are additive.
 */
import type { Scenario, Workshop, WorkshopDebrief } from '../../../engine/index.js';
import type { JoinInfo } from '../../live/join-info.js';
import type { LiveHub } from '../../live/live-hub.js';

/**
 * Calls `onTick` with the milliseconds elapsed since the last call (about
 * four times a second); returns a function that stops it.
 */
export type Ticker = (onTick: (elapsedMs: number) => void) => () => void;

/**
 * Runs `run` once after `ms` milliseconds; returns a function that cancels
 * it. The screen uses it to save a note's draft a second after the last key.
 */
export type Scheduler = (run: () => void, ms: number) => () => void;

/** The formats the record is exported to. */
export type RecordFormat = 'markdown' | 'html';

/** What the workshop screen needs from the command. */
export interface WorkshopServices {
  /**
   * Saves the workshop, synchronously, before the screen shows the change.
   * `finished` is true when every table has reached an ending. Returns null
   * when it is on disk, or what went wrong and what to do about it (shown as
   * a persistent warning until a later save succeeds).
   */
  save: (workshop: Workshop, finished: boolean) => string | null;
  /**
   * Writes the record (a partial workshop too) in one format. Returns the
   * files written, or what went wrong.
   */
  exportRecord: (debrief: WorkshopDebrief, format: RecordFormat) => { files: string[] } | { error: string };
  /** Drives the discussion timer (the wall clock in the app, a fake in tests). */
  ticker: Ticker;
  /** The session file, for the quit dialog, the footer and the Ctrl-C line. */
  path: string;
  /** The command that resumes this workshop, e.g. `common-ground workshop closing-too-soon --session /path/file.json`. */
  resumeCommand: string;
  /** Whether each discussion timer starts running (`--autostart`); otherwise it waits for the trainer. */
  autostart: boolean;
  /**
   * Set when another process holds the session: the screen shows it
   * read-only with a banner, and refuses every change (nothing is saved).
   * `heldBy` says who, e.g. "process 4242 on this computer".
   */
  readOnly?: { heldBy: string };
  /**
   * Read-only viewing: the workshop read again from its file, to follow the
   * copy that holds it (the `r` key). Absent when this copy holds the session.
   */
  reload?: () => { workshop: Workshop } | { error: string };
  /** Rings the terminal bell (writes BEL) when a discussion's time runs out. */
  bell: () => void;
  /** Delays a draft save; default `setTimeout`. Tests pass a fake. */
  schedule?: Scheduler;
  /**
   * Served to phones (`--serve`): the hub the workshop server listens on
   * (the screen attaches the room to it and tells it of every change), and
   * what the join screen shows.
   */
  live?: { hub: LiveHub; join: JoinInfo };
}

/** What the screen starts from. */
export interface WorkshopStart {
  scenario: Scenario;
  /** The workshop as started or resumed. */
  workshop: Workshop;
  /** Something to tell the trainer on the first screen (resumed, decisions dropped, …), or null. */
  notice: string | null;
}

/** Runs `run` after `ms` on the real clock. */
export const realScheduler: Scheduler = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/** A ticker on the wall clock: reports elapsed time about four times a second. */
export function wallClockTicker(now: () => number = () => performance.now()): Ticker {
  return (onTick) => {
    let last = now();
    const timer = setInterval(() => {
      const current = now();
      onTick(current - last);
      last = current;
    }, 250);
    return () => clearInterval(timer);
  };
}
