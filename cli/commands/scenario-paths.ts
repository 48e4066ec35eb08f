/**
 * What the scenario-file commands (`validate`, `test`) share: which .mdx
 * files the paths given stand for, how a file is shown, and their options
 * (paths, `--json`, `--protocol`, `--help`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { countOf, scenarioFileNames } from '../../engine/index.js';
import { CliUsageError, type CliIO } from '../cli-io.js';
import { namedAsInvoked } from '../invoked-as.js';
import { HELP_OPTION, parseCommandLine, type OptionSpecs } from '../parse-command-line.js';
import { PROTOCOL_OPTION } from '../protocol-files.js';
import { readTextAtMost } from '../read-text-at-most.js';
import { bundledScenariosDir } from '../scenario-files.js';

/** The .mdx files a path stands for, sorted; README.mdx is skipped. */
export function scenarioFilesAt(path: string, cwd: string): string[] {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new CliUsageError(`Cannot read "${path}": there is no such file or folder.`, 'Give a scenario .mdx file or a folder of them, e.g. `validate scenarios/`.');
  }
  if (stats.isDirectory()) {
    let names: string[];
    try {
      names = readdirSync(absolute);
    } catch {
      throw new CliUsageError(`Cannot read the folder "${path}".`, 'Check that you have permission to read it.');
    }
    return scenarioFileNames(names)
      .map((name) => join(absolute, name))
      .filter((file) => statSync(file).isFile())
      .sort();
  }
  return [absolute];
}

/** The .mdx files of several paths, each once, in the order the paths give them. */
export function scenarioFilesIn(paths: readonly string[], cwd: string): string[] {
  return [...new Set(paths.flatMap((path) => scenarioFilesAt(path, cwd)))];
}

/** A file as the user should see it: relative to the working folder when inside it. */
export function displayPath(file: string, cwd: string): string {
  const shown = relative(cwd, file);
  return shown.startsWith('..') || shown === '' ? file : shown.split('\\').join('/');
}

/**
 * The text of a file the user named (a scenario or its plan), at most
 * `maxBytes` of it.
 *
 * @throws {CliUsageError} naming the file as the user sees it, when it cannot be read.
 */
export function readNamedFile(file: string, cwd: string, maxBytes: number): string {
  try {
    return readTextAtMost(file, maxBytes);
  } catch {
    throw new CliUsageError(`Cannot read "${displayPath(file, cwd)}".`, 'Check that the file exists and that you have permission to read it.');
  }
}

/** The options of a command over scenario files. */
export interface ScenarioPathOptions {
  /** `--help` or `-h` was given. */
  help: boolean;
  /** `--json` was given. */
  json: boolean;
  /** `--strict` was given (validate only): warnings count as errors. */
  strict: boolean;
  /** `--no-cache` was given (validate only): every file is checked afresh. */
  noCache: boolean;
  /** The paths given; empty when none were (see {@link defaultScenarioPaths}). */
  paths: string[];
  /** The files given with `--protocol`, in order. */
  protocols: string[];
}

/**
 * Reads `[paths...] [--json] [--protocol FILE]... [--help]`; any other option
 * is a usage error, and `--help` ends the reading.
 *
 * @example
 * parseScenarioPathOptions(['scenarios/a.mdx', '--json'], 'validate'); // { help: false, json: true, strict: false, noCache: false, paths: ['scenarios/a.mdx'], protocols: [] }
 */
export function parseScenarioPathOptions(argv: readonly string[], command: string, { strict = false, cache = false }: { strict?: boolean; cache?: boolean } = {}): ScenarioPathOptions {
  // `--strict` and `--no-cache` only where the command has them (validate), so elsewhere they are unknown options.
  const options = {
    ...HELP_OPTION,
    ...PROTOCOL_OPTION,
    json: { type: 'boolean' },
    ...(strict ? { strict: { type: 'boolean' } } : {}),
    ...(cache ? { 'no-cache': { type: 'boolean' } } : {}),
  } as const satisfies OptionSpecs;
  const { values, positionals } = parseCommandLine(argv, { command, options, helpEndsReading: true });
  const flags = values as typeof values & { strict?: boolean; 'no-cache'?: boolean };
  return { help: values.help, json: values.json, strict: flags.strict === true, noCache: flags['no-cache'] === true, paths: positionals, protocols: values.protocol };
}

/**
 * What to check when no path was given, and a sentence saying which: the
 * `scenarios/` folder here, else this folder's own scenario files, else the
 * library that comes with Common Ground. An installed CLI run in an empty
 * folder checks the bundled library and says so, instead of failing.
 *
 * @example
 * defaultScenarioPaths('/home/me/work', '/usr/lib/node_modules/common-ground/scenarios');
 * // { paths: ['/usr/lib/…/scenarios'], said: 'No scenarios here, so checking the bundled library (…). `common-ground new` starts …' }
 */
export function defaultScenarioPaths(cwd: string, bundledDir: string): { paths: string[]; said: string } {
  const here = join(cwd, 'scenarios');
  if (existsSync(here) && statSync(here).isDirectory()) return { paths: [here], said: 'Checking scenarios/ in this folder.' };
  let names: string[] = [];
  try {
    names = scenarioFileNames(readdirSync(cwd));
  } catch {
    // An unreadable folder has no scenarios of its own.
  }
  if (names.length > 0) return { paths: [cwd], said: `Checking the ${countOf(names.length, 'scenario file')} in this folder.` };
  return { paths: [bundledDir], said: `No scenarios here, so checking the bundled library (${bundledDir}). \`common-ground new\` starts one of your own in scenarios/.` };
}

/** The paths a command checks: those given, or the default, said on standard error (standard output may be JSON). */
export function scenarioPathsFor(paths: readonly string[], io: Pick<CliIO, 'cwd' | 'stderr' | 'invokedAs'>, bundledDir: string = bundledScenariosDir()): string[] {
  if (paths.length > 0) return [...paths];
  const chosen = defaultScenarioPaths(io.cwd, bundledDir);
  io.stderr.write(`${namedAsInvoked(chosen.said, io.invokedAs)}\n`);
  return chosen.paths;
}
