/**
 * The few file operations the session store needs, behind an interface so
 * tests can use an in-memory disk (and simulate a crash half-way through a
 * write, or a full disk) while the app uses the real one.
 */
import { accessSync, closeSync, constants, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, existsSync } from 'node:fs';
import { createFileSynced } from './create-file-synced.js';

/** What is at a path, without following a symbolic link. */
export interface FsEntry {
  kind: 'missing' | 'file' | 'directory' | 'symlink' | 'other';
  /** Size in bytes (0 when missing). */
  size: number;
  /** Last modification time in ms since the epoch (0 when missing). */
  modifiedMs: number;
  /**
   * A file marked read-only (no write permission for anyone, even where
   * root could write it anyway), or one this process may not write: never
   * to be replaced. False for anything that is not a file.
   */
  readOnly: boolean;
}

/**
 * What a path holds when it is neither a regular file nor missing, in words
 * for a message ("is a symbolic link"); undefined for a file or nothing.
 *
 * @example
 * notARegularFile(nodeSessionFs().entry('/dev/null')); // 'is not a regular file (a device or a pipe)'
 */
export function notARegularFile(entry: FsEntry): string | undefined {
  switch (entry.kind) {
    case 'symlink':
      return 'is a symbolic link';
    case 'directory':
      return 'is a folder';
    case 'other':
      return 'is not a regular file (a device or a pipe)';
    default:
      return undefined;
  }
}

/** File operations used by the session store; paths are absolute. */
export interface SessionFs {
  /** Creates a folder and its parents; no error when it exists. */
  mkdirp(dir: string): void;
  /** Reads a whole UTF-8 file; throws when it is missing or unreadable. */
  readText(path: string): string;
  /**
   * Creates a new file, writes it whole and flushes it to the disk (fsync)
   * before returning. Never follows or replaces what is already there: throws
   * (EEXIST) when anything, even a dangling link, is at the path. When the
   * write fails after the file was made, the file is removed again.
   */
  createFileSynced(path: string, text: string): void;
  /** Renames a file, replacing the target atomically (a link at the target is replaced, never followed). */
  rename(from: string, to: string): void;
  /** Removes a file or link (never what a link points at); no error when it is missing. */
  remove(path: string): void;
  /** Flushes a folder's entries (the rename) to the disk; a no-op where unsupported. */
  fsyncDir(dir: string): void;
  /** Names (not paths) of the entries of a folder; empty when it does not exist. */
  list(dir: string): string[];
  /** Whether something exists at the path (following links). */
  exists(path: string): boolean;
  /** What is at the path, without following a link. */
  entry(path: string): FsEntry;
}

function mayWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The real disk.
 * @example
 * const fs = nodeSessionFs();
 * fs.mkdirp('/tmp/cg/sessions');
 */
export function nodeSessionFs(): SessionFs {
  return {
    mkdirp: (dir) => {
      mkdirSync(dir, { recursive: true });
    },
    readText: (path) => readFileSync(path, 'utf8'),
    createFileSynced: (path, text) => createFileSynced(path, text, 0o600),
    rename: (from, to) => renameSync(from, to),
    remove: (path) => rmSync(path, { force: true }),
    fsyncDir: (dir) => {
      // Windows cannot open a folder for fsync; the rename is still atomic there.
      let fd: number | undefined;
      try {
        fd = openSync(dir, 'r');
        fsyncSync(fd);
      } catch {
        /* not supported on this platform */
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    exists: (path) => existsSync(path),
    entry: (path) => {
      try {
        const stat = lstatSync(path);
        const kind = stat.isSymbolicLink() ? 'symlink' : stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other';
        return { kind, size: stat.size, modifiedMs: stat.mtimeMs, readOnly: kind === 'file' && ((stat.mode & 0o222) === 0 || !mayWrite(path)) };
      } catch {
        return { kind: 'missing', size: 0, modifiedMs: 0, readOnly: false };
      }
    },
  };
}
