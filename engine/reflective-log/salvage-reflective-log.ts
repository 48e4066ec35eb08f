/**
 * Reading a stored reflective log entry by entry, so one damaged entry
 * never hides the others: every readable reflection and CPD entry is kept,
 * and each unreadable one is returned as it was stored, with the reason,
 * for the shell to set aside (and offer as a download) rather than drop.
 */
import { readFormat } from '../kernel/format-version.js';
import { isRecord } from '../kernel/is-record.js';
import type { CpdEvidence, CpdRecord, CpdTexts } from './cpd-record.js';
import { REFLECTIVE_LOG_FORMAT, REFLECTIVE_LOG_FORMAT_VERSION, type ReflectiveLog, type ReflectiveLogEntry } from './reflective-log.js';
import { ReflectiveLogError } from './reflective-log-error.js';

/** Which list of the log an unreadable item was in. */
export type LogList = 'entries' | 'records';

/** An entry that could not be read, exactly as it was stored. */
export interface UnreadableLogEntry {
  /** The list it was in: scenario reflections (`entries`) or CPD entries (`records`). */
  list: LogList;
  /** Its place in that list, counted from 1. */
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
  /** The unreadable entries, reflections first, each list in its stored order. */
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
  if (value.playMark !== undefined && typeof value.playMark !== 'string') return `${where} has a play-through mark that is not text.`;
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
  if (typeof value.playMark === 'string') entry.playMark = value.playMark;
  return entry;
}

/** A CPD entry's text fields, and how a message names each one when it is missing. */
const RECORD_FIELDS = {
  id: 'id',
  activity: 'activity',
  date: 'date',
  description: 'description of the activity',
  relevance: 'why it is relevant',
  learning: 'what was learnt',
  impactOnPractice: 'impact on practice',
  impactOnPeople: 'impact on the people worked with',
  peerReflection: 'peer reflection',
  createdAt: 'time it was created',
  updatedAt: 'time of its last change',
} as const;
const EVIDENCE_FIELDS = ['id', 'fileName', 'title', 'text', 'attachedAt'] as const;

/** The attached file, or null when it is not one. */
function readEvidence(value: unknown): CpdEvidence | null {
  if (!isRecord(value) || !EVIDENCE_FIELDS.every((field) => typeof value[field] === 'string')) return null;
  const text = value as Record<(typeof EVIDENCE_FIELDS)[number], string>;
  return { id: text.id, fileName: text.fileName, title: text.title, text: text.text, attachedAt: text.attachedAt };
}

/** The CPD entry, or why it is not one. */
function readRecord(value: unknown, position: number): CpdRecord | string {
  const where = `The reflective log's CPD entry ${position}`;
  if (!isRecord(value)) return `${where} is not an object.`;
  for (const [field, label] of Object.entries(RECORD_FIELDS)) {
    if (typeof value[field] !== 'string') return `${where} has no ${label}.`;
  }
  if (value.scenarioId !== undefined && typeof value.scenarioId !== 'string') return `${where} has a scenario id that is not text.`;
  const { minutes } = value;
  if (minutes !== undefined && (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 0)) return `${where} has a time spent that is not a whole number of minutes.`;
  if (!Array.isArray(value.evidence)) return `${where} has no list of evidence.`;
  const evidence: CpdEvidence[] = [];
  for (const [index, item] of (value.evidence as unknown[]).entries()) {
    const read = readEvidence(item);
    if (read === null) return `${where} has an attached file (${index + 1}) that cannot be read.`;
    evidence.push(read);
  }
  const text = value as Record<keyof typeof RECORD_FIELDS, string>;
  const texts: CpdTexts = {
    description: text.description,
    relevance: text.relevance,
    learning: text.learning,
    impactOnPractice: text.impactOnPractice,
    impactOnPeople: text.impactOnPeople,
    peerReflection: text.peerReflection,
  };
  const record: CpdRecord = { id: text.id, activity: text.activity, date: text.date, ...texts, evidence, createdAt: text.createdAt, updatedAt: text.updatedAt };
  if (typeof value.scenarioId === 'string') record.scenarioId = value.scenarioId;
  if (typeof minutes === 'number') record.minutes = minutes;
  return record;
}

/**
 * Reads stored log data (already JSON-parsed) entry by entry, bringing a
 * log in an older format that is still read up to date. Checked by hand
 * rather than with a schema library so the browser bundle stays small.
 *
 * @throws {ReflectiveLogError} only when the log as a whole cannot be read
 * (not an object, another format, no list of entries); a bad entry is
 * returned in `unreadable` instead.
 * @example
 * const { log, unreadable } = salvageReflectiveLog({ formatVersion: 2, entries: [goodEntry, 42], records: [] });
 * log.entries.length; // 1
 * unreadable[0]; // { list: 'entries', position: 2, problem: "The reflective log's entry 2 is not an object.", value: 42 }
 */
export function salvageReflectiveLog(data: unknown): SalvagedReflectiveLog {
  const hint = 'Download it from the reflective log page to keep a copy; new reflections start a fresh log.';
  if (!isRecord(data)) throw new ReflectiveLogError('The reflective log is not an object.', hint);
  const reading = readFormat(data, REFLECTIVE_LOG_FORMAT);
  if (reading.status !== 'readable') {
    const readable = REFLECTIVE_LOG_FORMAT.minimum === REFLECTIVE_LOG_FORMAT_VERSION ? `format ${REFLECTIVE_LOG_FORMAT_VERSION}` : `formats ${REFLECTIVE_LOG_FORMAT.minimum} to ${REFLECTIVE_LOG_FORMAT_VERSION}`;
    throw new ReflectiveLogError(`The reflective log was saved in format ${JSON.stringify(data.formatVersion ?? null)}; this version reads ${readable}.`, hint);
  }
  const { entries, records } = reading.data;
  if (!Array.isArray(entries)) throw new ReflectiveLogError('The reflective log has no list of entries.', hint);
  if (!Array.isArray(records)) throw new ReflectiveLogError('The reflective log has no list of CPD entries.', hint);
  const log: ReflectiveLog = { formatVersion: REFLECTIVE_LOG_FORMAT_VERSION, entries: [], records: [] };
  const unreadable: UnreadableLogEntry[] = [];
  entries.forEach((value: unknown, index) => {
    const entry = readEntry(value, index + 1);
    if (typeof entry === 'string') unreadable.push({ list: 'entries', position: index + 1, problem: entry, value });
    else log.entries.push(entry);
  });
  records.forEach((value: unknown, index) => {
    const record = readRecord(value, index + 1);
    if (typeof record === 'string') unreadable.push({ list: 'records', position: index + 1, problem: record, value });
    else log.records.push(record);
  });
  return { log, unreadable };
}
