/**
 * What the scenario-file commands (`validate`, `test`) share: which .mdx
 * files the paths given stand for, how a file is shown, and their options
 * (paths, `--json`, `--protocol`, `--help`).
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { scenarioFileNames } from '../../engine/index.js';
import { CliUsageError } from '../cli-io.js';
import { HELP_OPTION, parseCommandLine } from '../parse-command-line.js';
import { PROTOCOL_OPTION } from '../protocol-files.js';

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

/** A file as the user should see it: relative to the working folder when inside it. */
export function displayPath(file: string, cwd: string): string {
  const shown = relative(cwd, file);
  return shown.startsWith('..') || shown === '' ? file : shown.split('\\').join('/');
}

/** The options of a command over scenario files. */
export interface ScenarioPathOptions {
  /** `--help` or `-h` was given. */
  help: boolean;
  /** `--json` was given. */
  json: boolean;
  /** The paths given, or `scenarios` when none were. */
  paths: string[];
  /** The files given with `--protocol`, in order. */
  protocols: string[];
}

/**
 * Reads `[paths...] [--json] [--protocol FILE]... [--help]`; any other option
 * is a usage error, and `--help` ends the reading.
 *
 * @example
 * parseScenarioPathOptions(['scenarios/a.mdx', '--json'], 'validate'); // { help: false, json: true, paths: ['scenarios/a.mdx'], protocols: [] }
 */
export function parseScenarioPathOptions(argv: readonly string[], command: string): ScenarioPathOptions {
  const { values, positionals } = parseCommandLine(argv, { command, options: { ...HELP_OPTION, ...PROTOCOL_OPTION, json: { type: 'boolean' } }, helpEndsReading: true });
  return { help: values.help, json: values.json, paths: positionals.length > 0 || values.help ? positionals : ['scenarios'], protocols: values.protocol };
}
