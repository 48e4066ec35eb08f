/**
 * Reading a stored reflective log entry by entry, so one damaged entry
 * never hides the others: every readable entry is kept, and each
 * unreadable one is returned as it was stored, with the reason, for the
 * shell to set aside (and offer as a download) rather than drop.
 */
import { readFormat } from '../kernel/format-version.js';
import { isRecord } from '../kernel/is-record.js';
import { REFLECTIVE_LOG_FORMAT, REFLECTIVE_LOG_FORMAT_VERSION, type ReflectiveLog, type ReflectiveLogEntry } from './reflective-log.js';
import { ReflectiveLogError } from './reflective-log-error.js';

/** An entry that could not be read, exactly as it was stored. */
export interface UnreadableLogEntry {
  /** Its place in the stored list, counted from 1. */
  position: number;
  /** Why it could not be read, a sentence. */
  problem: string;
  /** The stored value, untouched. */
  value: unknown;
}

/** The outcome of {@link salvageReflectiveLog}. */
export interface SalvagedReflectiveLog {
  /** The readable entries, in their stored order. */
  log: ReflectiveLog;
  /** The unreadable entries, in their stored order. */
  unreadable: UnreadableLogEntry[];
}

/** The entry's text fields, and how a message names each one when it is missing. */
const TEXT_FIELDS = {
  scenarioId: 'scenario id',
  scenarioTitle: 'scenario title',
  promptId: 'prompt id',
  prompt: 'prompt text',
  text: 'written text',
  updatedAt: 'time of its last change',
} as const;
const PHASES: ReadonlySet<unknown> = new Set(['before', 'during', 'after']);

/** The entry, or why it is not one. */
function readEntry(value: unknown, position: number): ReflectiveLogEntry | string {
  const where = `The reflective log's entry ${position}`;
  if (!isRecord(value)) return `${where} is not an object.`;
  for (const [field, label] of Object.entries(TEXT_FIELDS)) {
    if (typeof value[field] !== 'string') return `${where} has no ${label}.`;
  }
  if (value.kind !== 'reflect' && value.kind !== 'record') return `${where} is neither a reflection nor a record.`;
  if (value.phase !== undefined && !PHASES.has(value.phase)) return `${where} has an unknown phase.`;
  const text = value as Record<keyof typeof TEXT_FIELDS, string>;
  const entry: ReflectiveLogEntry = {
    scenarioId: text.scenarioId,
    scenarioTitle: text.scenarioTitle,
    promptId: text.promptId,
    kind: value.kind,
    prompt: text.prompt,
    text: text.text,
    updatedAt: text.updatedAt,
  };
  if (value.phase !== undefined) entry.phase = value.phase as NonNullable<ReflectiveLogEntry['phase']>;
  return entry;
}

/**
 * Reads stored log data (already JSON-parsed) entry by entry. Checked by
 * hand rather than with a schema library so the browser bundle stays small.
 *
 * @throws {ReflectiveLogError} only when the log as a whole cannot be read
 * (not an object, another format, no list of entries); a bad entry is
 * returned in `unreadable` instead.
 * @example
 * const { log, unreadable } = salvageReflectiveLog({ formatVersion: 1, entries: [goodEntry, 42] });
 * log.entries.length; // 1
 * unreadable[0]; // { position: 2, problem: "The reflective log's entry 2 is not an object.", value: 42 }
 */
export function salvageReflectiveLog(data: unknown): SalvagedReflectiveLog {
  const hint = 'Download it from the reflective log page to keep a copy; new reflections start a fresh log.';
  if (!isRecord(data)) throw new ReflectiveLogError('The reflective log is not an object.', hint);
  const reading = readFormat(data, REFLECTIVE_LOG_FORMAT);
  if (reading.status !== 'readable') {
    throw new ReflectiveLogError(
      `The reflective log was saved in format ${JSON.stringify(data.formatVersion ?? null)}; this version reads format ${REFLECTIVE_LOG_FORMAT_VERSION}.`,
      hint,
    );
  }
  // A log in an older format that is still read has been brought up to date.
  const { entries } = reading.data;
  if (!Array.isArray(entries)) throw new ReflectiveLogError('The reflective log has no list of entries.', hint);
  const log: ReflectiveLog = { formatVersion: REFLECTIVE_LOG_FORMAT_VERSION, entries: [] };
  const unreadable: UnreadableLogEntry[] = [];
  entries.forEach((value: unknown, index) => {
    const entry = readEntry(value, index + 1);
    if (typeof entry === 'string') unreadable.push({ position: index + 1, problem: entry, value });
    else log.entries.push(entry);
  });
  return { log, unreadable };
}
