/**
 * The learning-platform player's built files (`dist/scorm-player/`), for
 * `package scorm` to put in each package (engine/lms/scorm-package.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFolder } from '../built-folder.js';

/**
 * The player's built script and styles.
 * @throws {Error} when the player has not been built.
 */
export function scormPlayerAssets(): { js: Uint8Array; css: Uint8Array } {
  const dir = builtFolder(import.meta.url, 'scorm-player', 'player.js');
  if (dir === null) throw new Error(`The learning-platform player is not built: no dist/scorm-player/player.js above ${fileURLToPath(import.meta.url)}.\nhint: run npm run build`);
  return { js: readFileSync(join(dir, 'player.js')), css: readFileSync(join(dir, 'player.css')) };
}

