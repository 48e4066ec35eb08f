/**
 * `common-ground case audit FILE [--json | --markdown]` and
 * `common-ground case scaffold FILE [-o OUT] [--force]`: audit a resolved
 * case's timeline against the protocol, and turn it into a draft scenario.
 * Files are read and written here; the engine does no I/O.
 */
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { auditCase, auditToMarkdown, CaseFileError, checkScenarioSource, fromDate, hasErrors, scaffoldScenario, toIsoDate } from '../../engine/index.js';
import { CliUsageError, type CliIO, type Command } from '../cli-io.js';
import { commandLine } from '../invoked-as.js';
import { formatAuditText } from './case/format-audit-text.js';
import { displayPath, readCase, writeFindings } from './case/read-case.js';
import { NO_COLOR_OPTION, parseCommandLine, type OptionSpecs } from '../parse-command-line.js';
import { PROTOCOL_OPTION, protocolCatalogueFor } from '../protocol-files.js';
import { nodeSessionFs, notARegularFile, writeFailure, writeFileAtomically } from '../session-store/index.js';
import { terminalStyle } from '../terminal/index.js';

const HELP = `Usage: common-ground case audit FILE [--json | --markdown] [--protocol FILE]
       common-ground case scaffold FILE [-o OUT.mdx] [--force] [--protocol FILE]

Works with a case timeline file (*.case.yaml): a resolved disagreement written
as dated events, agencies by role and nobody by name. See "From a resolved case
to a scenario" in scenarios/README.md. The case is checked against the
protocol it names: a built-in one, a *.protocol.json file beside it, or one
given with --protocol FILE.

audit     Measures each stage against the protocol's deadlines, computed from
          the case's real event times: on time, or late by how many working
          days or hours; missing and out-of-order steps; the 13-working-day
          cap; the learning-subgroup step; immediate risk.
          --json      print the audit as one JSON object
          --markdown  print Markdown for a subgroup's minutes
          --no-color  no colour (also when NO_COLOR is set)
          Exit code: 0 when every deadline was met and the timeline is in
          order; 1 when any deadline was missed, skipped or not recorded, or
          a step is out of order; 2 when the file cannot be used.

scaffold  Writes a draft scenario whose recommended path follows the real
          timeline, with marked places for the author's narrative.
          -o, --output OUT  where to write it (default scenarios/NAME.mdx; a
                            missing folder is created, and said)
          --force           overwrite OUT if it exists
          Exit code: 0 when written; 2 when the file cannot be used or OUT
          exists without --force.`;

function usageError(message: string): CliUsageError {
  return new CliUsageError(message, 'Run `common-ground case --help` for the options.');
}

/** Reads a subcommand's options; an unknown one is named with the subcommand. */
function readOptions<const O extends OptionSpecs>(argv: readonly string[], sub: 'audit' | 'scaffold', options: O) {
  return parseCommandLine(argv, {
    command: 'case',
    options: { ...PROTOCOL_OPTION, ...options },
    explain: (problem) => (problem.kind === 'unknown-option' ? usageError(`Unknown option "${problem.argument}" for case ${sub}.`) : undefined),
  });
}

/** `case audit`. */
async function audit(all: string[], io: CliIO): Promise<number> {
  const { values, positionals: paths } = readOptions(all, 'audit', { ...NO_COLOR_OPTION, json: { type: 'boolean' }, markdown: { type: 'boolean' } });
  if (values.json && values.markdown) throw usageError('Choose one of --json and --markdown.');
  const format = values.json ? 'json' : values.markdown ? 'markdown' : 'text';
  if (paths.length !== 1) throw usageError(paths.length === 0 ? 'case audit needs a case file.' : 'case audit takes one case file.');
  const protocols = await protocolCatalogueFor(io, values.protocol, paths);
  const read = readCase(paths[0]!, io, protocols);
  if (!read.ok) return read.exitCode;
  let result;
  try {
    result = auditCase(read.caseFile, { file: read.file, protocols });
  } catch (error) {
    if (!(error instanceof CaseFileError)) throw error;
    io.stderr.write(`${error.file}:${error.line}:${error.column}: error: ${error.message}\n  hint: ${error.hint}\n`);
    return 2;
  }
  if (format === 'json') io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (format === 'markdown') io.stdout.write(auditToMarkdown(result));
  else {
    const width = Math.min(io.stdout.columns ?? 80, 120);
    io.stdout.write(`${formatAuditText(result, { width, style: terminalStyle(io.stdout, io.env, { noColor: values['no-color'] }) }).join('\n')}\n`);
  }
  // A timeline out of order fails the audit even when every deadline it measures was met.
  return result.deadlinesMet && result.timelineInOrder ? 0 : 1;
}

