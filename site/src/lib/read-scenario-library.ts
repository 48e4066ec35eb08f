/**
 * Reading the scenario library for the site build, as data: each file's
 * text goes through the engine's parser and validator (the same checks as
 * `validate`, the personal-data guard included) and comes out as the
 * Scenario model. No scenario file is ever compiled or imported as a
 * module, so nothing a scenario says can run.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type ProtocolCatalogue, type Scenario, scenarioFileNames } from '../../../engine/index.js';
import { checkLibraryFile, libraryChecker, type LibraryCheckOptions, type LibraryFileOutcome } from './check-library-file.js';
import type { LibraryScenario } from './library-scenario.js';
import { SiteError } from './site-error.js';

export type { LibraryScenario } from './library-scenario.js';

/** A file of the library to check: as messages name it, and where it is. */
export interface LibraryFile {
  file: string;
  path: string;
}

/**
 * Checks the files elsewhere (in worker threads: check-in-workers.ts) and
 * gives an outcome for each, in order; or undefined, to check them here.
 */
export type CheckLibraryFiles = (files: readonly LibraryFile[], options: LibraryCheckOptions) => Promise<LibraryFileOutcome[] | undefined>;

/** Options for {@link readScenarioLibrary}. */
export interface ReadScenarioLibraryOptions {
  /** The folder, relative to the working directory or absolute; files are named under it in messages. */
  folder: string;
  /** The protocols scenarios may name (the site's). */
  protocols: ProtocolCatalogue;
  /** A production build leaves drafts out (see isPublishable). */
  production: boolean;
  /** Told about each draft left out of a production build despite its errors. */
  onSkippedDraft?: (file: string, errorCount: number) => void;
  /** Checks the files elsewhere; left out, or when it gives undefined, they are checked in this thread. */
  checkFiles?: CheckLibraryFiles;
}


/**
 * Every scenario in the folder that belongs in this build, parsed, checked
 * and compacted for the site (see compactScenario), in file-name order.
 * Which files are scenarios is the engine's rule (`scenarioFileNames`).
 * A draft with errors is left out of a production build, as every draft is.
 *
 * @throws {SiteError} listing every problem at file:line:column when the
 * folder cannot be read or a scenario in the build has errors.
 * @example
 * ```ts
 * const scenarios = await readScenarioLibrary({ folder: 'scenarios', protocols: siteProtocols, production: true });
 * ```
 */
export async function readScenarioLibrary(options: ReadScenarioLibraryOptions): Promise<Scenario[]> {
  return (await readScenarioLibraryEntries(options)).map((entry) => entry.scenario);
}

/**
 * As {@link readScenarioLibrary}, with each scenario's file and digest, for
 * the content loader (which stores only those) and the pages.
 *
 * @throws {SiteError} as readScenarioLibrary.
 */
export async function readScenarioLibraryEntries(options: ReadScenarioLibraryOptions): Promise<LibraryScenario[]> {
  const { folder, protocols, production } = options;
  let names: string[];
  try {
    names = scenarioFileNames(await readdir(resolve(folder)));
  } catch {
    throw new SiteError(`The scenario folder ${folder} cannot be read.`, {
      file: folder,
      hint: 'Check that the folder exists; COMMON_GROUND_SCENARIOS, when set, names it relative to the project folder.',
    });
  }
  const files = names.map((name) => ({ file: join(folder, name), path: resolve(folder, name) }));
  const outcomes = (await options.checkFiles?.(files, { protocols, production })) ?? (await checkHere(files, { protocols, production }));
  const scenarios: LibraryScenario[] = [];
  const problems: string[] = [];
  const failed: string[] = [];
  outcomes.forEach((outcome, index) => {
    const { file } = files[index]!;
    switch (outcome.kind) {
      case 'scenario':
        scenarios.push(outcome.entry);
        break;
      case 'left-out':
        if (outcome.errorCount > 0) options.onSkippedDraft?.(file, outcome.errorCount);
        break;
      case 'failed':
        problems.push(...outcome.problems);
        failed.push(file);
        break;
      case 'unreadable':
        problems.push(`${file}:1:1: error: The file cannot be read.`);
        failed.push(file);
        break;
    }
  });
  if (failed.length > 0) {
    throw new SiteError(`${failed.length === 1 ? `${failed[0]} could not be read as a scenario` : `${failed.length} scenario files could not be read`}:\n${problems.join('\n')}`, {
      file: failed[0]!,
      hint: `Run \`npm run --silent cli -- validate ${failed.join(' ')}\` and fix what it reports.`,
    });
  }
  return scenarios;
}

/** Each file read and checked in this thread, one after another. */
async function checkHere(files: readonly LibraryFile[], options: LibraryCheckOptions): Promise<LibraryFileOutcome[]> {
  const checker = libraryChecker();
  const outcomes: LibraryFileOutcome[] = [];
  for (const { file, path } of files) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    outcomes.push(checkLibraryFile(checker, file, text, options));
  }
  return outcomes;
}
