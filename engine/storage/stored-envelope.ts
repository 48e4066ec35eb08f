/**
 * Every value Common Ground stores is wrapped in an envelope naming what it
 * holds and the envelope's version, so a reader can tell "this is not ours /
 * not this version" from "this is damaged" and say which.
 */
import { defineFormat, readFormat } from '../kernel/format-version.js';
import { isRecord } from '../kernel/is-record.js';
import { StorageError } from './storage-error.js';

/** The version of the storage envelope this build writes. */
const ENVELOPE_VERSION = 1;

/** The storage envelope's versions: the oldest still read, and the migrations up to the current one. */
const ENVELOPE_FORMAT = defineFormat({ current: ENVELOPE_VERSION, field: 'envelope' });

/** A stored value with what it is and when it was saved. */
export interface StoredEnvelope<T> {
  /** {@link ENVELOPE_VERSION}. */
  envelope: typeof ENVELOPE_VERSION;
  /** What the data is, e.g. `session` or `reflective-log`. */
  kind: string;
  /** Wall-clock time of the save (ISO), given by the shell. */
  savedAt: string;
  /** The payload. */
  data: T;
}

/**
 * Wraps `data` and serialises it for storage.
 *
 * @example
 * wrapStored('session', '{"formatVersion":1}', '2026-12-18T10:00:00.000Z');
 */
export function wrapStored<T>(kind: string, data: T, savedAt: string): string {
  const envelope: StoredEnvelope<T> = { envelope: ENVELOPE_VERSION, kind, savedAt, data };
  return JSON.stringify(envelope);
}

/**
 * Reads an envelope back and returns its payload (still unchecked: the
 * caller validates the payload's own shape).
 *
 * @throws {StorageError} when the text is not JSON, not an envelope, of
 * another envelope version, or holds a different kind of data.
 * @example
 * unwrapStored(wrapStored('session', 42, '2026-12-18T10:00:00.000Z'), 'session'); // 42
 */
export function unwrapStored(text: string, kind: string): unknown {
  // What the learner is told about: `reflective-log` reads as "reflective log".
  const what = kind.replaceAll('-', ' ');
  const hint = 'Download it from the notice to keep a copy; Common Ground carries on without it.';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new StorageError(`The saved ${what} is not valid JSON.`, hint);
  }
  if (!isRecord(parsed)) {
    throw new StorageError(`The saved ${what} is not an object.`, hint);
  }
  const reading = readFormat(parsed, ENVELOPE_FORMAT);
  if (reading.status !== 'readable') {
    throw new StorageError(
      `The saved ${what} was written in storage format ${JSON.stringify(parsed.envelope ?? null)}, not ${ENVELOPE_VERSION}.`,
      `This version of Common Ground cannot read it. ${hint}`,
    );
  }
  const envelope = reading.data;
  if (envelope.kind !== kind) {
    throw new StorageError(`The saved data holds ${JSON.stringify(envelope.kind ?? null)}, not a ${what}.`, hint);
  }
  if (!('data' in envelope)) {
    throw new StorageError(`The saved ${what} has no data.`, hint);
  }
  return envelope.data;
}
