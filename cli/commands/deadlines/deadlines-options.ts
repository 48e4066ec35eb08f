/**
 * The `deadlines` command's options: parsed strictly with node's
 * `util.parseArgs`, so a misspelt option is an error, not silently ignored.
 */
import { parseArgs } from 'node:util';
import { CliUsageError } from '../../cli-io.js';

/** Event options that name North Yorkshire's events, in process order. */
export const EVENT_OPTIONS = {
  'disputed-decision': 'disputedDecision',
  'stage1-concluded': 'stage1Concluded',
  'stage4-discussion': 'stage4Discussion',
  'stage5-referral': 'stage5Referral',
  'panel-meeting': 'panelMeeting',
  'safety-by': 'safetyBy',
} as const;

/** What the command was asked to do. */
export interface DeadlinesOptions {
  /** `--raised`: when the disagreement was raised (required unless asking for help). */
  raised?: string;
  /** `--audience`: the protocol's route id; `child` unless given. */
  audience: string;
  /** Event times by event name (from the named options and any `--event name=time`). */
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
  /** `--help`: print the options and stop. */
  help: boolean;
}

/** The `--help` text. */
export const DEADLINES_USAGE = `Usage: common-ground deadlines --raised TIME [options]

Works out every stage's deadline for a professional disagreement. Times are
YYYY-MM-DDTHH:MM in London time, or carry an offset (+01:00, Z). Events you do
not give are assumed at the latest moment the protocol allows.

Options:
  --raised TIME             when the disagreement was raised (required)
  --audience child|adult    whose case it is (default: child)
  --disputed-decision TIME  when the disputed decision, action or referral
                            happened, if before the disagreement was raised
  --stage1-concluded TIME   when the stage 1 discussion ended
  --stage4-discussion TIME  when the stage 4 senior managers' discussion took place
  --stage5-referral TIME    when the stage 5 referral was made
  --panel-meeting TIME      when the escalation panel met
  --safety-by TIME          the time that keeps the child or adult safe: no
                            stage is then due after it
  --event NAME=TIME         any protocol event by name (repeatable)
  --protocol NAME|FILE      built-in protocol name or a protocol JSON file
                            (default: north-yorkshire)
  --holidays FILE           a copy of the GOV.UK bank-holidays JSON feed
  --closures FILE           extra closure days (YAML or JSON list of date and name)
  --json                    print one JSON object instead of the table
  --ics FILE                also write the deadlines as an iCalendar file
  --explain                 also print how each timescale is read (our notes)
  -h, --help                show this help
`;

const HELP_HINT = 'Run `common-ground deadlines --help` to see the options.';

/**
 * Parses the command's arguments.
 *
 * @throws {CliUsageError} for an unknown option, a missing value or a
 * malformed `--event`.
 * @example
 * parseDeadlinesOptions(['--raised', '2026-12-22T10:00', '--json']).json; // true
 */
export function parseDeadlinesOptions(argv: string[]): DeadlinesOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        raised: { type: 'string' },
        audience: { type: 'string', default: 'child' },
        'disputed-decision': { type: 'string' },
        'stage1-concluded': { type: 'string' },
        'stage4-discussion': { type: 'string' },
        'stage5-referral': { type: 'string' },
        'panel-meeting': { type: 'string' },
        'safety-by': { type: 'string' },
        event: { type: 'string', multiple: true },
        protocol: { type: 'string' },
        holidays: { type: 'string' },
        closures: { type: 'string' },
        json: { type: 'boolean', default: false },
        ics: { type: 'string' },
        explain: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    // parseArgs explains itself well; keep its first sentence, drop its advice about "--".
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\. To specify .*$/, '');
    throw new CliUsageError(/[.!?]$/.test(first) ? first : `${first}.`, HELP_HINT);
  }
  const events: Record<string, string> = {};
  for (const [option, event] of Object.entries(EVENT_OPTIONS)) {
    const value = values[option as keyof typeof EVENT_OPTIONS];
    if (value !== undefined) events[event] = value;
  }
  for (const pair of values.event ?? []) {
    const match = /^([A-Za-z][A-Za-z0-9]*)=(.+)$/.exec(pair);
    if (!match) {
      throw new CliUsageError(`--event ${pair} is not NAME=TIME.`, 'Write it like --event stage4Discussion=2027-01-04T15:00.');
    }
    events[match[1]!] = match[2]!;
  }
  return {
    ...(values.raised !== undefined ? { raised: values.raised } : {}),
    audience: values.audience,
    events,
    ...(values.protocol !== undefined ? { protocol: values.protocol } : {}),
    ...(values.holidays !== undefined ? { holidays: values.holidays } : {}),
    ...(values.closures !== undefined ? { closures: values.closures } : {}),
    json: values.json,
    ...(values.ics !== undefined ? { ics: values.ics } : {}),
    explain: values.explain,
    help: values.help,
  };
}
