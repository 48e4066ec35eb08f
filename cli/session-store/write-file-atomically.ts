/**
 * Atomic replacement of a file: a crash (even `kill -9` or a power cut)
 * leaves either the old file or the new one, never half of each.
 */
import { basename, dirname, join } from 'node:path';
import type { SessionFs } from './session-fs.js';

/**
 * Writes `text` to a temporary file in the same folder, fsyncs it, renames it
 * over `path` and fsyncs the folder so the rename itself survives a crash.
 * The temporary name includes `token` so two processes never share one.
 * @example
 * writeFileAtomically(nodeSessionFs(), '/data/sessions/a.json', '{}', String(process.pid));
 */
export function writeFileAtomically(fs: SessionFs, path: string, text: string, token: string): void {
  const dir = dirname(path);
  // Same folder as the target: rename is only atomic within one file system.
  const temporary = join(dir, `.${basename(path)}.${token}.tmp`);
  fs.writeTextSynced(temporary, text);
  fs.rename(temporary, path);
  fs.fsyncDir(dir);
}
