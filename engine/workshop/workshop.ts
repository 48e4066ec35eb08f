/**
 * A workshop: one scenario played by a room of tables. Like a session it is
 * an event log (the rounds of decisions) and every table's session is
 * derived by replaying it, so it serialises as plain JSON and replays
 * deterministically.
 *
 * Modes: `majority` (the room follows the most-voted choice; a tie goes to
 * the trainer), `trainer` (the trainer picks after seeing the split) and
 * `independent` (each table follows its own choice; tables standing at the
 * same scene decide in the same round, so a room that has split is taken
 * one scene at a time, the table furthest behind in simulated time first).
 */
import { defineFormat } from '../kernel/format-version.js';

/** The version of the saved workshop format this build writes. */
export const WORKSHOP_FORMAT_VERSION = 1;

/** The saved workshop format's versions: the oldest still read, and the migrations up to the current one. */
export const WORKSHOP_FORMAT = defineFormat({ current: WORKSHOP_FORMAT_VERSION });

/** How the room's choice is made. */
export type WorkshopMode = 'majority' | 'trainer' | 'independent';

/** The workshop modes, for option parsing and help. */
export const WORKSHOP_MODES: readonly WorkshopMode[] = ['majority', 'trainer', 'independent'];

/** One decision of the room (or of the tables standing at one scene). */
export interface WorkshopRound {
  /** The scene decided in. */
  sceneId: string;
  /** Indexes (0-based) of the tables taking part. */
  tables: number[];
  /** `choose` for a choice, `continue` for an event that moves the story on. */
  kind: 'choose' | 'continue';
  /** Each taking-part table's choice id, aligned with `tables`; empty for `continue`. */
  votes: string[];
  /** The choice the room follows (majority and trainer modes); null otherwise. */
  decided: string | null;
  /** How the room's choice was reached. */
  decidedBy: 'majority' | 'tie-break' | 'trainer' | 'each-table' | 'continue';
}

/** A whole workshop. */
export interface Workshop {
  formatVersion: typeof WORKSHOP_FORMAT_VERSION;
  scenarioId: string;
  /** The scenario's digest when the workshop began (see `scenarioDigest`). */
  scenarioDigest: string;
  mode: WorkshopMode;
  /** Table names, e.g. "Table 1". */
  tables: string[];
  /** Discussion time per decision, in minutes. */
  minutes: number;
  rounds: WorkshopRound[];
}
