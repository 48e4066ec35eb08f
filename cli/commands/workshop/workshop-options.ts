/**
 * The `workshop` command's options: the help text, the option table, and
 * the reading of it into checked values (table names, minutes, the mode,
 * the site address for the record's links), each problem a
 * {@link CliUsageError} with an example.
 */
import { checkTableName, MAX_TABLES, WORKSHOP_MODES, type WorkshopMode } from '../../../engine/index.js';
import { CliUsageError } from '../../cli-io.js';
import { HELP_OPTION, NO_COLOR_OPTION, parseCommandLine, type OptionSpecs } from '../../parse-command-line.js';
import { PROTOCOL_OPTION } from '../../protocol-files.js';

/** The environment variable giving the site address the record's links point at (`--site-url` wins). */
export const SITE_URL_ENV = 'COMMON_GROUND_SITE_URL';

/** The port the workshop server tries first. */
export const DEFAULT_SERVE_PORT = 8420;

/** The command's help. */
export const WORKSHOP_HELP = `Usage: common-ground workshop <scenario-id|file.mdx> [options]

Runs a scenario for a room of tables: each decision is read, discussed
against a timer, voted on by each table, then revealed with the author's
feedback. Saved after every decision.

Options:
  --tables N|NAMES  a number of tables (1-${MAX_TABLES}, default 4), or their names
                    separated by commas: --tables "Police,Health,School"
  --mode M          majority (default; ties go to the trainer), trainer (the
                    trainer picks after seeing the split) or independent
                    (each table follows its own path, at its own pace)
  --minutes M       discussion time per decision (default 3)
  --autostart       start each discussion timer at once (otherwise it waits
                    for the trainer)
  --session FILE    save to (and resume from) this file
  --resume          carry on with the latest unfinished workshop of this scenario
  --read-only       show a workshop another Common Ground has open, changing nothing
  --take-over       take over a workshop whose lock was left behind (more
                    than 12 hours old)
  --plain           line by line on standard input and output, for screen
                    readers and scripts (automatic when standard input is
                    not a terminal)
  --export-dir DIR  write exported records here (default: beside the session file)
  --site-url URL    the site the record's guidance links point at, e.g.
                    https://common-ground.example.org (or set ${SITE_URL_ENV});
                    without it, links are left as their words
  --serve           let the tables vote from their own phones: starts a small
                    server on this laptop and shows a join address, QR code
                    and room code (needs the full screen, not --plain)
  --host ADDRESS    where the server listens (default: this laptop's address
                    on the room's Wi-Fi or hotspot; never a public address
                    without --allow-public-address)
  --port N          the server's port (default ${DEFAULT_SERVE_PORT}, or the one a resumed
                    workshop used, so the phones find it again)
  --allow-public-address
                    allow --host to be a public address or 0.0.0.0
  --protocol FILE   a partnership's own protocol file, for a scenario that
                    names it (a *.protocol.json beside the scenario is found
                    without it)
  --no-color        no colour (also when NO_COLOR is set)
  --help            show this help`;

const OPTIONS = {
  ...HELP_OPTION,
  ...NO_COLOR_OPTION,
  ...PROTOCOL_OPTION,
  tables: { type: 'string', missing: () => new CliUsageError('--tables needs a number or the tables’ names.', 'For example: --tables 4, or --tables "Police,Health,School"') },
  mode: { type: 'string' },
  minutes: { type: 'string' },
  autostart: { type: 'boolean' },
  session: { type: 'string', missing: () => new CliUsageError('--session needs a file name.', 'For example: --session ~/workshop.json') },
  resume: { type: 'boolean' },
  'read-only': { type: 'boolean' },
  'take-over': { type: 'boolean' },
  plain: { type: 'boolean' },
  'export-dir': { type: 'string', missing: () => new CliUsageError('--export-dir needs a folder.', 'For example: --export-dir ~/workshop-records') },
  'site-url': { type: 'string', missing: () => new CliUsageError('--site-url needs an address.', 'For example: --site-url https://common-ground.example.org') },
  serve: { type: 'boolean' },
  host: { type: 'string', missing: () => new CliUsageError('--host needs an address.', 'For example: --host 192.168.1.20') },
  port: { type: 'string', missing: () => new CliUsageError('--port needs a number.', `For example: --port ${DEFAULT_SERVE_PORT}`) },
  'allow-public-address': { type: 'boolean' },
} as const satisfies OptionSpecs;


/** The options, checked. */
export interface WorkshopOptions {
  help: boolean;
  scenario: string | undefined;
  /** A number of tables, or their names (checked, trimmed). */
  tables: number | string[];
  mode: WorkshopMode;
  minutes: number;
  autostart: boolean;
  session: string | undefined;
  resume: boolean;
  readOnly: boolean;
  takeOver: boolean;
  plain: boolean;
  exportDir: string | undefined;
  /** The site address without a trailing slash; undefined when none was given. */
  siteUrl: string | undefined;
  protocol: string[];
  noColor: boolean;
  /** Served to phones: where to listen (undefined: the laptop's private address, and the default or saved port). */
  serve: { host: string | undefined; port: number | undefined; allowPublic: boolean } | null;
}

/** Anything a reader might take for a number: hexadecimal, octal, binary, exponents, decimals, signs. */
const LOOKS_NUMERIC = /^\s*[+-]?(0[xob][0-9a-f_]+|\d[\d_]*(\.\d*)?(e[+-]?\d+)?|\.\d+)\s*$/i;

