/**
 * Reading the scenario library for the site build, as data: each file's
 * text goes through the engine's parser and validator (the same checks as
 * `validate`, the personal-data guard included) and comes out as the
 * Scenario model. No scenario file is ever compiled or imported as a
 * module, so nothing a scenario says can run.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createScenarioChecker, formatFinding, type ProtocolCatalogue, type Scenario, scenarioFileNames } from '../../../engine/index.js';
import { compactScenario } from '../../../engine/index.js';
import { isPublishable } from './is-publishable.js';
import { scenarioDigest } from './parsed-scenario-registry.js';
import { SiteError } from './site-error.js';

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
}

/** A scenario of the library with the file it came from and the digest of its text (scenarioDigest). */
export interface LibraryScenario {
  file: string;
  digest: string;
  scenario: Scenario;
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
  // Scene by scene, as `validate` parses: the same answers as
  // checkScenarioSource, and faster even from cold. Nothing is cached
  // between files (each is parsed once per build).
  const checker = createScenarioChecker({ maxCachedChunks: 0 });
  const scenarios: LibraryScenario[] = [];
  const problems: string[] = [];
  const failed: string[] = [];
  for (const name of names) {
    const file = join(folder, name);
    let text: string;
    try {
      text = await readFile(resolve(file), 'utf8');
    } catch {
      problems.push(`${file}:1:1: error: The file cannot be read.`);
      failed.push(file);
      continue;
    }
    const { scenario, findings } = checker.check(text, file, { protocols });
    const errors = findings.filter((finding) => finding.severity === 'error');
    const status = scenario?.frontmatter.status;
    if (!isPublishable({ id: name, data: { status } }, production)) {
      if (errors.length > 0) options.onSkippedDraft?.(file, errors.length);
      continue;
    }
    if (!scenario || errors.length > 0) {
      problems.push(...errors.map(formatFinding));
      failed.push(file);
      continue;
    }
    scenarios.push({ file, digest: scenarioDigest(file, text), scenario: compactScenario(scenario) });
  }
  if (failed.length > 0) {
    throw new SiteError(`${failed.length === 1 ? `${failed[0]} could not be read as a scenario` : `${failed.length} scenario files could not be read`}:\n${problems.join('\n')}`, {
      file: failed[0]!,
      hint: `Run \`npm run --silent cli -- validate ${failed.join(' ')}\` and fix what it reports.`,
    });
  }
  return scenarios;
}
