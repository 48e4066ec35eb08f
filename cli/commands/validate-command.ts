/**
 * `common-ground validate [paths...] [--json]`: checks scenario files and
 * prints every finding, like a compiler. Reads the files here (the engine
 * does no I/O) and exits 0 when there are no errors, 1 otherwise.
 */
import { readFileSync } from 'node:fs';
import { checkScenarioSource, formatFinding, sortFindings, type Finding } from '../../engine/index.js';
import { CliUsageError, type CliIO, type Command } from '../cli-io.js';
import { displayPath as display, parseScenarioPathOptions, scenarioFilesAt } from './scenario-paths.js';

const HELP = `Usage: common-ground validate [paths...] [--json]

Checks scenario files (.mdx) and lists every problem with its line and a hint.
Paths are files or folders (a folder's own .mdx files, not its sub-folders);
the default is scenarios/. README files are skipped.

Options:
  --json   print one JSON object: { files, findings, errors, warnings }
  --help   show this help

Exit code: 0 when there are no errors (warnings allowed), 1 otherwise.`;

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
  const { help, json, paths } = parseScenarioPathOptions(argv, 'validate');
  if (help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const { files, findings } = validateFiles(paths, io);
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
