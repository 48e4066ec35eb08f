/**
 * The parsed scenes of one scenario file, kept in the cache folder between
 * runs of `validate`, so that after an edit only the scenes that changed
 * are parsed again (the engine's incremental parser reads the rest from
 * here). One file per scenario path and build: each scene is found by a
 * SHA-256 of its exact text, and the file holds only the scenes of the
 * version last checked, so it does not grow. The file's first line carries
 * a SHA-256 of the rest: a damaged file is ignored, whatever the damage.
 * Loaded only when a file misses the findings cache (cli/validate-cache.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChunkStore } from '../engine/index.js';

/** Bump when what is kept, or how, changes. */
const STORE_FORMAT = 1;

/** Where a store lives and which build it is for. */
export interface ChunkStoreContext {
  /** The cache folder (`resolveCacheDir`); stores go in its `validate/` folder. */
  dir: string;
  /** The running build's id: another build never reads this one's parses. */
  buildId: string;
}

/** A store for one scenario file, written back with {@link FileChunkStore.save}. */
export interface FileChunkStore extends ChunkStore {
  /** Writes the scenes used since it was opened, when they changed; never throws. */
  save(): void;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The entries of a store file, or none when it is missing, damaged or another format. */
function readEntries(path: string): Record<string, unknown> {
  try {
    const text = readFileSync(path, 'utf8');
    const lineEnd = text.indexOf('\n');
    if (lineEnd === -1) return {};
    const header = JSON.parse(text.slice(0, lineEnd)) as { format?: unknown; sum?: unknown };
    const body = text.slice(lineEnd + 1);
    if (header.format !== STORE_FORMAT || header.sum !== sha256(body)) return {};
    const entries = JSON.parse(body) as unknown;
    return typeof entries === 'object' && entries !== null && !Array.isArray(entries) ? (entries as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Opens the store of one scenario file (as shown, e.g. `scenarios/a.mdx`).
 *
 * @example
 * const store = openChunkStore({ dir, buildId }, 'scenarios/a.mdx');
 * createScenarioChecker({ store }).check(text, 'scenarios/a.mdx');
 * store.save();
 */
export function openChunkStore(context: ChunkStoreContext, file: string): FileChunkStore {
  const folder = join(context.dir, 'validate');
  const path = join(folder, `chunks-${sha256(`common-ground validate chunks ${STORE_FORMAT}\n${context.buildId}\n${process.version}\n${JSON.stringify(file)}`)}.json`);
  const kept = readEntries(path);
  const used: Record<string, unknown> = {};
  let changed = false;
  return {
    get(text) {
      const key = sha256(text);
      if (!Object.hasOwn(kept, key)) return undefined;
      used[key] = kept[key];
      return kept[key];
    },
    set(text, value) {
      used[sha256(text)] = value;
      changed = true;
    },
    save() {
      // Nothing new, and nothing dropped: the file already says this.
      if (!changed && Object.keys(used).length === Object.keys(kept).length) return;
      const body = JSON.stringify(used);
      const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(folder, { recursive: true });
        writeFileSync(temporary, `${JSON.stringify({ format: STORE_FORMAT, sum: sha256(body) })}\n${body}`);
        renameSync(temporary, path);
      } catch {
        try {
          unlinkSync(temporary);
        } catch {
          // Never written.
        }
      }
    },
  };
}
