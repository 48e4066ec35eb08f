/**
 * `common-ground deadlines`: every stage's deadline for a disagreement, as a
 * table for people, one JSON object for programs, or an iCalendar file.
 * The engine does the arithmetic; this module only reads files, parses
 * options and prints.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { builtInProtocols, CalendarError, computeDeadlines, createWorkingDayCalendar, DEFAULT_PROTOCOL, englandAndWalesCalendar, INPUT_CAPS, loadDeadlineCalendarBuilder, parseClosureDays, parseGovUkFeed, type Protocol, ProtocolError, resolveProtocol, type WorkingDayCalendar, type WorkingDayCalendarOptions } from '../../engine/index.js';
import { CliUsageError, type CliIO, type Command } from '../cli-io.js';
import { readTextAtMost } from '../read-text-at-most.js';
import { deadlinesUsage, eventOptions, parseDeadlinesOptions, protocolArgument, type DeadlinesOptions } from './deadlines/deadlines-options.js';
import { readProtocolFile } from '../read-protocol-file.js';
import { formatDeadlinesText } from './deadlines/format-deadlines-text.js';
import { terminalStyle } from '../terminal/index.js';

async function readUserFile(io: CliIO, file: string, what: string): Promise<string> {
  try {
    return readTextAtMost(resolve(io.cwd, file), INPUT_CAPS.dataFileBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new CliUsageError(`Cannot read the ${what} ${file}: ${reason}.`, 'Check the path; it is relative to the current folder.');
  }
}

async function loadChosenProtocol(io: CliIO, nameOrFile: string | undefined): Promise<Protocol> {
  const name = nameOrFile ?? DEFAULT_PROTOCOL;
  if (Object.hasOwn(builtInProtocols, name)) return resolveProtocol(name);
  if (!existsSync(resolve(io.cwd, name))) {
    throw new CliUsageError(
      `There is no built-in protocol or readable file called "${name}".`,
      `Use ${Object.keys(builtInProtocols).join(', ')}, or give the path of a protocol JSON file.`,
    );
  }
  // A partnership's own file: every problem at its line and column.
  return readProtocolFile(name, io);
}

async function loadCalendar(io: CliIO, options: DeadlinesOptions): Promise<WorkingDayCalendar> {
  if (options.holidays === undefined && options.closures === undefined) return englandAndWalesCalendar;
  const settings: { -readonly [K in keyof WorkingDayCalendarOptions]: WorkingDayCalendarOptions[K] } = {};
  if (options.holidays !== undefined) {
    settings.govUkFeed = parseGovUkFeed(await readUserFile(io, options.holidays, 'bank-holidays file'), options.holidays);
  }
  if (options.closures !== undefined) {
    settings.closures = parseClosureDays(await readUserFile(io, options.closures, 'closures file'), options.closures);
  }
  return createWorkingDayCalendar(settings);
}

/** Which option sets each event, for the footnote about assumed events. */
function optionNames(protocol: Protocol): Record<string, string> {
  return Object.fromEntries(Object.entries(eventOptions(protocol)).map(([option, event]) => [event, `--${option}`]));
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const protocol = await loadChosenProtocol(io, protocolArgument(argv));
  const options = parseDeadlinesOptions(argv, protocol);
  if (options.help) {
    io.stdout.write(deadlinesUsage(protocol, Object.keys(builtInProtocols), DEFAULT_PROTOCOL));
    return 0;
  }
  if (options.raised === undefined) {
    throw new CliUsageError('--raised is required: when was the disagreement raised?', 'For example: common-ground deadlines --raised 2026-12-22T10:00');
  }
  const calendar = await loadCalendar(io, options);
  const table = computeDeadlines({
    protocol,
    audience: options.audience,
    raised: options.raised,
    events: options.events,
    calendar,
  });

  if (options.ics !== undefined) {
    const target = resolve(io.cwd, options.ics);
    // The `ics` library is loaded only for a calendar file: `--json` alone starts faster without it.
    const buildDeadlineCalendar = await loadDeadlineCalendarBuilder();
    try {
      await writeFile(target, buildDeadlineCalendar(table, { now: io.now() }), 'utf8');
    } catch (error) {
      throw new CliUsageError(`Cannot write the calendar file ${options.ics}: ${(error as Error).message}.`, 'Check that the folder exists and can be written to.');
    }
  }
  if (options.json) {
    io.stdout.write(`${JSON.stringify(table, null, 2)}\n`);
    if (options.ics !== undefined) io.stderr.write(`Wrote ${table.stages.length} deadlines to ${options.ics}.\n`);
    return 0;
  }
  const tty = io.stdout.isTTY === true;
  io.stdout.write(
    formatDeadlinesText(table, {
      width: tty && io.stdout.columns ? Math.min(120, io.stdout.columns) : 80,
      style: terminalStyle(io.stdout, io.env, { noColor: options.noColor }),
      optionFor: optionNames(protocol),
      explain: options.explain,
      ...(protocol.immediateRisk ? { closing: protocol.immediateRisk.summary } : {}),
    }),
  );
  if (options.ics !== undefined) io.stdout.write(`\nWrote ${table.stages.length} deadlines to ${options.ics}.\n`);
  return 0;
}

/**
 * The `deadlines` command. Engine errors (an impossible date, events out of
 * order, a broken protocol or holidays file) become {@link CliUsageError}s,
 * which the top level prints as one line and a hint.
 *
 * @example
 * await deadlinesCommand(['--raised', '2026-12-18T16:30', '--json'], processIO());
 */
export const deadlinesCommand: Command = async (argv, io) => {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof ProtocolError || error instanceof CalendarError) {
      throw new CliUsageError(error.message, error.hint);
    }
    throw error;
  }
};
