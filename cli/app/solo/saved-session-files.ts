/**
 * Tidying the start menu: a saved session or workshop archived (moved to an
 * `archive/` folder beside it, never deleted) or deleted, each after the
 * learner has confirmed it. Neither touches a file another process is
 * using: the file's lock is taken first, as a save would.
 */
import { basename, dirname, join } from 'node:path';
import { SessionFileError, writeFailure, type SessionFs, type SessionStore } from '../../session-store/index.js';

/** The folder archived sessions go to, beside the session files. */
export const ARCHIVE_FOLDER = 'archive';

/** What archiving or deleting did, in words for the notice line. */
export type TidyResult = { ok: true; message: string; movedTo?: string } | { ok: false; message: string };

/** A name in `folder` for `name` that nothing has yet: `name`, else `stem-2.json`, `stem-3.json`… */
function freeName(fs: SessionFs, folder: string, name: string): string {
  const stem = name.replace(/\.json$/i, '');
  let target = join(folder, name);
  for (let n = 2; fs.entry(target).kind !== 'missing'; n += 1) target = join(folder, `${stem}-${n}.json`);
  return target;
}

/** Runs `change` holding the file's lock, so no other process is using it meanwhile; the lock is let go after. */
function underLock(store: SessionStore, path: string, what: string, change: () => TidyResult): TidyResult {
  try {
    store.hold(path);
  } catch (error) {
    if (!(error instanceof SessionFileError)) throw error;
    return { ok: false, message: `Not ${what}: ${error.message} ${error.hint}` };
  }
  try {
    return change();
  } catch (error) {
    const { reason, hint } = writeFailure(error);
    return { ok: false, message: `Not ${what}: ${reason}. ${hint}` };
  } finally {
    store.release();
  }
}

/**
 * Moves a saved session file into the `archive/` folder beside it (made if
 * need be), under a name no archived file has; nothing is deleted.
 *
 * @example
 * archiveSessionFile(store, fs, '/data/sessions/closing-too-soon-2026.json', 'Closing too soon');
 * // { ok: true, message: 'Archived “Closing too soon” to /data/sessions/archive/closing-too-soon-2026.json.', movedTo: '…' }
 */
export function archiveSessionFile(store: SessionStore, fs: SessionFs, path: string, title: string): TidyResult {
  return underLock(store, path, 'archived', () => {
    const folder = join(dirname(path), ARCHIVE_FOLDER);
    fs.mkdirp(folder);
    const target = freeName(fs, folder, basename(path));
    fs.rename(path, target);
    fs.fsyncDir(folder);
    fs.fsyncDir(dirname(path));
    return { ok: true, message: `Archived “${title}” to ${target}.`, movedTo: target };
  });
}

/**
 * Deletes a saved session file (the learner typed y to confirm).
 *
 * @example
 * deleteSessionFile(store, fs, '/data/sessions/closing-too-soon-2026.json', 'Closing too soon');
 * // { ok: true, message: 'Deleted “Closing too soon”.' }
 */
export function deleteSessionFile(store: SessionStore, fs: SessionFs, path: string, title: string): TidyResult {
  return underLock(store, path, 'deleted', () => {
    fs.remove(path);
    fs.fsyncDir(dirname(path));
    return { ok: true, message: `Deleted “${title}” (${path}).` };
  });
}
