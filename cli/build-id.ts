/**
 * Which build of Common Ground is running, for caches that must never
 * outlive the code that filled them. `npm run build` writes the id into
 * dist/cli.js (`__COMMON_GROUND_BUILD_ID__`, from cli/tools/build-id.mjs);
 * run from source (the tests), the same id is computed from the files
 * themselves, so it still changes whenever the code does.
 */
import { fileURLToPath } from 'node:url';

// Replaced by esbuild's `define` in the built CLI; absent when run from source.
declare const __COMMON_GROUND_BUILD_ID__: string | undefined;

let fromSources: Promise<string> | undefined;

/**
 * The running build's id (64 hex digits).
 *
 * @example
 * await currentBuildId(); // 'c0ffee…'
 */
export function currentBuildId(): Promise<string> {
  if (typeof __COMMON_GROUND_BUILD_ID__ === 'string') return Promise.resolve(__COMMON_GROUND_BUILD_ID__);
  fromSources ??= import('./tools/build-id.mjs').then(({ computeBuildId }) => computeBuildId(fileURLToPath(new URL('..', import.meta.url))));
  return fromSources;
}