/** `scenarios/NAME.mdx` for `…/NAME.case.yaml`. */
function defaultOutput(file: string): string {
  const name = basename(file).replace(/\.case\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
  return `scenarios/${name}.mdx`;
}

/** `case scaffold`. */
async function scaffold(all: string[], io: CliIO): Promise<number> {
  const { values, positionals: paths } = readOptions(all, 'scaffold', {
    output: { type: 'string', short: 'o', missing: (option) => usageError(`${option} needs a file name, e.g. -o scenarios/new-scenario.mdx.`) },
    force: { type: 'boolean' },
  });
  const { output, force } = values;
  const files = nodeSessionFs();
  if (paths.length !== 1) throw usageError(paths.length === 0 ? 'case scaffold needs a case file.' : 'case scaffold takes one case file.');
  const protocols = await protocolCatalogueFor(io, values.protocol, paths);
  const read = readCase(paths[0]!, io, protocols);
  if (!read.ok) return read.exitCode;
  const target = output ?? defaultOutput(read.file);
  const absolute = isAbsolute(target) ? target : resolve(io.cwd, target);
  const shown = displayPath(target, io.cwd);
  if (!/\.mdx$/i.test(target)) throw usageError(`"${target}" does not end in .mdx; scenarios are .mdx files.`);
  const refuse = (message: string, hint: string) => {
    io.stderr.write(`error: ${message}\n  hint: ${hint}\n`);
    return 2;
  };
  // Only a regular file is ever replaced, as `new -o` refuses anything already there: never a
  // link (which would be written through), a folder, a device or a pipe (which would hang).
  const entry = files.entry(absolute);
  const notAFile = notARegularFile(entry);
  if (notAFile !== undefined) return refuse(`${shown} ${notAFile}; it was left as it is.`, 'Choose another name with -o: a new file, or a scenario file to overwrite with --force.');
  if (entry.kind === 'file' && !force) return refuse(`${shown} already exists; it was left as it is.`, 'Choose another name with -o, or add --force to overwrite it.');
  let text: string;
  try {
    const today = toIsoDate(fromDate(io.now()));
    text = scaffoldScenario(read.caseFile, auditCase(read.caseFile, { file: read.file, protocols }), { today, caseFileName: read.file, protocols });
  } catch (error) {
    if (!(error instanceof CaseFileError)) throw error;
    io.stderr.write(`${error.file}:${error.line}:${error.column}: error: ${error.message}\n  hint: ${error.hint}\n`);
    return 2;
  }
  // The draft must pass the validator (warnings allowed); anything else is our bug.
  const { findings } = checkScenarioSource(text, shown, { protocols });
  if (hasErrors(findings)) {
    writeFindings(findings, io);
    throw new Error('The scaffolded scenario does not pass the validator.');
  }
  // As `new` does: a missing folder (scenarios/ in a new project) is made, and said.
  const folderMissing = files.entry(dirname(absolute)).kind === 'missing';
  try {
    files.mkdirp(dirname(absolute));
    // A new file is created exclusively; an old one is replaced by renaming a new one over it. Either
    // way a link put there meanwhile is refused or replaced, never followed.
    if (entry.kind === 'missing') files.createFileSynced(absolute, text);
    else writeFileAtomically(files, absolute, text, String(process.pid));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return refuse(`${shown} appeared while the draft was being made; it was left as it is.`, 'Run the command again, or choose another name with -o.');
    const { reason, hint } = writeFailure(error);
    return refuse(`${shown} could not be written: ${reason}.`, hint);
  }
  if (folderMissing) io.stdout.write(`Created the folder ${displayPath(dirname(absolute), io.cwd)}/.\n`);
  io.stdout.write(`Wrote ${shown}, a draft scenario from ${read.file}.\nReplace each "> **Author:**" note, then run \`${commandLine(io.invokedAs, ['validate', shown])}\`.\n`);
  return 0;
}

/** The `case` command: dispatches to `audit` and `scaffold`. */
export const caseCommand: Command = async (argv, io) => {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${HELP}\n`);
    return sub === undefined ? 2 : 0;
  }
  if (sub === 'audit') return audit(rest, io);
  if (sub === 'scaffold') return scaffold(rest, io);
  throw new CliUsageError(`Unknown case subcommand "${sub}".`, 'Use `case audit FILE` or `case scaffold FILE -o OUT.mdx`.');
};
