/**
 * An in-memory SessionFs for tests, able to fail a write half-way like a
 * crash or a full disk would, and to fail a rename.
 */
import { dirname } from 'node:path';
import type { SessionFs } from '../../../cli/session-store/index.js';

export interface MemoryFs extends SessionFs {
  files: Map<string, string>;
  /** When set, the next synced write stores only half the text and throws (a crash mid-write). */
  crashNextWrite: boolean;
  /** When set, every synced write stores half its text and throws this error (a full disk) until cleared. */
  failWrites: Error | null;
  /** When set, the next rename throws this error. */
  failNextRename: Error | null;
  /** Modification times by path (ms since the epoch); 0 when not set. */
  modified: Map<string, number>;
  /** Files marked read-only. */
  readOnly: Set<string>;
  renames: Array<[string, string]>;
  dirSyncs: string[];
}

/** An error as Node's fs throws it, with its code. */
export function fsError(code: string, message = code): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

export function memoryFs(): MemoryFs {
  const files = new Map<string, string>();
  const create = (path: string, text: string) => {
    if (files.has(path)) throw fsError('EEXIST', `file already exists, open '${path}'`);
    if (fs.crashNextWrite) {
      fs.crashNextWrite = false;
      files.set(path, text.slice(0, Math.floor(text.length / 2)));
      throw new Error('simulated crash');
    }
    if (fs.failWrites) {
      files.set(path, text.slice(0, Math.floor(text.length / 2)));
      throw fs.failWrites;
    }
    files.set(path, text);
  };
  const fs: MemoryFs = {
    files,
    crashNextWrite: false,
    failWrites: null,
    failNextRename: null,
    modified: new Map(),
    readOnly: new Set(),
    renames: [],
    dirSyncs: [],
    mkdirp: () => {},
    readText: (path) => {
      const text = files.get(path);
      if (text === undefined) throw fsError('ENOENT', path);
      return text;
    },
    createFileSynced: create,
    rename: (from, to) => {
      if (fs.failNextRename) {
        const error = fs.failNextRename;
        fs.failNextRename = null;
        throw error;
      }
      const text = files.get(from);
      if (text === undefined) throw fsError('ENOENT', from);
      files.delete(from);
      files.set(to, text);
      fs.renames.push([from, to]);
    },
    remove: (path) => {
      files.delete(path);
    },
    fsyncDir: (dir) => {
      fs.dirSyncs.push(dir);
    },
    list: (dir) => [...files.keys()].filter((path) => dirname(path) === dir).map((path) => path.slice(dir.length + 1)),
    exists: (path) => files.has(path),
    entry: (path) => {
      const text = files.get(path);
      return text === undefined
        ? { kind: 'missing', size: 0, modifiedMs: 0, readOnly: false }
        : { kind: 'file', size: Buffer.byteLength(text), modifiedMs: fs.modified.get(path) ?? 0, readOnly: fs.readOnly.has(path) };
    },
  };
  return fs;
}
