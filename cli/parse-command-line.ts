/**
 * The one argument parser of every command: node's `util.parseArgs` in strict
 * mode, with what it rejects turned into a {@link CliUsageError} worded the
 * way the commands have always worded it (`Unknown option "--x".` and a hint
 * naming the command's `--help`). parseArgs' tokens say which word was wrong,
 * so the message can quote it as the user typed it.
 */
import { parseArgs } from 'node:util';
import { CliUsageError } from './cli-io.js';

/** One option: parseArgs' own settings, and what to say when its value is missing. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** A one-letter alias, e.g. `h` for `-h`. */
  short?: string;
  /** A string option given more than once collects every value, in order (`--protocol`). */
  multiple?: boolean;
  /** The error for a missing value (or one that looks like an option), given the option as typed; default `--name needs a value.` */
  missing?: (option: string) => CliUsageError;
}

/** A command's options by long name (`'no-color'` for `--no-color`). */
export type OptionSpecs = Record<string, OptionSpec>;

/** The value of one option: a boolean (false when absent), a string, or every string given. */
export type OptionValue<S extends OptionSpec> = S extends { multiple: true } ? string[] : S extends { type: 'boolean' } ? boolean : string | undefined;

/** What a command was given. */
export interface CommandLine<O extends OptionSpecs> {
  values: { [K in keyof O]: OptionValue<O[K]> };
  positionals: string[];
}

/** A word the command cannot take, for a command that words the error itself. */
export interface CommandLineProblem {
  kind: 'unknown-option' | 'missing-value' | 'unexpected-argument';
  /** The word as typed, e.g. `--colour=red` or `-hx`. */
  argument: string;
  /** The option as typed (`-o` or `--output`). */
  option: string;
  /** parseArgs' own first sentence, when it was parseArgs that refused the line. */
  parser?: string;
}

/** How a command reads its arguments. */
export interface CommandLineSpec<O extends OptionSpecs> {
  /** The command as typed, for the default hint: `play`, `case`. */
  command: string;
  options: O;
  /** The most positional arguments taken; default no limit. */
  positionals?: number;
  /**
   * `--help` (or `-h`) ends the reading: the words after it are not checked
   * and `values.help` is true. Without this, a bad word anywhere is an error.
   */
  helpEndsReading?: boolean;
  /**
   * `--` ends the options and a lone `-` is a positional, as parseArgs has
   * it. Without this both are unknown options, as the hand-written parsers
   * always said.
   */
  dashDash?: boolean;
  /** Words a problem the command's own way; the default wording when it returns undefined. */
  explain?: (problem: CommandLineProblem) => CliUsageError | undefined;
}

/** `-h` and `--help`, which every command has. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies OptionSpecs;

/** `--no-color`, for the commands that style what they print (the rule is in cli/terminal/color.ts). */
export const NO_COLOR_OPTION = { 'no-color': { type: 'boolean' } } as const satisfies OptionSpecs;

type ParseArgsOptions = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

function parserOptions(options: OptionSpecs): ParseArgsOptions {
  return Object.fromEntries(
    Object.entries(options).map(([name, { type, short, multiple }]) => [name, { type, ...(short === undefined ? {} : { short }), ...(multiple === undefined ? {} : { multiple }) }]),
  );
}

/** The first word of `tokens` that the command cannot take, in the order they were typed. */
function firstProblem(argv: readonly string[], tokens: readonly Token[], spec: CommandLineSpec<OptionSpecs>): CommandLineProblem | undefined {
  const most = spec.positionals ?? Number.POSITIVE_INFINITY;
  let positionals = 0;
  for (const token of tokens) {
    const argument = argv[token.index] ?? '';
    if (token.kind === 'option-terminator') {
      if (spec.dashDash) continue;
      return { kind: 'unknown-option', argument, option: argument };
    }
    if (token.kind === 'positional') {
      if (token.value === '-' && !spec.dashDash) return { kind: 'unknown-option', argument, option: argument };
      positionals += 1;
      if (positionals > most) return { kind: 'unexpected-argument', argument: token.value, option: '' };
      continue;
    }
    const option = spec.options[token.name];
    // A boolean given a value (`--json=yes`) is a word no command knows.
    if (option === undefined || (option.type === 'boolean' && token.value !== undefined)) return { kind: 'unknown-option', argument, option: token.rawName };
    const value = token.value;
    if (option.type === 'string' && (value === undefined || (!token.inlineValue && value.length > 1 && value.startsWith('-')))) {
      return { kind: 'missing-value', argument, option: token.rawName };
    }
  }
  return undefined;
}

