/**
 * A folder of files the build made under `dist/` (the phones' page, the
 * learning-platform player). The modules that need one run from
 * `dist/lazy/*.js` in the bundled CLI and from their sources under vitest,
 * so the folder is found by walking up from the module itself to the first
 * `dist/<name>/<marker>` rather than assuming one depth.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built folder `dist/<name>` holding `marker`, or null when it has not been built.
 * @example
 * builtFolder(import.meta.url, 'live', 'index.html'); // '/…/common-ground/dist/live'
 */
export function builtFolder(from: string, name: string, marker: string): string | null {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const candidate = join(dir, 'dist', name);
    if (existsSync(join(candidate, marker))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
