/**
 * `common-ground validate [paths...] [--json]`: checks scenario files and
 * prints every finding, like a compiler. Reads the files here (the engine
 * does no I/O) and exits 0 when there are no errors, 1 otherwise.
 */
import { readFile } from 'node:fs/promises';
import { checkScenarioFile, countOf, type Finding, formatFinding, type ProtocolCatalogue, type ScenarioSource, sortFindings } from '../../engine/index.js';
import type { CliIO, Command } from '../cli-io.js';
import { protocolCatalogueFor } from '../protocol-files.js';
import { displayPath as display, parseScenarioPathOptions, scenarioFilesIn, scenarioPathsFor } from './scenario-paths.js';

const HELP = `Usage: common-ground validate [paths...] [--strict] [--json] [--protocol FILE]

Checks scenario files (.mdx) and lists every problem with its line and a hint.
Paths are files or folders (a folder's own .mdx files, not its sub-folders).
With no path: scenarios/ in this folder, else this folder's own scenario
files, else the bundled library (which one is said on standard error).
README files and *.template.mdx files are skipped. Each scenario is checked
against the protocol it names: a built-in one, a *.protocol.json file beside
it, or one given with --protocol.

Options:
  --strict         count warnings as errors: for a library that must have none
                   (a decision with fewer than three choices, a recommended
                   choice that is much the longest, one good ending, a
                   summary that gives the answer away, and the rest)
  --json           print one JSON object: { files, findings, errors, warnings }
  --protocol FILE  a partnership's own protocol file (repeatable)
  --help           show this help

Exit code: 0 when there are no errors (warnings allowed, unless --strict),
1 otherwise.`;

/** Validates files and returns their findings; throws CliUsageError for a path that does not exist. */
export async function validateFiles(paths: readonly string[], io: Pick<CliIO, 'cwd'>, protocols?: ProtocolCatalogue): Promise<{ files: string[]; findings: Finding[] }> {
  const files = scenarioFilesIn(paths, io.cwd);
  const findings: Finding[] = [];
  for (const file of files) {
    // Read from the real path, reported under the path the user sees; a file that cannot be read is a finding.
    const source: ScenarioSource = { readText: () => readFile(file, 'utf8') };
    findings.push(...(await checkScenarioFile(source, display(file, io.cwd), protocols ? { protocols } : {})).findings);
  }
  return { files: files.map((file) => display(file, io.cwd)), findings: sortFindings(findings) };
}

/** The `validate` command. */
export const validateCommand: Command = async (argv, io) => {
  const { help, json, strict, paths: given, protocols: protocolFiles } = parseScenarioPathOptions(argv, 'validate', { strict: true });
  if (help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const paths = scenarioPathsFor(given, io);
  const checked = await validateFiles(paths, io, protocolCatalogueFor(io, protocolFiles, paths));
  const { files } = checked;
  // Under --strict a warning is an error, and is shown and counted as one.
  const findings = strict ? checked.findings.map((finding): Finding => (finding.severity === 'warning' ? { ...finding, severity: 'error' } : finding)) : checked.findings;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (json) {
    io.stdout.write(`${JSON.stringify({ files, findings, errors, warnings }, null, 2)}\n`);
  } else {
    for (const finding of findings) io.stdout.write(`${formatFinding(finding)}\n`);
    io.stdout.write(`${countOf(files.length, 'file')}, ${countOf(errors, 'error')}, ${countOf(warnings, 'warning')}\n`);
  }
  return errors > 0 ? 1 : 0;
};
