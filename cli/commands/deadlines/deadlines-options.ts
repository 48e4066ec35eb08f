/**
 * The `deadlines` command's options: parsed strictly by the shared parser
 * (node's `util.parseArgs`), so a misspelt option is an error, not silently
 * ignored; the errors keep parseArgs' own wording.
 * The event options come from the protocol: each event (other than `raised`)
 * has one, its name in kebab-case (`stage4Discussion` is
 * `--stage4-discussion`), so a partnership's own protocol gets its own flags.
 */
import { type Protocol, RAISED_EVENT } from '../../../engine/index.js';
import { CliUsageError } from '../../cli-io.js';
import { HELP_OPTION, NO_COLOR_OPTION, parseCommandLine, peekOption } from '../../parse-command-line.js';

/** What the command was asked to do. */
export interface DeadlinesOptions {
  /** `--raised`: when the disagreement was raised (required unless asking for help). */
  raised?: string;
  /** `--audience`: the protocol's route id; its first route unless given. */
  audience: string;
  /** Event times by event name (from the event options and any `--event name=time`). */
  events: Record<string, string>;
  /** `--protocol`: a built-in protocol name or a protocol JSON file. */
  protocol?: string;
  /** `--holidays`: a saved GOV.UK bank-holidays feed. */
  holidays?: string;
  /** `--closures`: a YAML or JSON list of extra closure days. */
  closures?: string;
  /** `--json`: print one JSON object instead of the table. */
  json: boolean;
  /** `--ics`: also write an iCalendar file here. */
  ics?: string;
  /** `--explain`: print the interpretation notes that apply to the table. */
  explain: boolean;
  /** `--no-color`: no bold or dim even on a terminal. */
  noColor: boolean;
  /** `--help`: print the options and stop. */
  help: boolean;
}

const HELP_HINT = 'Run `common-ground deadlines --help` to see the options.';

/**
 * The command-line option of a protocol event: its name in kebab-case.
 *
 * @example
 * eventOption('stage4Discussion'); // 'stage4-discussion'
 */
export function eventOption(event: string): string {
  return event.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The protocol's event options, `--option` → event name, in the protocol's order. */
export function eventOptions(protocol: Protocol): Record<string, string> {
  return Object.fromEntries(Object.keys(protocol.events).filter((event) => event !== RAISED_EVENT).map((event) => [eventOption(event), event]));
}

/**
 * The value of `--protocol` in `argv` (or undefined), read before the other
 * options, because the protocol decides which event options exist.
 *
 * @example
 * protocolArgument(['--raised', 'x', '--protocol', 'ours.json']); // 'ours.json'
 */
export function protocolArgument(argv: readonly string[]): string | undefined {
  return peekOption(argv, 'protocol');
}

/** The `--help` text for a protocol, its event options listed with their labels. */
export function deadlinesUsage(protocol: Protocol, builtIn: readonly string[], defaultProtocol: string): string {
  const routes = Object.keys(protocol.routes);
  const rows: Array<[string, string]> = [
    ['--raised TIME', 'when the disagreement was raised (required)'],
    [`--audience ${routes.join('|')}`, `whose case it is (default: ${routes[0]})`],
    ...Object.entries(eventOptions(protocol)).map(([option, event]): [string, string] => [`--${option} TIME`, `${protocol.events[event]!.label}${protocol.events[event]!.optional ? ' (optional)' : ''}`]),
    ['--event NAME=TIME', 'any protocol event by name (repeatable)'],
    ['--protocol NAME|FILE', `built-in protocol (${builtIn.join(', ')}) or a protocol file (default: ${defaultProtocol})`],
    ['--holidays FILE', 'a copy of the GOV.UK bank-holidays JSON feed'],
    ['--closures FILE', 'extra closure days (YAML or JSON list of date and name)'],
    ['--json', 'print one JSON object instead of the table'],
    ['--ics FILE', 'also write the deadlines as an iCalendar file'],
    ['--explain', 'also print how each timescale is read (our notes)'],
    ['--no-color', 'no colour (also when NO_COLOR is set)'],
    ['-h, --help', 'show this help'],
  ];
  const width = Math.min(28, Math.max(...rows.map(([option]) => option.length)) + 2);
  const lines = rows.flatMap(([option, about]) =>
    option.length + 2 > width ? [`  ${option}`, `  ${' '.repeat(width)}${about}`] : [`  ${option.padEnd(width)}${about}`],
  );
  return `Usage: common-ground deadlines --raised TIME [options]

Works out every stage's deadline for a professional disagreement under
${protocol.name}. Times are YYYY-MM-DDTHH:MM in London time, or carry an
offset (+01:00, Z). Events you do not give are assumed at the latest moment
the protocol allows. The event options below follow the protocol chosen with
--protocol.

Options:
${lines.join('\n')}
`;
}

/**
 * Parses the command's arguments against the chosen protocol.
 *
 * @throws {CliUsageError} for an unknown option (naming the protocol's event options), a missing value or a malformed `--event`.
 * @example
 * parseDeadlinesOptions(['--raised', '2026-12-22T10:00', '--json'], protocol).json; // true
 */
export function parseDeadlinesOptions(argv: string[], protocol: Protocol): DeadlinesOptions {
  const events = eventOptions(protocol);
  const { values } = parseCommandLine(argv, {
    command: 'deadlines',
    options: {
      raised: { type: 'string' },
      audience: { type: 'string' },
      ...Object.fromEntries(Object.keys(events).map((option) => [option, { type: 'string' as const }])),
      event: { type: 'string', multiple: true },
      protocol: { type: 'string' },
      holidays: { type: 'string' },
      closures: { type: 'string' },
      json: { type: 'boolean' },
      ics: { type: 'string' },
      explain: { type: 'boolean' },
      ...NO_COLOR_OPTION,
      ...HELP_OPTION,
    },
    positionals: 0,
    dashDash: true,
    // parseArgs explains itself well: keep its first sentence.
    explain: (problem) => {
      const said = problem.parser ?? `Unknown option '${problem.option}'`;
      if (/^Unknown option '--/.test(said)) {
        return new CliUsageError(`${said}.`, `The events of ${protocol.name} are set with ${Object.keys(events).map((option) => `--${option}`).join(', ')}. ${HELP_HINT}`);
      }
      return new CliUsageError(/[.!?]$/.test(said) ? said : `${said}.`, HELP_HINT);
    },
  });
  const given = values as Record<string, unknown>;
  const times: Record<string, string> = {};
  for (const [option, event] of Object.entries(events)) {
    const value = given[option];
    if (typeof value === 'string') times[event] = value;
  }
  for (const pair of values.event ?? []) {
    const match = /^([A-Za-z][A-Za-z0-9]*)=(.+)$/.exec(pair);
    if (!match) {
      const example = Object.keys(events)[0];
      throw new CliUsageError(`--event ${pair} is not NAME=TIME.`, `Write it like --event ${example === undefined ? 'name' : events[example]}=2027-01-04T15:00.`);
    }
    times[match[1]!] = match[2]!;
  }
  return {
    ...(values.raised !== undefined ? { raised: values.raised } : {}),
    audience: values.audience ?? Object.keys(protocol.routes)[0]!,
    events: times,
    ...(values.protocol !== undefined ? { protocol: values.protocol } : {}),
    ...(values.holidays !== undefined ? { holidays: values.holidays } : {}),
    ...(values.closures !== undefined ? { closures: values.closures } : {}),
    json: values.json,
    ...(values.ics !== undefined ? { ics: values.ics } : {}),
    explain: values.explain,
    noColor: values['no-color'],
    help: values.help,
  };
}
