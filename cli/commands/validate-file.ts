/**
 * The part of `validate` that needs the MDX parser, the validator and the
 * personal-data guard: loaded by `validateFiles` only when a file misses
 * the cache, so a run whose every file is cached never loads them.
 */
import { checkScenarioFile, createScenarioChecker, type Finding, type ProtocolCatalogue } from '../../engine/index.js';
import { openChunkStore, type ChunkStoreContext } from '../validate-chunk-store.js';

/**
 * Every finding for one file, read by `read`; a file that cannot be read is
 * a finding (`unreadable-file`). With `chunks`, the scenes parsed when the
 * file was last checked are taken from the cache folder, and only the
 * scenes that changed are parsed.
 *
 * @example
 * await checkFile(() => readFile(path, 'utf8'), 'scenarios/a.mdx', protocols, { dir, buildId });
 */
export async function checkFile(read: () => Promise<string>, file: string, protocols: ProtocolCatalogue | undefined, chunks?: ChunkStoreContext): Promise<readonly Finding[]> {
  const store = chunks === undefined ? undefined : openChunkStore(chunks, file);
  // A checker, not checkScenarioSource: the same results, and parsing scene
  // by scene is quicker on a cold start. Nothing is kept in memory from one file to the next.
  const checker = createScenarioChecker({ maxCachedChunks: 0, ...(store ? { store } : {}) });
  const { findings } = await checkScenarioFile({ readText: read }, file, protocols ? { protocols } : {}, checker);
  store?.save();
  return findings;
}
