/**
 * The first check on a protocol file, shared by `loadProtocol` (which throws)
 * and `checkProtocolSource` (which reports findings): it must be one object
 * whose formatVersion this build reads. A file in an older format that is
 * still read comes back brought up to date.
 */
import { readFormat } from '../kernel/format-version.js';
import { isRecord } from '../kernel/is-record.js';
import { DEFAULT_PROTOCOL } from './built-in-protocol-data.js';
import { PROTOCOL_FORMAT, PROTOCOL_FORMAT_VERSION } from './protocol.schema.js';

/** Why a protocol file cannot be read at all, before its fields are looked at. */
export interface ProtocolVersionProblem {
  /** A sentence about the file, e.g. `formatVersion 2 is too new; …`. */
  readonly sentence: string;
  readonly hint: string;
  /** `formatVersion` when the problem is that field (missing, wrong, too new or too old); absent when the file is not an object. */
  readonly field?: 'formatVersion';
}

const SHOW_BUILT_IN = `\`common-ground protocol show ${DEFAULT_PROTOCOL} --json\``;

function notAVersion(version: unknown): { problem: ProtocolVersionProblem } {
  return { problem: { sentence: `formatVersion is ${JSON.stringify(version)}, which is not a format version.`, hint: `Set "formatVersion": ${PROTOCOL_FORMAT_VERSION}.`, field: 'formatVersion' } };
}

/**
 * The protocol data in the current format, or why it cannot be read.
 *
 * @example
 * readProtocolVersion({ formatVersion: 2 });
 * // { problem: { sentence: 'formatVersion 2 is too new; this version of Common Ground reads format 1.', … } }
 */
export function readProtocolVersion(data: unknown): { data: Record<string, unknown> } | { problem: ProtocolVersionProblem } {
  if (!isRecord(data)) {
    const what = Array.isArray(data) ? 'a list' : data === null ? 'null' : `a ${typeof data}`;
    return { problem: { sentence: `a protocol file must hold one JSON object, not ${what}.`, hint: `Start from a copy of a built-in protocol: ${SHOW_BUILT_IN} prints one.` } };
  }
  const reading = readFormat(data, PROTOCOL_FORMAT);
  switch (reading.status) {
    case 'readable':
      return { data: reading.data };
    case 'too-new':
      return {
        problem: {
          sentence: `formatVersion ${reading.version} is too new; this version of Common Ground reads format ${PROTOCOL_FORMAT_VERSION}.`,
          hint: 'Update Common Ground, or use a protocol file written for this version.',
          field: 'formatVersion',
        },
      };
    case 'too-old':
      // Protocol files began at format 1: a lower number was never a version.
      if (reading.version < 1) return notAVersion(reading.version);
      return {
        problem: {
          sentence: `formatVersion ${reading.version} is too old; this version of Common Ground reads format ${PROTOCOL_FORMAT_VERSION}.`,
          hint: `Rewrite the file in the current format, following a built-in protocol (${SHOW_BUILT_IN}).`,
          field: 'formatVersion',
        },
      };
    case 'unversioned':
      return reading.version === undefined
        ? { problem: { sentence: "formatVersion is missing, so the file's format cannot be checked.", hint: `Add "formatVersion": ${PROTOCOL_FORMAT_VERSION} at the top of the file.`, field: 'formatVersion' } }
        : notAVersion(reading.version);
  }
}
