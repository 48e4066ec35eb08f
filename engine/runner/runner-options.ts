/**
 * What the runner may be given besides the scenario and the session: the
 * protocol and working-day calendar (defaults: the protocol the scenario
 * names, England and Wales), and wall-clock time for recording moves.
 */
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { Protocol } from '../protocol/protocol.schema.js';
import type { ProtocolCatalogue } from '../protocol/protocol-catalogue.js';

/** Options every runner function accepts. */
export interface RunnerOptions {
  /** The protocol to run under; the one the scenario names, looked up in `protocols`, when left out. */
  protocol?: Protocol;
  /** The protocols known by id; the built-in ones when left out. */
  protocols?: ProtocolCatalogue;
  /** Working days; England and Wales when left out. */
  calendar?: WorkingDayCalendar;
}

/** Options for functions that add a step. */
export interface StepOptions extends RunnerOptions {
  /** Wall-clock time of the move (ISO), stored on the step; the engine never reads the real clock. */
  recordedAt?: string;
}

/** Options for starting a session. */
export interface StartOptions extends RunnerOptions {
  /**
   * The seed that shuffles the order of every scene's choices (see
   * `choice-order.ts`); the shell makes one from the platform's random
   * numbers. Left out, the choices keep the order the file gives.
   */
  seed?: string;
}