function defaultError(problem: CommandLineProblem, spec: CommandLineSpec<OptionSpecs>): CliUsageError {
  const hint = `Run \`common-ground ${spec.command} --help\` for the options.`;
  if (problem.kind === 'unexpected-argument') return new CliUsageError(`Unexpected argument "${problem.argument}".`, hint);
  if (problem.kind === 'unknown-option') return new CliUsageError(`Unknown option "${problem.argument}".`, hint);
  const name = problem.option.startsWith('--') ? problem.option.slice(2) : Object.keys(spec.options).find((key) => `-${spec.options[key]!.short}` === problem.option);
  const missing = name === undefined ? undefined : spec.options[name]?.missing;
  return missing?.(problem.option) ?? new CliUsageError(`${problem.option} needs a value.`, hint);
}

/** parseArgs' complaint in one sentence, without its advice about `--`. */
function parserSentence(error: Error): string {
  return error.message.split('\n')[0]!.replace(/\. To specify .*$/, '');
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');
}

/**
 * Parses a command's arguments strictly.
 *
 * @throws {CliUsageError} for an unknown option, a missing value or a positional too many, naming the word as typed.
 * @example
 * const { values, positionals } = parseCommandLine(['a.mdx', '--json'], { command: 'validate', options: { ...HELP_OPTION, json: { type: 'boolean' } } });
 * // values: { help: false, json: true }, positionals: ['a.mdx']
 */
export function parseCommandLine<const O extends OptionSpecs>(argv: readonly string[], spec: CommandLineSpec<O>): CommandLine<O> {
  const general = spec as CommandLineSpec<OptionSpecs>;
  const config = { options: parserOptions(spec.options), allowPositionals: spec.positionals !== 0 };
  // The same words read leniently, to find the one strict parsing refused (positionals are always tokens here).
  const loose = (args: readonly string[]) => parseArgs({ ...config, args, strict: false, allowPositionals: true, tokens: true }).tokens;
  const help = spec.helpEndsReading ? loose(argv).find((token) => token.kind === 'option' && (argv[token.index] === '--help' || argv[token.index] === '-h')) : undefined;
  const args = help === undefined ? argv : argv.slice(0, help.index);
  const fail = (problem: CommandLineProblem): never => {
    throw general.explain?.(problem) ?? defaultError(problem, general);
  };
  let parsed;
  try {
    parsed = parseArgs({ ...config, args, strict: true, tokens: true });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    const parser = parserSentence(error);
    const problem = firstProblem(args, loose(args), general);
    if (problem) fail({ ...problem, parser });
    throw new CliUsageError(/[.!?]$/.test(parser) ? parser : `${parser}.`, `Run \`common-ground ${spec.command} --help\` for the options.`);
  }
  const problem = firstProblem(args, parsed.tokens, general);
  if (problem) fail(problem);
  const given = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const values = Object.fromEntries(
    Object.entries(spec.options).map(([name, option]) => [name, given[name] ?? (option.multiple ? [] : option.type === 'boolean' ? false : undefined)]),
  );
  if (help !== undefined) values.help = true;
  return { values: values as CommandLine<O>['values'], positionals: parsed.positionals };
}

/**
 * The value of the first `--name VALUE` (or `--name=VALUE`) in `argv`, read
 * before the real parse: for `deadlines`, whose protocol decides which other
 * options exist.
 *
 * @example
 * peekOption(['--raised', 'x', '--protocol', 'ours.json'], 'protocol'); // 'ours.json'
 */
export function peekOption(argv: readonly string[], name: string): string | undefined {
  const { tokens } = parseArgs({ args: argv, options: { [name]: { type: 'string' } }, strict: false, allowPositionals: true, tokens: true });
  const token = tokens.find((entry) => entry.kind === 'option' && entry.name === name);
  return token?.kind === 'option' && typeof token.value === 'string' ? token.value : undefined;
}
