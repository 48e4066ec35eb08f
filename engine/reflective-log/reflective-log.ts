/**
 * The reflective log: every reflection and record the learner has written,
 * across all scenarios, as plain data. The site keeps it in the browser and
 * exports it as Markdown for CPD evidence.
 */
import { defineFormat } from '../kernel/format-version.js';

/** The version of the reflective log format this build writes. */
export const REFLECTIVE_LOG_FORMAT_VERSION = 1;

/** The reflective log format's versions: the oldest still read, and the migrations up to the current one. */
export const REFLECTIVE_LOG_FORMAT = defineFormat({ current: REFLECTIVE_LOG_FORMAT_VERSION });

/** One reflection or record, as last saved. */
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
}

/** The whole log. */
export interface ReflectiveLog {
  /** {@link REFLECTIVE_LOG_FORMAT_VERSION}. */
  formatVersion: typeof REFLECTIVE_LOG_FORMAT_VERSION;
  /** Entries in the order they were first written. */
  entries: ReflectiveLogEntry[];
}

/**
 * A log with nothing in it.
 *
 * @example
 * emptyReflectiveLog().entries.length; // 0
 */
export function emptyReflectiveLog(): ReflectiveLog {
  return { formatVersion: REFLECTIVE_LOG_FORMAT_VERSION, entries: [] };
}
