/** An in-memory SessionFs for tests, able to fail a write half-way like a crash would. */
import { dirname } from 'node:path';
import type { SessionFs } from '../../../cli/session-store/index.js';

export interface MemoryFs extends SessionFs {
  files: Map<string, string>;
  /** When set, the next synced write stores only half the text and throws (a crash mid-write). */
  crashNextWrite: boolean;
  renames: Array<[string, string]>;
  dirSyncs: string[];
}

export function memoryFs(): MemoryFs {
  const files = new Map<string, string>();
  const fs: MemoryFs = {
    files,
    crashNextWrite: false,
    renames: [],
    dirSyncs: [],
    mkdirp: () => {},
    readText: (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`ENOENT ${path}`);
      return text;
    },
    writeTextSynced: (path, text) => {
      if (fs.crashNextWrite) {
        fs.crashNextWrite = false;
        files.set(path, text.slice(0, Math.floor(text.length / 2)));
        throw new Error('simulated crash');
      }
      files.set(path, text);
    },
    rename: (from, to) => {
      const text = files.get(from);
      if (text === undefined) throw new Error(`ENOENT ${from}`);
      files.delete(from);
      files.set(to, text);
      fs.renames.push([from, to]);
    },
    fsyncDir: (dir) => {
      fs.dirSyncs.push(dir);
    },
    list: (dir) => [...files.keys()].filter((path) => dirname(path) === dir).map((path) => path.slice(dir.length + 1)),
    exists: (path) => files.has(path),
    modifiedMs: () => 0,
  };
  return fs;
}
