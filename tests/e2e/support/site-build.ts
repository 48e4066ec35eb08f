import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { islandModuleReportPath } from '../../../site/src/lib/island-module-report.js';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The package root (this file is tests/e2e/support/site-build.ts). */
export const packageRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Where `astro build` writes the site. */
export const siteDist = join(packageRoot, 'site', 'dist');

/** Everything whose change means the built site is stale. */
const inputs = ['site/src', 'site/public', 'engine', 'scenarios', 'astro.config.mjs', 'package.json'];

const stampFile = join(siteDist, '.e2e-build-stamp');

async function listFiles(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .map((entry) => listFiles(join(path, entry.name))),
  );
  return nested.flat();
}

/**
 * A fingerprint of the site's inputs (path, size and modification time of
 * every file). Cheap to compute, and changes whenever anything the build
 * reads changes.
 */
export async function siteInputFingerprint(): Promise<string> {
  const files = (await Promise.all(inputs.map((input) => listFiles(join(packageRoot, input))))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const info = await stat(file);
    hash.update(`${relative(packageRoot, file)}\0${info.size}\0${info.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * Builds the site with `astro build` unless `site/dist` was already built
 * from exactly the current inputs. Each e2e test file calls this in its
 * `beforeAll`; the stamp file means the build runs once per change, not once
 * per file (Vitest gives every file a fresh module graph, so an in-memory
 * flag would not survive).
 *
 * @example
 * ```ts
 * beforeAll(() => ensureSiteBuilt(), 300_000);
 * ```
 */
export async function ensureSiteBuilt(): Promise<void> {
  const fingerprint = await siteInputFingerprint();
  const reportWritten = existsSync(join(packageRoot, islandModuleReportPath));
  if (reportWritten && existsSync(stampFile) && (await readFile(stampFile, 'utf8')) === fingerprint) return;
  try {
    await run(join(packageRoot, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: packageRoot,
      // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `astro build failed.\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n')}\n` +
        'hint: run `npx astro build` to see the full error.',
    );
  }
  await writeFile(stampFile, fingerprint);
}
