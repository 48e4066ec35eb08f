/**
 * Hostile saved files for the two readers of the terminal app, solo
 * sessions (`play`) and workshops (`workshop`), each given the file two
 * ways: named with `--session FILE` (refused unless it can be resumed: it
 * may be anything) and found in the app's own folder by `--resume` (where a
 * damaged file is moved aside and a new session started): damaged
 * and truncated JSON, other versions, another scenario or mode, huge and
 * deeply nested files, binary, a folder, links, and a file nobody may read.
 * Each input is time-capped, and each is either resumed or refused with a
 * message and a hint; never a crash, and never a lost file: whatever was at
 * the path is still there, byte for byte (or, for a file the app resumed,
 * still holds its moves).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playCommand } from '../../cli/commands/play-command.js';
import { workshopCommand } from '../../cli/commands/workshop-command.js';
import { runSessionCommand, shownText, type SessionCommandOutcome } from '../cli/session-store/run-session-command.js';
import { workshopFileText } from '../cli/workshop/workshop-file.js';
import { boundedAsync } from './support/bounded.js';
import { mutatedText } from './support/mutated-text.js';
import { privateCli } from './support/private-cli.js';
import { printReport } from '../support/print-report.js';

/** A reader of saved files: where it finds one, how to run it on it, and a good file of its own. */
interface Reader {
  name: string;
  /** Where the file goes for this reader, in a fresh folder of its own. */
  place: (folder: string) => string;
  run: (file: string) => Promise<SessionCommandOutcome>;
  /** The same reader as a separate process, for the unreadable file (run as another user when we are root). */
  runAsProcess?: (file: string, user: { uid: number; gid: number } | undefined) => { status: number | null; output: string };
  good: () => string;
  other: () => string;
}

let dir = '';
let dataDir = '';
let cli = '';
let soloText = '';
let otherSolo = '';
/**
 * What each reader made of each input, for the summary: accepted (resumed,
 * or set aside and started afresh), refused, or crashed (an exception, a
 * stack trace or a hang); and whether what was at the path was lost.
 */
const results: Array<{ reader: string; input: string; outcome: 'accepted' | 'refused' | 'crashed'; said: string; lost: boolean }> = [];

/** The summary the issue asks for: per reader, inputs tried, crashes and files lost, counted from the runs themselves. */
function summary(): string[] {
  const byReader = new Map<string, typeof results>();
  for (const row of results) byReader.set(row.reader.replace(/ \(.*\)$/, ''), [...(byReader.get(row.reader.replace(/ \(.*\)$/, '')) ?? []), row]);
  return [...byReader].map(([reader, rows]) => `${reader} reader: ${rows.length} hostile inputs tried, ${rows.filter((row) => row.outcome === 'crashed').length} crashes, ${rows.filter((row) => row.lost).length} files lost`);
}

/** A real solo session file, made by playing one move of closing-too-soon. */
async function playedSession(scenario: string): Promise<string> {
  const file = join(dir, `seed-${scenario}.json`);
  const outcome = await runSessionCommand(playCommand, [scenario, '--plain', '--session', file], { dataDir, input: '\n1\nq\n' });
  expect(outcome).toMatchObject({ kind: 'exit', code: 0 });
  return readFileSync(file, 'utf8');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cg-hostile-'));
  dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  cli = privateCli(dir);
  soloText = await playedSession('closing-too-soon');
  otherSolo = await playedSession('conference-refused');
}, 60_000);

afterAll(() => {
  printReport(['reader | input | outcome | what it said', ...results.map((row) => `${row.reader} | ${row.input} | ${row.outcome}${row.lost ? ' | LOST' : ''} | ${row.said}`), '', ...summary()].join('\n'));
  rmSync(dir, { recursive: true, force: true });
});

