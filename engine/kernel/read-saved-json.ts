/**
 * The first steps of reading anything saved as JSON (a session, a workshop):
 * it must be JSON, and if it says its format version, one this build reads,
 * in which case it comes back brought up to date. What is wrong is said by
 * the caller's own errors, in the caller's words.
 */
import type { EngineError } from './engine-error.js';
import { readFormat, type FormatVersions } from './format-version.js';
import { isRecord } from './is-record.js';

/** The caller's errors for text that is not JSON, and for a format version this build does not read. */
export interface SavedJsonErrors {
  damaged(): EngineError;
  otherVersion(older: boolean, version: number): EngineError;
}

/**
 * The saved data, in the current format when it said its version (migrated
 * if it was older but still read). Data without a version is returned as it
 * is, for the caller's shape check to refuse.
 *
 * @throws the caller's `damaged()` for text that is not JSON, `otherVersion()` for a version out of range.
 * @example
 * const data = readSavedJson(text, SESSION_FORMAT, { damaged: () => new RunnerError(…), otherVersion: (older, version) => new RunnerError(…) });
 */
export function readSavedJson(json: string, format: FormatVersions, errors: SavedJsonErrors): unknown {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw errors.damaged();
  }
  if (!isRecord(data)) return data;
  const reading = readFormat(data, format);
  if (reading.status === 'too-old' || reading.status === 'too-new') throw errors.otherVersion(reading.status === 'too-old', reading.version);
  return reading.status === 'readable' ? reading.data : data;
}
