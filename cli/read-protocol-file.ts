/**
 * Reading and checking one partnership's protocol file. Apart from
 * `protocol-files.ts` because the checker brings the YAML parser and the
 * protocol schema (zod) with it: the commands that only ever find the
 * built-in protocols (the start menu, `play`, `workshop`, `package`) load
 * this module on demand, when a protocol file is actually there to check.
 */
import { resolve } from 'node:path';
import { checkProtocolSource, formatFinding, INPUT_CAPS, type Protocol } from '../engine/index.js';
import { CliUsageError, type CliIO } from './cli-io.js';
import { readTextAtMost } from './read-text-at-most.js';

/** A protocol file read and checked: its protocol, or what to tell the user. */
export type ProtocolFileReading = { ok: true; protocol: Protocol } | { ok: false; message: string; hint: string };

/**
 * Reads and checks one protocol file, without throwing: a module loaded on
 * demand is a bundle of its own, with its own copy of `CliUsageError`, so
 * the caller makes the error (an `instanceof` check then still holds).
 *
 * @example
 * const reading = checkProtocolFile('ours.protocol.json', io);
 * if (!reading.ok) console.error(reading.message);
 */
export function checkProtocolFile(file: string, io: Pick<CliIO, 'cwd'>): ProtocolFileReading {
  let text: string;
  try {
    text = readTextAtMost(resolve(io.cwd, file), INPUT_CAPS.dataFileBytes);
  } catch {
    return { ok: false, message: `Cannot read the protocol file "${file}".`, hint: 'Check the path; it is relative to the current folder.' };
  }
  const { protocol, findings } = checkProtocolSource(text, file);
  if (protocol === undefined) {
    return {
      ok: false,
      message: `${file} is not a protocol this version can use:\n${findings.map(formatFinding).join('\n')}`,
      hint: `Fix the problems listed (\`common-ground protocol check ${file}\` lists them again).`,
    };
  }
  return { ok: true, protocol };
}

/**
 * Reads and checks one protocol file.
 *
 * @throws {CliUsageError} listing every problem at `file:line:column`, when the file cannot be read or is not a sound protocol.
 * @example
 * const protocol = readProtocolFile('ours.protocol.json', io);
 */
export function readProtocolFile(file: string, io: Pick<CliIO, 'cwd'>): Protocol {
  const reading = checkProtocolFile(file, io);
  if (!reading.ok) throw new CliUsageError(reading.message, reading.hint);
  return reading.protocol;
}
