import { readFormat } from '../kernel/format-version.js';
import { isRecord } from '../kernel/is-record.js';
import { REFLECTIVE_LOG_FORMAT, REFLECTIVE_LOG_FORMAT_VERSION, type ReflectiveLog, type ReflectiveLogEntry } from './reflective-log.js';
import { ReflectiveLogError } from './reflective-log-error.js';

const phases = new Set(['before', 'during', 'after']);

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function checkEntry(value: unknown, index: number): ReflectiveLogEntry {
  const where = `entry ${index + 1}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ReflectiveLogError(`The reflective log's ${where} is not an object.`, 'The log was set aside; new reflections start a fresh log.');
  }
  const record = value as Record<string, unknown>;
  for (const field of ['scenarioId', 'scenarioTitle', 'promptId', 'prompt', 'text', 'updatedAt'] as const) {
    if (!isString(record[field])) {
      throw new ReflectiveLogError(`The reflective log's ${where} has no ${field} text.`, 'The log was set aside; new reflections start a fresh log.');
    }
  }
  if (record.kind !== 'reflect' && record.kind !== 'record') {
    throw new ReflectiveLogError(`The reflective log's ${where} is neither a reflection nor a record.`, 'The log was set aside; new reflections start a fresh log.');
  }
  if (record.phase !== undefined && !phases.has(record.phase as string)) {
    throw new ReflectiveLogError(`The reflective log's ${where} has an unknown phase.`, 'The log was set aside; new reflections start a fresh log.');
  }
  const entry: ReflectiveLogEntry = {
    scenarioId: record.scenarioId as string,
    scenarioTitle: record.scenarioTitle as string,
    promptId: record.promptId as string,
    kind: record.kind,
    prompt: record.prompt as string,
    text: record.text as string,
    updatedAt: record.updatedAt as string,
  };
  if (record.phase !== undefined) entry.phase = record.phase as 'before' | 'during' | 'after';
  return entry;
}

/**
 * Checks stored log data (already JSON-parsed) and returns it as a
 * {@link ReflectiveLog}. Checked by hand rather than with a schema library
 * so the browser bundle stays small.
 *
 * @throws {ReflectiveLogError} naming the first problem.
 * @example
 * parseReflectiveLog({ formatVersion: 1, entries: [] }).entries; // []
 */
export function parseReflectiveLog(data: unknown): ReflectiveLog {
  if (!isRecord(data)) {
    throw new ReflectiveLogError('The reflective log is not an object.', 'The log was set aside; new reflections start a fresh log.');
  }
  const reading = readFormat(data, REFLECTIVE_LOG_FORMAT);
  if (reading.status !== 'readable') {
    throw new ReflectiveLogError(
      `The reflective log was saved in format ${JSON.stringify(data.formatVersion ?? null)}; this version reads format ${REFLECTIVE_LOG_FORMAT_VERSION}.`,
      'The log was set aside; new reflections start a fresh log.',
    );
  }
  // A log in an older format that is still read has been brought up to date.
  const record = reading.data;
  if (!Array.isArray(record.entries)) {
    throw new ReflectiveLogError('The reflective log has no list of entries.', 'The log was set aside; new reflections start a fresh log.');
  }
  return { formatVersion: REFLECTIVE_LOG_FORMAT_VERSION, entries: record.entries.map(checkEntry) };
}
