/**
 * The site build's scenario check spread over worker threads, one per core
 * (up to four), for a library large enough to repay starting them. Astro
 * runs a content loader on one thread, and with hundreds of scenarios their
 * parse and checks were two thirds of the build: on this project's 2-core
 * machine two workers halve that part. Each worker checks every other file
 * (so long and short files share out evenly) with the same code as the
 * build's own thread, and the outcomes come back in file order, so the
 * build and its messages are the same either way.
 *
 * The worker is bundled with esbuild when first needed, because the engine
 * is TypeScript and a worker thread runs JavaScript; the bundle lives in
 * memory only. Each worker is given a young generation of 64 MB: the parse
 * makes short-lived objects fast, and V8's default of 16 MB spent about a
 * tenth of the check collecting them.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { builtInProtocols, type ProtocolCatalogue } from '../../../engine/index.js';
import type { LibraryFileOutcome } from './check-library-file.js';
import type { CheckLibraryFiles, LibraryFile } from './read-scenario-library.js';
import type { ScenarioCheckWork, WorkProtocol } from './scenario-check-worker.js';

/** Below this many files the library is checked in the build's own thread: starting workers costs about half a second. */
export const WORKERS_FROM_FILES = 100;
/** At most this many workers: more cores than that are left to the rest of the machine. */
const MAX_WORKERS = 4;

let bundled: Promise<string> | undefined;

/** The worker's code, bundled once per build process. */
function workerCode(): Promise<string> {
  bundled ??= (async () => {
    // Node's own require: the loader runs inside Vite's module runner, which is closed by the time a build syncs its content.
    const { build } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./scenario-check-worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  })();
  return bundled;
}

/** The catalogue as a worker is given it: built-in protocols by id (see WorkProtocol), a partnership's own in full. */
function workProtocols(catalogue: ProtocolCatalogue): WorkProtocol[] {
  return Object.entries(catalogue).map(([id, protocol]) => (builtInProtocols[id] === protocol ? { id, builtIn: true as const } : { id, protocol }));
}

/** Runs one worker over `files`; resolves with its outcomes. */
function runWorker(code: string, work: ScenarioCheckWork): Promise<LibraryFileOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: work, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    let answered = false;
    worker.once('message', (outcomes: LibraryFileOutcome[]) => {
      answered = true;
      resolve(outcomes);
    });
    worker.once('error', reject);
    worker.once('exit', (exitCode) => {
      if (!answered) reject(new Error(`a scenario check worker stopped (exit code ${exitCode}) without an answer`));
    });
  });
}

/**
 * A `checkFiles` for readScenarioLibraryEntries that uses worker threads
 * for `minFiles` files or more (and more than one core). If the workers
 * cannot run, `onFallback` is told why and the files are checked in the
 * build's own thread, with the same outcome.
 *
 * @example
 * ```ts
 * await readScenarioLibraryEntries({ folder, protocols, production, checkFiles: checkInWorkers({ onFallback: (why) => logger.warn(why) }) });
 * ```
 */
export function checkInWorkers(options: { minFiles?: number; workers?: number; onFallback?: (message: string) => void } = {}): CheckLibraryFiles {
  const minFiles = options.minFiles ?? WORKERS_FROM_FILES;
  return async (files: readonly LibraryFile[], check) => {
    const count = Math.min(options.workers ?? Math.min(availableParallelism(), MAX_WORKERS), files.length);
    if (files.length < minFiles || count < 2) return undefined;
    try {
      const code = await workerCode();
      const shares = Array.from({ length: count }, (_, share) => files.filter((_file, index) => index % count === share));
      const protocols = workProtocols(check.protocols);
      const answers = await Promise.all(shares.map((share) => runWorker(code, { protocols, production: check.production, files: share })));
      return files.map((_file, index) => answers[index % count]![Math.floor(index / count)]!);
    } catch (error) {
      options.onFallback?.(`The scenarios could not be checked in worker threads (${error instanceof Error ? error.message : String(error)}); checking them one by one instead.`);
      return undefined;
    }
  };
}
