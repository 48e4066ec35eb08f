/**
 * The few file operations the session store needs, behind an interface so
 * tests can use an in-memory disk (and simulate a crash half-way through a
 * write) while the app uses the real one.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeSync, existsSync } from 'node:fs';

/** File operations used by the session store; paths are absolute. */
export interface SessionFs {
  /** Creates a folder and its parents; no error when it exists. */
  mkdirp(dir: string): void;
  /** Reads a whole UTF-8 file; throws when it is missing or unreadable. */
  readText(path: string): string;
  /** Writes a whole file and flushes it to the disk (fsync) before returning. */
  writeTextSynced(path: string, text: string): void;
  /** Renames a file, replacing the target atomically. */
  rename(from: string, to: string): void;
  /** Flushes a folder's entries (the rename) to the disk; a no-op where unsupported. */
  fsyncDir(dir: string): void;
  /** Names (not paths) of the entries of a folder; empty when it does not exist. */
  list(dir: string): string[];
  /** Whether something exists at the path. */
  exists(path: string): boolean;
  /** Last modification time in ms since the epoch, or 0 when unknown. */
  modifiedMs(path: string): number;
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
    writeTextSynced: (path, text) => {
      const fd = openSync(path, 'w', 0o600);
      try {
        const buffer = Buffer.from(text, 'utf8');
        let written = 0;
        while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    },
    rename: (from, to) => renameSync(from, to),
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
    modifiedMs: (path) => {
      try {
        return statSync(path).mtimeMs;
      } catch {
        return 0;
      }
    },
  };
}
