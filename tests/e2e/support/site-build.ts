import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isProcessRunning } from '../../../cli/session-store/file-lock.js';
import { islandModuleReportPath, serverModuleReportPath } from '../../../site/src/lib/island-module-report.js';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The package root (this file is tests/e2e/support/site-build.ts). */
export const packageRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Where `astro build` writes the site. */
export const siteDist = join(packageRoot, 'site', 'dist');

/** Everything whose change means the built site is stale. */
const inputs = ['site/src', 'site/public', 'engine', 'scenarios', 'astro.config.mjs', 'package.json'];

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
 * One way the end-to-end tests need the site built: where it goes, what the
 * build is given, and what must exist beside the stamp for it to count as
 * built.
 */
interface SiteVariant {
  /** Said in an error when the build fails. */
  name: string;
  outDir: string;
  /** `astro build` arguments beyond `build`. */
  args: readonly string[];
  env: Readonly<Record<string, string>>;
  /** Files the build writes outside `outDir` that must be there too. */
  alsoWrites: readonly string[];
  /** Held while one process builds this variant (see {@link withBuildLock}). */
  lock: string;
}

/** The site as published by default: `site/dist`, with the builds' module reports in site/.build. */
const defaultSite: SiteVariant = {
  name: 'astro build',
  outDir: siteDist,
  args: [],
  env: {},
  alsoWrites: [islandModuleReportPath, serverModuleReportPath].map((report) => join(packageRoot, report)),
  lock: join(packageRoot, 'site', '.build', 'site-dist-lock'),
};

/** The address {@link ensureAddressedSiteBuilt} builds the site for. */
const addressedSiteUrl = 'https://training.example.org/';

/** Where {@link ensureAddressedSiteBuilt} builds it (site/.build is gitignored). */
export const addressedSiteDist = join(packageRoot, 'site', '.build', 'addressed-dist');

/**
 * The site as a partnership publishes it at its own address, with every
 * scenario's SCORM package: COMMON_GROUND_SITE_URL and COMMON_GROUND_SCORM=1.
 * Its module reports go beside it, so they never replace site/dist's.
 */
const addressedSite: SiteVariant = {
  name: `astro build with COMMON_GROUND_SITE_URL=${addressedSiteUrl} COMMON_GROUND_SCORM=1`,
  outDir: addressedSiteDist,
  args: ['--outDir', addressedSiteDist],
  env: { COMMON_GROUND_SITE_URL: addressedSiteUrl, COMMON_GROUND_SCORM: '1', COMMON_GROUND_MODULE_REPORT: `${addressedSiteDist}-modules` },
  alsoWrites: [],
  lock: join(packageRoot, 'site', '.build', 'addressed-dist-lock'),
};

/**
 * Builds the site with `astro build` unless `site/dist` was already built
 * from exactly the current inputs. Each e2e test file calls this in its
 * `beforeAll`; the stamp file means the build runs once per change, not once
 * per file (the two workers are separate processes, and a later run or
 * another checkout's tests may build in between, so an in-memory flag
 * would not do).
 *
 * @example
 * ```ts
 * beforeAll(() => ensureSiteBuilt(), 300_000);
 * ```
 */
export function ensureSiteBuilt(): Promise<void> {
  return ensureBuilt(defaultSite);
}

/**
 * Builds the site for {@link addressedSiteUrl} with SCORM packages into
 * {@link addressedSiteDist}, unless it was already built from exactly the
 * current inputs: one build for every test of a site published at an
 * address (debrief links, the packages), made once per change like
 * {@link ensureSiteBuilt}'s.
 *
 * @example
 * ```ts
 * beforeAll(() => ensureAddressedSiteBuilt(), 300_000);
 * ```
 */
export function ensureAddressedSiteBuilt(): Promise<void> {
  return ensureBuilt(addressedSite);
}

