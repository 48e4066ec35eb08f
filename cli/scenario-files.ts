/**
 * Finding and loading scenario files for the terminal app. The engine does
 * no I/O: this reads the text and hands it to `checkScenarioSource`, turning
 * validation errors into located lines (`file:line:column: message`) instead
 * of a crash.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInProtocols, scenarioFileNames, type ProtocolCatalogue, type Scenario } from '../engine/runtime.js';
import { CliUsageError } from './cli-io.js';
import { protocolCatalogueFor } from './protocol-files.js';
import { cachedScenario, emptyScenarioCache, readScenarioCache, scenarioCachePath, type ScenarioCache } from './scenario-cache.js';

/**
 * The bundled `scenarios/` folder. The built CLI lives in `dist/` (commands
 * and what they load on demand in `dist/lazy/`) and the sources in `cli/`; the folder is found by walking
 * up from this module, so it works from any working directory and when
 * installed globally.
 */
export function bundledScenariosDir(moduleUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (let depth = 0; depth < 4; depth += 1) {
    const candidate = join(dir, 'scenarios');
    if (existsSync(candidate) && existsSync(join(dir, 'package.json'))) return candidate;
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(moduleUrl)), '..', 'scenarios');
}

/** A scenario file that loaded, or why it did not. */
export type LoadedScenario =
  | { ok: true; file: string; scenario: Scenario; warnings: string[] }
  | { ok: false; file: string; errors: string[] };

/**
 * Reads, parses and validates one scenario file; a file whose text is in
 * `cache` (parsed at build time) is not parsed again. Its protocol is looked
 * up in `protocols`, or else among the built-in ones and any
 * `*.protocol.json` beside the file. The build checked the cached files
 * against the built-in protocols alone, so a partnership's own protocol in
 * the catalogue, given or found beside the file, means the file is checked
 * afresh.
 * @example
 * const loaded = await loadScenarioFile('scenarios/closing-too-soon.mdx');
 * if (!loaded.ok) console.error(loaded.errors.join('\n'));
 */
export async function loadScenarioFile(file: string, cache: ScenarioCache = emptyScenarioCache(), protocols?: ProtocolCatalogue): Promise<LoadedScenario> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, file, errors: [`${file}: cannot be read (check the path and permissions)`] };
  }
  let catalogue: ProtocolCatalogue;
  try {
    catalogue = protocols ?? (await protocolCatalogueFor({ cwd: dirname(file) }, [], [file]));
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    return { ok: false, file, errors: [error.message] };
  }
  // The build checked the cached files against the built-in protocols alone
  // (`protocolCatalogueFor` gives that very object when no protocol file is
  // given or found). The cached model is named as this file: the same text
  // elsewhere is the same scenario.
  const cached = catalogue === builtInProtocols ? cachedScenario(cache, text, file) : undefined;
  if (cached) return { ok: true, file, scenario: cached.scenario, warnings: cached.warnings };
  // The parser is loaded only when a file is not in the cache.
  const { checkScenarioText } = await import('./scenario-source.js');
  return checkScenarioText(text, file, catalogue);
}

/**
 * The build-time cache of the bundled scenarios in `dir` (empty when it is
 * missing or outdated), for any command that loads a scenario file: a file
 * whose text is a bundled scenario's then loads without the MDX parser.
 */
export function bundledScenarioCache(dir: string = bundledScenariosDir()): ScenarioCache {
  return readScenarioCache(scenarioCachePath(dir));
}

/** Every published bundled scenario that loads, plus the files that did not. */
export async function loadBundledScenarios(dir: string = bundledScenariosDir()): Promise<{ scenarios: Array<{ file: string; scenario: Scenario }>; failures: Array<{ file: string; errors: string[] }> }> {
  let names: string[] = [];
  try {
    names = scenarioFileNames(readdirSync(dir));
  } catch {
    return { scenarios: [], failures: [{ file: dir, errors: [`${dir}: the scenario folder cannot be read`] }] };
  }
  const scenarios: Array<{ file: string; scenario: Scenario }> = [];
  const failures: Array<{ file: string; errors: string[] }> = [];
  const cache = bundledScenarioCache(dir);
  for (const name of names) {
    const loaded = await loadScenarioFile(join(dir, name), cache);
    if (!loaded.ok) failures.push({ file: loaded.file, errors: loaded.errors });
    else if (loaded.scenario.frontmatter.status !== 'draft') scenarios.push({ file: loaded.file, scenario: loaded.scenario });
  }
  return { scenarios, failures };
}

/**
 * Resolves what the user typed after `play`: a path to an .mdx file, or the
 * id of a bundled scenario.
 */
export function resolveScenarioArgument(argument: string, cwd: string, dir: string = bundledScenariosDir()): string {
  if (/\.mdx$/i.test(argument) || argument.includes('/') || argument.includes('\\')) return isAbsolute(argument) ? argument : resolve(cwd, argument);
  return join(dir, `${argument}.mdx`);
}
