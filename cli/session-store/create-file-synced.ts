/**
 * Writing a new file all the way to the disk: created with O_EXCL, so it
 * fails on anything already there (a link included, so nothing is written
 * through a link), written in full, fsynced, and removed again if the write
 * fails part-way (on a full disk, say), so no half file is left behind.
 * Session files and exported records both start this way.
 */
import { closeSync, constants, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';

/**
 * Creates `path` holding `text` (UTF-8), synced to the disk, with `mode` permissions.
 * @throws the file system's error (EEXIST, ENOSPC, EACCES …); the file is then gone again.
 * @example
 * createFileSynced('/data/sessions/.a.json.123.tmp', json, 0o600);
 */
export function createFileSynced(path: string, text: string, mode: number): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  try {
    const buffer = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written);
    fsyncSync(fd);
  } catch (error) {
    // The file is ours (O_EXCL made it): a write that failed takes it away again.
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
}
