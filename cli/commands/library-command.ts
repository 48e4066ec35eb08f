/**
 * `common-ground library report [paths...] [--json] [--protocol FILE]`:
 * what a scenario library covers, worked out from its files (see
 * engine/library/library-report.ts). The files are read here; the engine
 * gets their text.
 */
import { checkScenarioSource, INPUT_CAPS, libraryReport, libraryReportMarkdown, type Scenario } from '../../engine/index.js';
import { CliUsageError, type Command } from '../cli-io.js';
import { commandLine } from '../invoked-as.js';
import { protocolCatalogueFor } from '../protocol-files.js';
import { displayPath as display, parseScenarioPathOptions, readNamedFile, scenarioFilesIn, scenarioPathsFor } from './scenario-paths.js';

const HELP = `Usage: common-ground library report [paths...] [--json] [--protocol FILE]

What a scenario library covers: for each scenario, the guidance's triggers
it teaches (the trigger sections it cites), its route, the stages a learner
can reach, whether it has a mental-capacity path or an immediate-risk scene,
and its endings by grade; then each trigger against each route, how many
scenarios reach each stage, and immediate risk by route. Printed as Markdown
tables (scenarios/README.md carries this output).

Paths are files or folders. With no path: scenarios/ in this folder, else
this folder's own scenario files, else the bundled library (said on standard
error). A file with errors is left out, and said on standard error.

Options:
  --json           print the report as one JSON object
  --protocol FILE  a partnership's own protocol file (repeatable)
  --help           show this help

Exit code: 0 when every file was read, 1 when one had errors.`;

/** The `library` command: `library report`. */
export const libraryCommand: Command = async (argv, io) => {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h') {
    io.stdout.write(`${HELP}\n`);
    return verb === undefined ? 2 : 0;
  }
  if (verb !== 'report') throw new CliUsageError(`library has no "${verb}" command.`, 'Use: common-ground library report');
  const { help, json, paths: given, protocols: protocolFiles } = parseScenarioPathOptions(rest, 'library report');
  if (help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const paths = scenarioPathsFor(given, io);
  const protocols = await protocolCatalogueFor(io, protocolFiles, paths);
  const files = scenarioFilesIn(paths, io.cwd);
  const scenarios: Scenario[] = [];
  let failed = 0;
  for (const file of files) {
    const name = display(file, io.cwd);
    const checked = checkScenarioSource(readNamedFile(file, io.cwd, INPUT_CAPS.scenarioFileBytes), name, { protocols, privacy: false });
    const errors = checked.findings.filter((finding) => finding.severity === 'error').length;
    if (checked.scenario === undefined || errors > 0) {
      failed += 1;
      io.stderr.write(`${name}: left out, with ${errors} error${errors === 1 ? '' : 's'}; run \`${commandLine(io.invokedAs, ['validate', name])}\` to see them.\n`);
      continue;
    }
    scenarios.push(checked.scenario);
  }
  const report = libraryReport(scenarios, protocols);
  io.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : libraryReportMarkdown(report));
  return failed > 0 ? 1 : 0;
};
