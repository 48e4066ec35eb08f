/**
 * Writes a package's zip beside where it goes and renames it into place,
 * so a full disk or a kill leaves either the whole file or none, and never
 * writes over a file already there unless told to.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `bytes` to `path` atomically.
 * @returns null when written, or why not (in words, with what to do).
 * @example
 * writePackageFile('/tmp/closing-too-soon-scorm12.zip', zip, { force: false });
 */
export function writePackageFile(path: string, bytes: Uint8Array, options: { force: boolean }): string | null {
  if (existsSync(path) && !options.force) return `${path} already exists: nothing was written over it. Choose another name with -o, or add --force to replace it.`;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    return null;
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as { code?: string }).code ?? 'an error';
    return `${path} could not be written (${code}${code === 'ENOSPC' ? ': the disk is full' : ''}). Nothing was left half-written; free some space or choose another folder with -o.`;
  }
}
