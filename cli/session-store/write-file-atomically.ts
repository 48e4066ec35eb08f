/**
 * Atomic replacement of a file: a crash (even `kill -9` or a power cut)
 * leaves either the old file or the new one, never half of each; a write
 * that fails (a full disk) leaves the old file and nothing else.
 */
import { basename, dirname, join } from 'node:path';
import { ReadOnlyFileError } from './session-file-error.js';
import type { SessionFs } from './session-fs.js';

/**
 * Writes `text` to a new temporary file in the same folder, fsyncs it,
 * renames it over `path` and fsyncs the folder so the rename itself
 * survives a crash. The temporary name includes `token` so two processes
 * never share one; one left by a crashed process of the same token is
 * removed first. When any step fails, the temporary file is removed again
 * (on a full disk it would otherwise keep the disk full) and the error is
 * thrown on. A link at `path` is replaced, never written through. A file
 * marked read-only is never replaced: {@link ReadOnlyFileError}.
 *
 * @example
 * writeFileAtomically(nodeSessionFs(), '/data/sessions/a.json', '{}', String(process.pid));
 */
export function writeFileAtomically(fs: SessionFs, path: string, text: string, token: string): void {
  // A rename would replace it, permissions or not: the mark is the user's word that it stays as it is.
  if (fs.entry(path).readOnly) throw new ReadOnlyFileError(path);
  const dir = dirname(path);
  // Same folder as the target: rename is only atomic within one file system.
  const temporary = join(dir, `.${basename(path)}.${token}.tmp`);
  fs.remove(temporary);
  try {
    fs.createFileSynced(temporary, text);
    fs.rename(temporary, path);
  } catch (error) {
    try {
      fs.remove(temporary);
    } catch {
      // The write's own error is the one to report.
    }
    throw error;
  }
  fs.fsyncDir(dir);
}