async function ensureBuilt(variant: SiteVariant): Promise<void> {
  if (await isCurrent(variant, await siteInputFingerprint())) return;
  await withBuildLock(variant.lock, async () => {
    // Another run may have built it while this one waited for the lock.
    const fingerprint = await siteInputFingerprint();
    if (await isCurrent(variant, fingerprint)) return;
    const build = await runAstroBuild(variant.args, variant.env);
    if (!build.ok) {
      throw new Error(
        `${variant.name} failed.\n${build.output.trim().split('\n').slice(-40).join('\n')}\n` +
          'hint: run `npx astro build` to see the full error.',
      );
    }
    await writeFile(stampOf(variant), fingerprint);
  });
}

function stampOf(variant: SiteVariant): string {
  return join(variant.outDir, '.e2e-build-stamp');
}

/** Whether the variant, and whatever it writes beside it, was built from exactly these inputs. */
async function isCurrent(variant: SiteVariant, fingerprint: string): Promise<boolean> {
  const stamp = stampOf(variant);
  return variant.alsoWrites.every((path) => existsSync(path)) && existsSync(stamp) && (await readFile(stamp, 'utf8')) === fingerprint;
}

/**
 * Runs `build` holding the lock `lock` (a folder: making one is atomic, with
 * the builder's pid inside), waiting (polling) while another process holds
 * it. Two `astro build`s into site/dist at once delete each other's files
 * ("Cannot find module site/dist/renderers.mjs"): two test runs started side
 * by side did exactly that. A lock left by a process that has gone is taken
 * over.
 */
async function withBuildLock(lock: string, build: () => Promise<void>): Promise<void> {
  const started = Date.now();
  mkdirSync(join(lock, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSyncOr(join(lock, 'pid')));
      // No pid yet means the holder is between making the folder and writing it: wait.
      // The session store's check, which also tells a builder that died unreaped (a zombie) from one still building.
      if (holder > 0 && !isProcessRunning(holder)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > 600_000) throw new Error(`Another process (${holder || 'unknown'}) has been building for ten minutes; remove ${lock} if it is gone.`);
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    await build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function readFileSyncOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Variables Vitest puts in `process.env` to mirror `import.meta.env`
 * (MODE=test, PROD='', DEV='1', …). Passed on to `astro build` they reach
 * the content config's `import.meta.env`, so a build run from a test would
 * not be a production build (drafts would be published).
 */
const VITEST_ENV_MIRRORS = ['MODE', 'PROD', 'DEV', 'SSR', 'BASE_URL'] as const;

/** This process's environment without Vitest's mirrors of `import.meta.env`. */
function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of VITEST_ENV_MIRRORS) delete copy[name];
  return copy;
}

/** What one `astro build` run ended with. */
export interface AstroBuildResult {
  /** True when the build exited 0. */
  ok: boolean;
  /** Everything it printed, standard output then standard error. */
  output: string;
}

/**
 * Runs `astro build` in the package root with extra arguments (such as
 * `--outDir`) and environment, and reports how it ended instead of throwing.
 * It is always a production build: NODE_ENV=production (Vitest's `test`
 * would make Vite bundle React's development build), without Vitest's
 * `import.meta.env` mirrors.
 *
 * @example
 * ```ts
 * const { ok, output } = await runAstroBuild(['--outDir', dir], { COMMON_GROUND_SCENARIOS: library });
 * ```
 */
export async function runAstroBuild(args: readonly string[] = [], env: Readonly<Record<string, string>> = {}): Promise<AstroBuildResult> {
  // A build into its own folder gets its own Astro cache too (beside it), so
  // builds of other scenario folders running at once never share a data store.
  const outDir = args[args.indexOf('--outDir') + 1];
  const cache = args.includes('--outDir') && outDir ? { COMMON_GROUND_ASTRO_CACHE: `${outDir}-astro-cache` } : {};
  try {
    const { stdout, stderr } = await run(join(packageRoot, 'node_modules', '.bin', 'astro'), ['build', ...args], {
      cwd: packageRoot,
      env: { ...buildEnvironment(process.env), NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...cache, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: `${stdout}\n${stderr}` };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}\n${stderr}` };
  }
}
