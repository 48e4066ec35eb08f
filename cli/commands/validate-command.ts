/**
 * `common-ground validate [paths...] [--json]`: checks scenario files and
 * prints every finding, like a compiler. Reads the files here (the engine
 * does no I/O) and exits 0 when there are no errors, 1 otherwise.
 */
import { readFileSync } from 'node:fs';
import { checkScenarioSource, type Finding, formatFinding, type ProtocolCatalogue, sortFindings } from '../../engine/index.js';
import { CliUsageError, type CliIO, type Command } from '../cli-io.js';
import { protocolCatalogueFor } from '../protocol-files.js';
import { displayPath as display, parseScenarioPathOptions, scenarioFilesAt } from './scenario-paths.js';

const HELP = `Usage: common-ground validate [paths...] [--json] [--protocol FILE]

Checks scenario files (.mdx) and lists every problem with its line and a hint.
Paths are files or folders (a folder's own .mdx files, not its sub-folders);
the default is scenarios/. README files are skipped. Each scenario is checked
against the protocol it names: a built-in one, a *.protocol.json file beside
it, or one given with --protocol.

Options:
  --json           print one JSON object: { files, findings, errors, warnings }
  --protocol FILE  a partnership's own protocol file (repeatable)
  --help           show this help

Exit code: 0 when there are no errors (warnings allowed), 1 otherwise.`;

/** Validates files and returns their findings; throws CliUsageError for an unreadable path. */
export function validateFiles(paths: readonly string[], io: Pick<CliIO, 'cwd'>, protocols?: ProtocolCatalogue): { files: string[]; findings: Finding[] } {
  const files = [...new Set(paths.flatMap((path) => scenarioFilesAt(path, io.cwd)))];
  const findings: Finding[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new CliUsageError(`Cannot read "${display(file, io.cwd)}".`, 'Check that the file exists and that you have permission to read it.');
    }
    findings.push(...checkScenarioSource(text, display(file, io.cwd), protocols ? { protocols } : {}).findings);
  }
  return { files: files.map((file) => display(file, io.cwd)), findings: sortFindings(findings) };
}

/** The `validate` command. */
export const validateCommand: Command = async (argv, io) => {
  const { help, json, paths, protocols: given } = parseScenarioPathOptions(argv, 'validate');
  if (help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const { files, findings } = validateFiles(paths, io, protocolCatalogueFor(io, given, paths));
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