/**
 * `--tables` as a number or as names, each name checked as the app checks a rename.
 * @example
 * readTables('Police, Health'); // ['Police', 'Health']
 * readTables('4'); // 4
 */
export function readTables(value: string | undefined): number | string[] {
  if (value === undefined) return 4;
  // A number written any way but plain decimal (0x10, 1e1, 4.0) is neither a count nor a name anyone means.
  if (LOOKS_NUMERIC.test(value) && !/^\s*\d+\s*$/.test(value)) {
    throw new CliUsageError(`--tables takes a whole number written in plain digits, or the tables' names, not "${value.trim()}".`, 'For example: --tables 4, or --tables "Police,Health,School"');
  }
  if (/^\s*\d+\s*$/.test(value)) {
    const count = Number(value);
    if (count < 1 || count > MAX_TABLES) throw new CliUsageError(`--tables must be from 1 to ${MAX_TABLES}, not ${count}.`, 'For example: --tables 4');
    return count;
  }
  const names: string[] = [];
  for (const name of value.split(',')) {
    const checked = checkTableName(name, names);
    if ('problem' in checked) throw new CliUsageError(`--tables: ${checked.problem}`, 'Give each table its own short name, separated by commas: --tables "Police,Health,School,Children\'s social care"');
    names.push(checked.name);
  }
  if (names.length > MAX_TABLES) throw new CliUsageError(`--tables names ${names.length} tables; a workshop takes at most ${MAX_TABLES}.`, 'Join some tables together, or run two workshops.');
  return names;
}

/**
 * The site address for the record's links: an absolute http(s) address,
 * without a trailing slash.
 * @example
 * readSiteUrl('https://example.org/', undefined); // 'https://example.org'
 */
export function readSiteUrl(option: string | undefined, env: string | undefined): string | undefined {
  const given = option ?? (env?.trim() === '' ? undefined : env?.trim());
  if (given === undefined) return undefined;
  const from = option === undefined ? SITE_URL_ENV : '--site-url';
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new CliUsageError(`${from} must be a full web address, not "${given}".`, 'For example: https://common-ground.example.org');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CliUsageError(`${from} must be an http or https address, not "${given}".`, 'For example: https://common-ground.example.org');
  return url.href.replace(/\/+$/, '');
}

/**
 * Reads the command line.
 * @example
 * readWorkshopOptions(['closing-too-soon', '--tables', 'Police,Health'], {}).tables; // ['Police', 'Health']
 */
export function readWorkshopOptions(argv: readonly string[], env: Record<string, string | undefined>): WorkshopOptions {
  const { values, positionals } = parseCommandLine(argv, {
    command: 'workshop',
    options: OPTIONS,
    positionals: 1,
    explain: (problem) => (problem.kind === 'unexpected-argument' ? new CliUsageError(`Unexpected argument "${problem.argument}".`, 'Give one scenario id or file; put table names in quotes: --tables "Police,Health".') : undefined),
  });
  const base = {
    help: values.help,
    scenario: positionals[0],
    autostart: values.autostart,
    session: values.session,
    resume: values.resume,
    readOnly: values['read-only'],
    takeOver: values['take-over'],
    plain: values.plain,
    exportDir: values['export-dir'],
    protocol: values.protocol,
    noColor: values['no-color'],
  };
  if (values.help) return { ...base, tables: 4, mode: 'majority', minutes: 3, siteUrl: undefined, serve: null };
  if (!values.serve && (values.host !== undefined || values.port !== undefined || values['allow-public-address'])) {
    throw new CliUsageError('--host, --port and --allow-public-address are for a workshop served to phones.', 'Add --serve.');
  }
  const port = values.port === undefined ? undefined : /^\d{1,5}$/.test(values.port.trim()) ? Number(values.port) : Number.NaN;
  if (port !== undefined && !(port >= 1 && port <= 65535)) throw new CliUsageError(`--port must be a number from 1 to 65535, not "${values.port}".`, `For example: --port ${DEFAULT_SERVE_PORT}`);
  if (values.serve && values.plain) throw new CliUsageError('--serve needs the full-screen workshop, not --plain.', 'Run it in a terminal without --plain; the plain workshop takes the votes typed in.');
  if (values.serve && values['read-only']) throw new CliUsageError('A read-only copy cannot serve phones: it cannot save their votes.', 'Leave out --read-only, or serve from the copy that holds the workshop.');
  const serve = values.serve ? { host: values.host, port, allowPublic: values['allow-public-address'] } : null;
  const written = values.minutes ?? '3';
  // Plain decimal only: Number() would also read 0x3, 3e0 and '' (as 0).
  const minutes = /^\s*\d+(\.\d+)?\s*$/.test(written) ? Number(written) : Number.NaN;
  if (!(minutes > 0 && minutes <= 60)) throw new CliUsageError('--minutes must be a number above 0 and at most 60.', 'For example: --minutes 3');
  const mode = values.mode ?? 'majority';
  if (!WORKSHOP_MODES.includes(mode as WorkshopMode)) throw new CliUsageError(`Unknown mode "${mode}".`, `Use one of: ${WORKSHOP_MODES.join(', ')}.`);
  if (values['read-only'] && values['take-over']) throw new CliUsageError('--read-only and --take-over cannot go together.', 'Use --read-only to watch the workshop, or --take-over to carry it on here.');
  return { ...base, tables: readTables(values.tables), mode: mode as WorkshopMode, minutes, siteUrl: readSiteUrl(values['site-url'], env[SITE_URL_ENV]), serve };
}
