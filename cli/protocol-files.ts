/**
 * A partnership's own protocol files for the commands that read scenarios
 * and cases: files named with `--protocol FILE`, and `*.protocol.json` files
 * found beside the scenarios or cases given. Each is checked with the
 * engine's located checker, so a broken file is reported at its line and
 * column; the good ones join the built-in protocols in one catalogue. The
 * checker itself (`read-protocol-file.ts`) is loaded only when there is a
 * file to check.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { builtInProtocols, catalogueWith, type ProtocolCatalogue } from '../engine/index.js';
import { CliUsageError, type CliIO } from './cli-io.js';
import type { OptionSpecs } from './parse-command-line.js';

/** The ending that marks a protocol file for discovery. */
export const PROTOCOL_FILE_ENDING = '.protocol.json';

/**
 * `--protocol FILE`, repeatable, for the commands that read scenarios and
 * cases; the files given come back in order.
 */
export const PROTOCOL_OPTION = {
  protocol: {
    type: 'string',
    multiple: true,
    missing: () => new CliUsageError('--protocol needs a protocol file.', 'For example: --protocol our-partnership.protocol.json'),
  },
} as const satisfies OptionSpecs;

/** The `*.protocol.json` files directly inside the folders of `paths` (a folder path counts as itself). */
function protocolFilesNear(paths: readonly string[], cwd: string): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    try {
      folders.add(statSync(absolute).isDirectory() ? absolute : dirname(absolute));
    } catch {
      // A path that does not exist is reported by the command that reads it.
    }
  }
  const found: string[] = [];
  for (const folder of folders) {
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.sort()) if (name.endsWith(PROTOCOL_FILE_ENDING)) found.push(join(folder, name));
  }
  return found;
}

/**
 * The catalogue for a command: the built-in protocols, then the protocol
 * files found beside `near` (scenario or case paths), then the files given
 * with `--protocol` (which win over a same-id file found nearby).
 *
 * @throws {CliUsageError} for a protocol file that cannot be used.
 * @example
 * const protocols = await protocolCatalogueFor(io, ['ours.protocol.json'], ['scenarios/']);
 */
export async function protocolCatalogueFor(io: Pick<CliIO, 'cwd'>, files: readonly string[], near: readonly string[] = []): Promise<ProtocolCatalogue> {
  const given = new Set(files.map((file) => resolve(io.cwd, file)));
  const nearby = protocolFilesNear(near, io.cwd).filter((file) => !given.has(file));
  const toRead = [...nearby, ...files];
  if (toRead.length === 0) return builtInProtocols;
  // The YAML parser and the protocol schema come with the checker: only now are they needed.
  const { checkProtocolFile } = await import('./read-protocol-file.js');
  const protocols = toRead.map((file) => {
    const reading = checkProtocolFile(file, io);
    if (!reading.ok) throw new CliUsageError(reading.message, reading.hint);
    return reading.protocol;
  });
  return catalogueWith(protocols);
}
