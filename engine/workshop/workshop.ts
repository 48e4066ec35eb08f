/**
 * A workshop: one scenario played by a room of tables. Like a session it is
 * an event log (the rounds of decisions) and every table's session is
 * derived by replaying it, so it serialises as plain JSON and replays
 * deterministically.
 *
 * Modes: `majority` (the room follows the most-voted choice; a tie goes to
 * the trainer), `trainer` (the trainer picks after seeing the split) and
 * `independent` (each table follows its own choices at its own pace: a
 * round can be one table's decision, recorded whenever that table is ready,
 * so the tables move in parallel and none waits for another).
 */
import { defineFormat } from '../kernel/format-version.js';

/** The version of the saved workshop format this build writes. */
export const WORKSHOP_FORMAT_VERSION = 2;

/**
 * The saved workshop format's versions. Version 2 added the trainer's notes
 * and the discussion time of each round; a version-1 workshop is read with
 * no notes and no times, so no saved workshop is orphaned.
 */
export const WORKSHOP_FORMAT = defineFormat({ current: WORKSHOP_FORMAT_VERSION, minimum: 1, migrations: { 1: (data) => ({ ...data, notes: {} }) } });

/** How the room's choice is made. */
export type WorkshopMode = 'majority' | 'trainer' | 'independent';

/** The workshop modes, for option parsing and help. */
export const WORKSHOP_MODES: readonly WorkshopMode[] = ['majority', 'trainer', 'independent'];

/** One table's vote at one of its decisions not yet taken. */
export interface Ballot {
  /** The table voting (0-based). */
  table: number;
  /** The table's decision number (1 for its first). */
  decision: number;
  /** The scene it was cast in, so a vote never moves to another scene. */
  sceneId: string;
  /** The choice id. */
  choiceId: string;
  /** The id the phone gave this vote, so one sent twice counts once; null for a vote keyed by the trainer. */
  ballot: string | null;
  /**
   * The ids of the table's earlier votes at this decision, which this one
   * replaced: one of them arriving late (held up on a dropped connection)
   * must not undo the newer vote. The latest `MAX_REPLACED` (ballots.ts) are kept.
   */
  replaced?: string[];
}

/** A served workshop's room. */
export interface LiveRoom {
  /** The code a phone types (or reads from the QR code) to join. */
  code: string;
  /** The seat token of each table a phone holds, by table index. */
  seats: Record<string, string>;
  /** The port it was served on, used again on resume so the phones' address stays the same. */
  port?: number;
}

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
  /** How long the room discussed before deciding, in milliseconds of the timer running; absent when not timed. */
  discussedMs?: number;
}

/** A whole workshop. */
export interface Workshop {
  formatVersion: typeof WORKSHOP_FORMAT_VERSION;
  scenarioId: string;
  /** The scenario's digest when the workshop began (see `scenarioDigest`). */
  scenarioDigest: string;
  mode: WorkshopMode;
  /** Table names, e.g. "Table 1" or "Police"; the trainer may rename them as the workshop goes. */
  tables: string[];
  /** Discussion time per decision, in minutes. */
  minutes: number;
  rounds: WorkshopRound[];
  /**
   * The trainer's notes, by decision number (1 for the first round): typed
   * while the room discusses, so a note can exist before its round does.
   */
  notes: Record<string, string>;
  /**
   * The seed every table's choices are shuffled by, so the room, the
   * projector and a resumed workshop all show the same order; absent, the
   * file's order (workshops saved before seeds).
   */
  seed?: string;
  /**
   * The votes cast at decisions not yet taken, keyed or from the tables'
   * phones, so a crash in the middle of a vote loses none of them; a vote
   * leaves this list when its decision is recorded (it is then in the round).
   */
  ballots?: Ballot[];
  /** The phones' room (code and seats) once the workshop has been served to phones (`--serve`). */
  live?: LiveRoom;
}