const asProcess = (args: string[], file: string, user: { uid: number; gid: number } | undefined, tty: boolean) => {
  const env = { ...process.env, COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' };
  const command = [process.execPath, cli, ...args, '--session', file];
  const result = tty
    ? spawnSync('script', ['-qec', command.map((part) => `'${part}'`).join(' '), '/dev/null'], { env, input: '', encoding: 'utf8', timeout: 20_000, ...user })
    : spawnSync(command[0]!, command.slice(1), { env, input: 'q\n', encoding: 'utf8', timeout: 20_000, ...user });
  return { status: result.status, output: `${result.stderr}${result.stdout}` };
};

/** A file named with --session. */
const named = (folder: string) => join(folder, 'saved.json');
/** A file in the app's own sessions folder (the case's data folder), found by --resume. */
const inDataFolder = (folder: string) => {
  mkdirSync(join(folder, 'data', 'sessions'), { recursive: true });
  return join(folder, 'data', 'sessions', 'saved.json');
};
/** The data folder a file placed by {@link inDataFolder} belongs to. */
const dataFolderOf = (file: string) => dirname(dirname(file));

const SESSION = { good: () => soloText, other: () => otherSolo };
const WORKSHOP = { good: () => workshopFileText('closing-too-soon'), other: () => workshopFileText('conference-refused') };

const READERS: Reader[] = [
  {
    name: 'session file (--session)',
    place: named,
    run: (file) => runSessionCommand(playCommand, ['closing-too-soon', '--plain', '--session', file], { dataDir, input: 'q\n' }),
    runAsProcess: (file, user) => asProcess(['play', 'closing-too-soon', '--plain'], file, user, false),
    ...SESSION,
  },
  {
    name: 'session file (--resume)',
    place: inDataFolder,
    run: (file) => runSessionCommand(playCommand, ['closing-too-soon', '--plain', '--resume'], { dataDir: dataFolderOf(file), input: 'q\n' }),
    ...SESSION,
  },
  {
    name: 'workshop file (--session)',
    place: named,
    run: (file) => runSessionCommand(workshopCommand, ['closing-too-soon', '--session', file], { dataDir, tty: true }),
    runAsProcess: (file, user) => asProcess(['workshop', 'closing-too-soon'], file, user, true),
    ...WORKSHOP,
  },
  {
    name: 'workshop file (--resume)',
    place: inDataFolder,
    run: (file) => runSessionCommand(workshopCommand, ['closing-too-soon', '--resume'], { dataDir: dataFolderOf(file), tty: true }),
    ...WORKSHOP,
  },
];

/** A hostile input: a name and what to put at the path. */
interface Input {
  name: string;
  /** Writes the input at `path`. */
  make: (path: string, reader: Reader) => void;
}

const text = (make: (reader: Reader) => string | Buffer): Input['make'] => (path, reader) => writeFileSync(path, make(reader));
const edited = (change: (record: Record<string, unknown>) => unknown) => text((reader) => JSON.stringify(change(JSON.parse(reader.good()) as Record<string, unknown>)));
const inner = (record: Record<string, unknown>) => (record.mode === 'workshop' ? 'workshop' : 'session');

const INPUTS: Input[] = [
  { name: 'truncated to nothing', make: text(() => '') },
  { name: 'truncated to a quarter', make: text((reader) => reader.good().slice(0, reader.good().length / 4)) },
  { name: 'truncated by one byte', make: text((reader) => reader.good().slice(0, -2)) },
  { name: 'damaged JSON (a brace lost)', make: text((reader) => reader.good().replace('{', '')) },
  { name: 'damaged JSON (a quote lost)', make: text((reader) => reader.good().replace('"kind"', 'kind"')) },
  { name: 'JSON null', make: text(() => 'null') },
  { name: 'JSON of another program', make: text(() => '{"name": "my-app", "version": "1.0.0"}') },
  { name: 'wrong record version (newer)', make: edited((record) => ({ ...record, recordVersion: 2 })) },
  { name: 'wrong record version (older)', make: edited((record) => ({ ...record, recordVersion: 0 })) },
  { name: 'wrong format version (newer)', make: edited((record) => ({ ...record, [inner(record)]: { ...(record[inner(record)] as object), formatVersion: 99 } })) },
  { name: 'wrong format version (older)', make: edited((record) => ({ ...record, [inner(record)]: { ...(record[inner(record)] as object), formatVersion: 0 } })) },
  { name: 'wrong scenario', make: text((reader) => reader.other()) },
  { name: 'wrong mode', make: (path, reader) => writeFileSync(path, reader.name.startsWith('session') ? workshopFileText('closing-too-soon') : soloText) },
  { name: 'steps of the wrong shape', make: edited((record) => ({ ...record, [inner(record)]: { ...(record[inner(record)] as object), steps: 'all of them', rounds: 7 } })) },
  {
    // Sparse, so it costs no time to make: the size is refused before anything is read.
    name: 'huge (64 MB)',
    make: (path, reader) => {
      writeFileSync(path, reader.good());
      truncateSync(path, 64 * 1024 * 1024);
    },
  },
  {
    name: 'deeply nested (200,000 levels)',
    make: text((reader) => {
      const record = JSON.parse(reader.good()) as Record<string, unknown>;
      return JSON.stringify({ ...record, [inner(record)]: '@@NEST@@' }).replace('"@@NEST@@"', `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    }),
  },
  { name: 'binary', make: text(() => Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256))) },
  { name: 'UTF-16 with a byte-order mark', make: text((reader) => Buffer.from(`\ufeff${reader.good()}`, 'utf16le')) },
  {
    name: 'a folder',
    make: (path) => {
      mkdirSync(path);
      writeFileSync(join(path, 'inside.txt'), 'keep me');
    },
  },
  {
    name: 'a symbolic link to a good file',
    make: (path, reader) => {
      writeFileSync(`${path}.target`, reader.good());
      symlinkSync(`${path}.target`, path);
    },
  },
  { name: 'a dangling symbolic link', make: (path) => symlinkSync(`${path}.nowhere`, path) },
];

/** What was at the path before the run, to compare after: bytes, a folder's names, or a link's target. */
function snapshot(path: string): string {
  const entry = lstatSync(path);
  if (entry.isSymbolicLink()) return `link -> ${readlinkSync(path)}`;
  if (entry.isDirectory()) return `folder [${readdirSync(path).join(', ')}]`;
  return readFileSync(path).toString('base64');
}

/** Every file now in the case's folder that holds `before`'s bytes (the path itself, or where it was set aside). */
function copiesOf(folder: string, before: string): string[] {
  return readdirSync(folder).filter((name) => {
    const path = join(folder, name);
    try {
      return snapshot(path) === before;
    } catch {
      return false;
    }
  });
}

/** The moves a saved file holds (a session's steps or a workshop's rounds, without wall-clock stamps), or undefined if it holds none. */
function movesOf(bytes: Buffer): string | undefined {
  try {
    const saved = JSON.parse(bytes.toString('utf8')) as { session?: { steps?: Array<Record<string, unknown>> }; workshop?: { rounds?: unknown[] } };
    const moves = saved.session?.steps?.map(({ recordedAt: _recordedAt, ...step }) => step) ?? saved.workshop?.rounds;
    return Array.isArray(moves) ? JSON.stringify(moves) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Nothing lost: the bytes that were at the path are still in the folder
 * (at the path, or set aside beside it), or the path holds a session with
 * the same moves (it was resumed, and saved again).
 */
function expectKept(folder: string, path: string, before: string): void {
  if (copiesOf(folder, before).length > 0) return;
  const moves = movesOf(Buffer.from(before, 'base64'));
  expect(moves, `what was at ${path} is gone`).toBeDefined();
  expect(movesOf(readFileSync(path))).toBe(moves);
}

/**
 * Runs `reader` on `path` (time-capped), then `check` on the outcome, and
 * records the run for the summary: a throw from the run, or from
 * {@link expectAnswered}, is a crash; a throw from `check` is a lost file.
 */
async function tried(reader: Reader, input: string, path: string, check: (outcome: SessionCommandOutcome) => void): Promise<void> {
  const row: (typeof results)[number] = { reader: reader.name, input, outcome: 'crashed', said: '', lost: false };
  results.push(row);
  const outcome = await boundedAsync(() => reader.run(path));
  const shown = shownText(outcome);
  row.said = (shown.match(/^(error|note): .*$/m)?.[0] ?? '').slice(0, 160);
  expectAnswered(outcome);
  row.outcome = outcome.kind === 'user-error' || outcome.code !== 0 ? 'refused' : 'accepted';
  try {
    check(outcome);
  } catch (error) {
    row.lost = true;
    throw error;
  }
}

/** The promise every run makes: resumed, or refused with a message and hint; never a crash or a stack trace. */
function expectAnswered(outcome: SessionCommandOutcome): void {
  const shown = shownText(outcome);
  expect(shown).not.toMatch(/internal error|\n\s+at |TypeError|RangeError|Maximum call stack/);
  if (outcome.kind === 'user-error' || outcome.code !== 0) {
    expect(shown).toMatch(/error: .+\n {2}hint: .+/);
  }
}

let caseNumber = 0;
function caseFolder(): string {
  caseNumber += 1;
  const folder = join(dir, `case-${caseNumber}`);
  mkdirSync(folder);
  return folder;
}

describe.each(READERS)('the $name reader on hostile files', (reader) => {
  it.each(INPUTS)('answers $name without a crash or a lost file', async (input) => {
    const path = reader.place(caseFolder());
    const folder = dirname(path);
    input.make(path, reader);
    const before = snapshot(path);
    const target = input.name.includes('link to a good file') ? readFileSync(`${path}.target`, 'utf8') : undefined;
    await tried(reader, input.name, path, (outcome) => {
      if (outcome.kind === 'user-error' || outcome.code !== 0) {
        // Refused: the path holds exactly what it held, and nothing was set aside.
        expect(snapshot(path)).toBe(before);
      } else expectKept(folder, path, before);
      if (target !== undefined) expect(readFileSync(`${path}.target`, 'utf8')).toBe(target);
    });
    // Nothing is created where a link points.
    if (input.name.includes('dangling')) expect(readdirSync(folder).filter((name) => name.startsWith('saved.json.'))).toEqual([]);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp') || name.endsWith('.lock'))).toEqual([]);
  });

  it('answers damaged copies of a good file (fuzzed) without a crash or a lost file', async () => {
    let fuzzed = 0;
    await fc.assert(
      fc.asyncProperty(mutatedText(reader.good()), async (damaged) => {
        const path = reader.place(caseFolder());
        const folder = dirname(path);
        writeFileSync(path, damaged);
        fuzzed += 1;
        await tried(reader, `damaged copy ${fuzzed} (fuzzed)`, path, (outcome) => {
          if (outcome.kind === 'user-error' || outcome.code !== 0) expect(readFileSync(path, 'utf8')).toBe(damaged);
          else expectKept(folder, path, Buffer.from(damaged).toString('base64'));
        });
      }),
      { numRuns: reader.name.startsWith('session') ? 20 : 6, seed: 2026 },
    );
  }, 120_000);

  it('refuses a file it may not read, and leaves it as it is', async (context) => {
    if (!reader.runAsProcess) return context.skip('a file the user names is the one this case is about; --resume reports the same problem as a note');
    const folder = caseFolder();
    const path = join(folder, 'saved.json');
    writeFileSync(path, reader.good());
    chmodSync(path, 0o000);
    // Root reads anything, so as root the reader runs as nobody (and may write beside the file).
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (const open of [dir, folder, dataDir]) chmodSync(open, 0o777);
    const result = reader.runAsProcess(path, asRoot ? { uid: 65534, gid: 65534 } : undefined);
    const crashed = result.status === null || result.status === 70 || /internal error|\n\s+at /.test(result.output);
    const row: (typeof results)[number] = { reader: reader.name, input: 'unreadable (mode 000)', outcome: crashed ? 'crashed' : result.status === 0 ? 'accepted' : 'refused', said: (result.output.match(/error: .*$/m)?.[0] ?? '').slice(0, 160), lost: true };
    results.push(row);
    expect(result.status, result.output).toBe(2);
    expect(result.output).toMatch(/could not be read[\s\S]*hint: /);
    expect(result.output).not.toMatch(/internal error|\n\s+at /);
    expect(lstatSync(path).mode & 0o777).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(reader.good());
    row.lost = false;
  }, 30_000);
});
