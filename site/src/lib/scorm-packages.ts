/**
 * The site build's option to publish every scenario's SCORM 1.2 package
 * beside its page (`COMMON_GROUND_SCORM=1 npm run site:build` writes
 * `/scorm/<id>.zip`), made by the same function as `package scorm`. The
 * player's script and styles are the CLI build's (`npm run build` first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable that asks for the packages. */
export const SCORM_ENV = 'COMMON_GROUND_SCORM';

/**
 * Whether this build publishes packages.
 * @example
 * wantsScormPackages({ COMMON_GROUND_SCORM: '1' }); // true
 */
export function wantsScormPackages(env: Record<string, string | undefined> = process.env): boolean {
  return env[SCORM_ENV] === '1' || env[SCORM_ENV] === 'true';
}

/**
 * The player's built files, from `dist/scorm-player/` under the folder the build runs in.
 * @throws {Error} with what to run when they are missing.
 */
export function scormPlayerFiles(root: string = process.cwd()): { js: Uint8Array; css: Uint8Array } {
  const dir = join(root, 'dist', 'scorm-player');
  if (!existsSync(join(dir, 'player.js'))) throw new Error(`${SCORM_ENV}=1 needs the learning-platform player, and ${dir}/player.js is missing.\nhint: run npm run build, then the site build again`);
  return { js: readFileSync(join(dir, 'player.js')), css: readFileSync(join(dir, 'player.css')) };
}
