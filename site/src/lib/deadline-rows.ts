/**
 * A deadline table (from the engine's `computeDeadlines`) as the rows and
 * the skipped-days list the web calculator shows: the same facts as the
 * terminal's `deadlines` command, shaped for HTML.
 */
import { type DeadlineTable, formatLondonIso, isCheckAssumed, type SkippedDayLine, skippedDayLines } from '../../../engine/runtime.js';

/** One due time in a row. */
export interface DueLine {
  /** e.g. "Aim to resolve"; empty when the stage has a single deadline. */
  label: string;
  /** e.g. "Tue 22 Dec 2026, 10:00". */
  when: string;
  /** ISO, for <time datetime>. */
  iso: string;
  /** The stage's own due time (shown in bold). */
  main: boolean;
  /** Counted from an event whose time was assumed, not given. */
  assumed: boolean;
  /** An aim inside a window (stage 1's 24 hours): shown, never a deadline. */
  aim: boolean;
  /** Pulled forward by a cap (a safety deadline, the 13 working days). */
  pulledForward: boolean;
}

/** A link from a row to one of the protocol's interpretation notes. */
export interface NoteLink {
  /** The note's id, for `#note-<id>`. */
  id: string;
  /** Its number in the notes list, counting from 1. */
  number: number;
}

/** One row of the web table. */
export interface DeadlineRow {
  stage: number;
  title: string;
  owner: string;
  rule: string;
  due: DueLine[];
  /** The engine's warnings for the stage (weekend or night deadlines, caps). */
  warnings: string[];
  /** The notes on how the row's timescale is read. */
  notes: NoteLink[];
}

/** A run of skipped days (the engine's, shared with the terminal). */
export type SkippedLine = SkippedDayLine;

/**
 * The table's rows.
 *
 * @example
 * ```ts
 * deadlineRows(computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T10:00' }))[0]?.due[0]?.when;
 * ```
 */
export function deadlineRows(table: DeadlineTable): DeadlineRow[] {
  return table.stages.map((stage) => ({
    stage: stage.stage,
    title: stage.title,
    owner: stage.owner,
    rule: stage.rule,
    due: stage.checks.map((check) => ({
      label: stage.checks.length > 1 ? check.label : '',
      when: formatLondonIso(check.due),
      iso: check.due,
      main: check.id === stage.dueCheck,
      assumed: isCheckAssumed(stage, check),
      aim: check.kind === 'aim',
      pulledForward: check.cappedBy !== undefined,
    })),
    warnings: [...stage.warnings],
    notes: stage.notes.map((id) => ({ id, number: table.notes.findIndex((note) => note.id === id) + 1 })),
  }));
}

/** The events assumed at their latest permitted time, with that time. */
export function assumedEvents(table: DeadlineTable): Array<{ label: string; when: string }> {
  return table.events.filter((event) => event.assumed).map((event) => ({ label: event.label, when: formatLondonIso(event.at) }));
}

/** The skipped weekends, bank holidays and closures, as the terminal lists them. */
export { skippedDayLines };
