/**
 * The reflective log: every reflection and record the learner has written
 * in scenarios, every version of each (a replay never replaces what an
 * earlier play-through said), and the learner's CPD entries, as plain data.
 * The site keeps it in the browser and exports it for CPD evidence.
 */
import { defineFormat } from '../kernel/format-version.js';
import type { CpdRecord } from './cpd-record.js';

/** The version of the reflective log format this build writes. */
export const REFLECTIVE_LOG_FORMAT_VERSION = 2;

/**
 * The reflective log format's versions. Version 2 keeps every version of a
 * reflection (several entries may share a scenario and prompt) and adds the
 * CPD entries (`records`); a version-1 log is read by giving it no records,
 * its entries unchanged.
 */
export const REFLECTIVE_LOG_FORMAT = defineFormat({
  current: REFLECTIVE_LOG_FORMAT_VERSION,
  minimum: 1,
  migrations: { 1: (data) => ({ ...data, records: [] }) },
});

/** One version of a reflection or record written in a scenario. */
export interface ReflectiveLogEntry {
  /** The scenario it was written in. */
  scenarioId: string;
  /** The scenario's title when it was written. */
  scenarioTitle: string;
  /** The `<Reflect>` or `<Record>` id, unique within the scenario. */
  promptId: string;
  /** A reflection (before, during or after the conversation) or a record of the discussion. */
  kind: 'reflect' | 'record';
  /** For reflections, when in the conversation it belongs. */
  phase?: 'before' | 'during' | 'after';
  /** The prompt as plain text. */
  prompt: string;
  /** What the learner wrote. */
  text: string;
  /** Wall-clock time of the last change (ISO), given by the shell. */
  updatedAt: string;
  /**
   * The saved play-through's mark when this version was last changed (see
   * `recordReflection`): how a replay is told from an edit. Absent when no
   * play-through was saved, and in logs written before version 2.
   */
  playMark?: string;
}

/** The whole log. */
export interface ReflectiveLog {
  /** {@link REFLECTIVE_LOG_FORMAT_VERSION}. */
  formatVersion: typeof REFLECTIVE_LOG_FORMAT_VERSION;
  /**
   * Scenario reflections and records in the order they were first written;
   * entries sharing a scenario and prompt are versions of one answer, the
   * latest (by `updatedAt`) being the current one.
   */
  entries: ReflectiveLogEntry[];
  /** CPD entries, in the order they were added. */
  records: CpdRecord[];
}

/**
 * A log with nothing in it.
 *
 * @example
 * emptyReflectiveLog().entries.length; // 0
 */
export function emptyReflectiveLog(): ReflectiveLog {
  return { formatVersion: REFLECTIVE_LOG_FORMAT_VERSION, entries: [], records: [] };
}
