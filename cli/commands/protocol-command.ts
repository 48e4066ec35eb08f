/**
 * `common-ground protocol check FILE` and `common-ground protocol show
 * FILE|ID`: for a partnership writing its own protocol file. `check` lists
 * every problem at `file:line:column` with a hint, the way `validate` does
 * for scenarios; `show` prints the stages, who acts, the timescales, the
 * caps and the notes, or the whole protocol as JSON.
 */
import { resolve } from 'node:path';
import { builtInProtocols, checkProtocolSource, formatFinding, INPUT_CAPS, noteScope, type Protocol, resolveRouteText } from '../../engine/index.js';
import { CliUsageError, type CliIO, type Command } from '../cli-io.js';
import { readTextAtMost } from '../read-text-at-most.js';
import { renderColumns, terminalStyle, textStyle, wrapText, type Cell } from '../terminal/index.js';
import { NO_COLOR_OPTION, parseCommandLine } from '../parse-command-line.js';
import { readProtocolFile } from '../read-protocol-file.js';

const HELP = `Usage: common-ground protocol check FILE [--json]
       common-ground protocol show FILE|ID [--json] [--no-color]

For a partnership bringing its own protocol file (see "Adapting Common Ground
to your partnership").

check  Reads FILE and lists every problem with its line, column and a hint:
       a misspelt field, a rule of an unknown kind, an event no one declares,
       a stage with no owner, assumed events that depend on each other.
       --json  print { file, findings, errors }
       Exit code: 0 when the protocol is sound, 1 when it has problems.

show   Prints the stages of a protocol file or of a built-in protocol
       (${Object.keys(builtInProtocols).join(', ')}): who acts and the
       timescale per route, the caps, and the notes on how the timescales are
       read. --json prints the whole protocol; --no-color prints no colour
       (also when NO_COLOR is set).`;

function usageError(message: string): CliUsageError {
  return new CliUsageError(message, 'Run `common-ground protocol --help` for the options.');
}

/** Reads `TARGET [--json]` (and `--no-color` for show); an unknown option is named with the verb. */
function readArguments(argv: readonly string[], verb: 'check' | 'show') {
  const { values, positionals: targets } = parseCommandLine(argv, {
    command: 'protocol',
    options: { json: { type: 'boolean' }, ...(verb === 'show' ? NO_COLOR_OPTION : {}) },
    explain: (problem) => (problem.kind === 'unknown-option' ? usageError(`Unknown option "${problem.argument}" for protocol ${verb}.`) : undefined),
  });
  if (targets.length !== 1) throw usageError(`protocol ${verb} takes one ${verb === 'check' ? 'file' : 'file or protocol id'}.`);
  return { target: targets[0]!, json: values.json, noColor: values['no-color'] === true };
}

function check(argv: readonly string[], io: CliIO): number {
  const { target, json } = readArguments(argv, 'check');
  let text: string;
  try {
    text = readTextAtMost(resolve(io.cwd, target), INPUT_CAPS.dataFileBytes);
  } catch {
    throw new CliUsageError(`Cannot read "${target}".`, 'Check the path; it is relative to the current folder.');
  }
  const { protocol, findings } = checkProtocolSource(text, target);
  if (json) io.stdout.write(`${JSON.stringify({ file: target, findings, errors: findings.length }, null, 2)}\n`);
  else {
    for (const finding of findings) io.stdout.write(`${formatFinding(finding)}\n`);
    io.stdout.write(
      protocol
        ? `${target}: ${protocol.name}, ${protocol.stages.length} stage${protocol.stages.length === 1 ? '' : 's'}, ${Object.keys(protocol.routes).length} route${Object.keys(protocol.routes).length === 1 ? '' : 's'}: no problems.\n`
        : `${target}: ${findings.length} problem${findings.length === 1 ? '' : 's'}.\n`,
    );
  }
  return protocol ? 0 : 1;
}

/** The protocol as text: heading, source, and for each route a table of stages, then caps and notes. */
export function formatProtocolText(protocol: Protocol, width: number, style = textStyle(false)): string {
  const out: string[] = [];
  const paragraph = (text: string, first = '', rest = first.replace(/./g, ' ')) =>
    wrapText(text, width - first.length).map((line, index) => (index === 0 ? first : rest) + line);
  out.push(style.bold(protocol.name), ...paragraph(`Source: ${protocol.source.publisher}, "${protocol.source.title}"${protocol.source.updated ? `, updated ${protocol.source.updated}` : ''}.`));
  if (protocol.summary) out.push('', ...paragraph(protocol.summary));
  const widths = [5, Math.floor((width - 5 - 4) * 0.45), 0];
  widths[2] = width - widths[0]! - widths[1]! - 4;
  for (const [id, route] of Object.entries(protocol.routes)) {
    out.push('', style.bold(`${route.label} (route "${id}")`));
    const header: Cell[] = ['Stage', 'Who acts', 'Timescale'].map((text) => [{ text, emphasis: 'bold' as const }]);
    out.push(...renderColumns(widths, [header], style, 2));
    for (const stage of protocol.stages) {
      const title = resolveRouteText(stage.title, id, route);
      const row: Cell[] = [[String(stage.stage)], wrapText(resolveRouteText(stage.owner, id, route), widths[1]!), wrapText(`${title}: ${resolveRouteText(stage.timescale, id, route)}`, widths[2]!)];
      out.push(...renderColumns(widths, [row], style, 2));
    }
  }
  if ((protocol.caps ?? []).length > 0) {
    out.push('', style.bold('Limits that pull deadlines forward'));
    for (const cap of protocol.caps ?? []) {
      out.push(...paragraph(`${cap.label} (${cap.id}), on ${cap.stages ? noteScope(cap.stages).toLowerCase() : 'every stage'}. Source: "${cap.source}"`, '  - '));
    }
  }
  if (protocol.notes.length > 0) {
    out.push('', style.bold('How the timescales are read'));
    for (const note of protocol.notes) out.push(...paragraph(`${noteScope(note.stages ?? [])}: ${note.text}`, '  - '));
  }
  return `${out.join('\n')}\n`;
}

function show(argv: readonly string[], io: CliIO): number {
  const { target, json, noColor } = readArguments(argv, 'show');
  const protocol = Object.hasOwn(builtInProtocols, target) ? builtInProtocols[target]! : readProtocolFile(target, io);
  if (json) io.stdout.write(`${JSON.stringify(protocol, null, 2)}\n`);
  else {
    const width = io.stdout.isTTY && io.stdout.columns ? Math.min(120, Math.max(60, io.stdout.columns)) : 80;
    io.stdout.write(formatProtocolText(protocol, width, terminalStyle(io.stdout, io.env, { noColor })));
  }
  return 0;
}

/** The `protocol` command. */
export const protocolCommand: Command = async (argv, io) => {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h') {
    io.stdout.write(`${HELP}\n`);
    return verb === undefined ? 2 : 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (verb === 'check') return check(rest, io);
  if (verb === 'show') return show(rest, io);
  throw usageError(`Unknown protocol command "${verb}"; use check or show.`);
};
