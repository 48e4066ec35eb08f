/**
 * The build id: a SHA-256 over every file the built CLI's behaviour comes
 * from (engine/ and cli/, whatever their kind, and the package files that
 * pin its dependencies). `build-cli.mjs` injects it into dist/cli.js, and an
 * unbundled run (the tests) computes it from the source tree, so anything
 * keyed by it (the `validate` cache) changes whenever the code does.
 * Typed in build-id.d.mts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The folders and files whose contents make the build. */
const SOURCES = ['engine', 'cli', 'package.json', 'package-lock.json'];

/** Every file under `path` (or `path` itself), sorted so the id does not depend on the file system's order. */
function filesUnder(path) {
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOTDIR') return [path];
    throw error;
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(path, entry.name)) : entry.isFile() ? [join(path, entry.name)] : []));
}

/**
 * The build id of the project at `root`, as 64 hex digits.
 *
 * @example
 * computeBuildId('/work/main'); // 'c0ffee…'
 */
export function computeBuildId(root) {
  const hash = createHash('sha256').update('common-ground build\n');
  for (const source of SOURCES) {
    for (const file of filesUnder(join(root, source))) {
      const content = readFileSync(file);
      // Name and length first, so no two different trees hash the same bytes.
      hash.update(`${relative(root, file).split('\\').join('/')}\0${content.length}\0`).update(content);
    }
  }
  return hash.digest('hex');
}
