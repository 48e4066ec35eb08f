import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../cli/cli-io.js';
import { HELP_OPTION, parseCommandLine, peekOption, type CommandLineSpec, type OptionSpecs } from '../../cli/parse-command-line.js';
import { PROTOCOL_OPTION } from '../../cli/protocol-files.js';

const OPTIONS = {
  ...HELP_OPTION,
  ...PROTOCOL_OPTION,
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
} as const satisfies OptionSpecs;

const spec = (more: Partial<CommandLineSpec<typeof OPTIONS>> = {}): CommandLineSpec<typeof OPTIONS> => ({ command: 'demo', options: OPTIONS, ...more });

function usageError(run: () => unknown): CliUsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof CliUsageError) return error;
    throw error;
  }
  throw new Error('expected a CliUsageError');
}

describe('parseCommandLine', () => {
  it('gives every option a value: false, undefined or an empty list when not given', () => {
    expect(parseCommandLine([], spec()).values).toEqual({ help: false, protocol: [], json: false, output: undefined });
  });

  it('reads long and short options, inline values and positionals', () => {
    const { values, positionals } = parseCommandLine(['a.mdx', '-o', 'out.mdx', '--json', 'b.mdx'], spec());
    expect(values).toMatchObject({ json: true, output: 'out.mdx' });
    expect(positionals).toEqual(['a.mdx', 'b.mdx']);
    expect(parseCommandLine(['--output=x.mdx'], spec()).values.output).toBe('x.mdx');
  });

  it('collects a repeatable option in order', () => {
    expect(parseCommandLine(['--protocol', 'a.json', 'x', '--protocol=b.json'], spec()).values.protocol).toEqual(['a.json', 'b.json']);
  });

  it('names an unknown option as it was typed, with the command in the hint', () => {
    for (const word of ['--colour', '--json=yes', '-hx', '--', '-']) {
      const error = usageError(() => parseCommandLine(['a', word], spec()));
      expect(error.message).toBe(`Unknown option "${word}".`);
      expect(error.hint).toBe('Run `common-ground demo --help` for the options.');
    }
  });

  it('says a value is missing, in the option\'s own words when it has them', () => {
    expect(usageError(() => parseCommandLine(['-o'], spec())).message).toBe('-o needs a value.');
    expect(usageError(() => parseCommandLine(['--output', '--json'], spec())).message).toBe('--output needs a value.');
    expect(usageError(() => parseCommandLine(['--protocol'], spec()))).toMatchObject({ message: '--protocol needs a protocol file.', hint: 'For example: --protocol our-partnership.protocol.json' });
  });

  it('reports the first wrong word, in the order typed', () => {
    expect(usageError(() => parseCommandLine(['a', 'b', '--bogus'], spec({ positionals: 1 }))).message).toBe('Unexpected argument "b".');
    expect(usageError(() => parseCommandLine(['--bogus', 'a', 'b'], spec({ positionals: 1 }))).message).toBe('Unknown option "--bogus".');
  });

  it('lets a command word a problem itself, and keeps the default for the rest', () => {
    const explain: CommandLineSpec<typeof OPTIONS>['explain'] = (problem) => (problem.kind === 'unknown-option' ? new CliUsageError(`No ${problem.argument} here.`, 'hint') : undefined);
    expect(usageError(() => parseCommandLine(['--x'], spec({ explain }))).message).toBe('No --x here.');
    expect(usageError(() => parseCommandLine(['-o'], spec({ explain }))).message).toBe('-o needs a value.');
  });

  it('hands parseArgs\' own sentence to a command that words problems that way', () => {
    const said: string[] = [];
    usageError(() => parseCommandLine(['--raised'], { command: 'demo', options: { raised: { type: 'string' } }, positionals: 0, explain: (problem) => (said.push(problem.parser ?? ''), undefined) }));
    expect(said).toEqual(["Option '--raised <value>' argument missing"]);
  });

  it('stops reading at --help when the command says so', () => {
    expect(parseCommandLine(['a', '--help', '--bogus'], spec({ helpEndsReading: true }))).toEqual({ values: { help: true, protocol: [], json: false, output: undefined }, positionals: ['a'] });
    expect(() => parseCommandLine(['--bogus', '--help'], spec({ helpEndsReading: true }))).toThrow(CliUsageError);
    expect(() => parseCommandLine(['--help', '--bogus'], spec())).toThrow(CliUsageError);
  });

  it('takes -- as the end of the options when the command says so', () => {
    expect(parseCommandLine(['--', '--json'], spec({ dashDash: true })).positionals).toEqual(['--json']);
  });
});

describe('peekOption', () => {
  it('reads the first value of an option before the real parse', () => {
    expect(peekOption(['--raised', 'x', '--protocol', 'ours.json', '--protocol=theirs.json'], 'protocol')).toBe('ours.json');
    expect(peekOption(['--raised', 'x', '--protocol=ours.json'], 'protocol')).toBe('ours.json');
    expect(peekOption(['--raised', 'x', '--protocol'], 'protocol')).toBeUndefined();
  });
});
