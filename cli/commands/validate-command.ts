/**
 * `common-ground validate [paths...] [--json]`: checks scenario files and
 * prints every finding, like a compiler. Reads the files here (the engine
 * does no I/O) and exits 0 when there are no errors, 1 otherwise.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { checkScenarioSource, formatFinding, sortFindings, type Finding } from '../../engine/index.js';
import { CliUsageError, type CliIO, type Command } from '../cli-io.js';

const HELP = `Usage: common-ground validate [paths...] [--json]

Checks scenario files (.mdx) and lists every problem with its line and a hint.
Paths are files or folders (a folder's own .mdx files, not its sub-folders);
the default is scenarios/. README files are skipped.

Options:
  --json   print one JSON object: { files, findings, errors, warnings }
  --help   show this help

Exit code: 0 when there are no errors (warnings allowed), 1 otherwise.`;

/** The .mdx files a path stands for, sorted; README.mdx is skipped. */
export function scenarioFilesAt(path: string, cwd: string): string[] {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new CliUsageError(`Cannot read "${path}": there is no such file or folder.`, 'Give a scenario .mdx file or a folder of them, e.g. `validate scenarios/`.');
  }
  const isScenario = (name: string) => name.toLowerCase().endsWith('.mdx') && !name.toLowerCase().startsWith('readme');
  if (stats.isDirectory()) {
    let names: string[];
    try {
      names = readdirSync(absolute);
    } catch {
      throw new CliUsageError(`Cannot read the folder "${path}".`, 'Check that you have permission to read it.');
    }
    return names
      .filter(isScenario)
      .map((name) => join(absolute, name))
      .filter((file) => statSync(file).isFile())
      .sort();
  }
  return [absolute];
}

function display(file: string, cwd: string): string {
  const shown = relative(cwd, file);
  return shown.startsWith('..') || shown === '' ? file : shown.split('\\').join('/');
}

/** Validates files and returns their findings; throws CliUsageError for an unreadable path. */
export function validateFiles(paths: readonly string[], io: Pick<CliIO, 'cwd'>): { files: string[]; findings: Finding[] } {
  const files = [...new Set(paths.flatMap((path) => scenarioFilesAt(path, io.cwd)))];
  const findings: Finding[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new CliUsageError(`Cannot read "${display(file, io.cwd)}".`, 'Check that the file exists and that you have permission to read it.');
    }
    findings.push(...checkScenarioSource(text, display(file, io.cwd)).findings);
  }
  return { files: files.map((file) => display(file, io.cwd)), findings: sortFindings(findings) };
}

/** The `validate` command. */
export const validateCommand: Command = async (argv, io) => {
  const paths: string[] = [];
  let json = false;
  for (const argument of argv) {
    if (argument === '--help' || argument === '-h') {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (argument === '--json') json = true;
    else if (argument.startsWith('-')) throw new CliUsageError(`Unknown option "${argument}".`, 'Run `common-ground validate --help` for the options.');
    else paths.push(argument);
  }
  const { files, findings } = validateFiles(paths.length > 0 ? paths : ['scenarios'], io);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (json) {
    io.stdout.write(`${JSON.stringify({ files, findings, errors, warnings }, null, 2)}\n`);
  } else {
    for (const finding of findings) io.stdout.write(`${formatFinding(finding)}\n`);
    io.stdout.write(`${files.length} files, ${errors} errors, ${warnings} warnings\n`);
  }
  return errors > 0 ? 1 : 0;
};
