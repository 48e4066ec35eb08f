/**
 * Runs `play` or `workshop` in-process on a scratch data folder, as a person
 * at a terminal (a TTY that presses q then y until the app has quit) or a
 * script piping lines into plain mode, and says how it ended: an exit code,
 * or a user error with its hint. Anything else is a crash, and is rethrown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { expect } from 'vitest';
import type { Command } from '../../../cli/cli-io.js';
import { fakeCliIO } from '../deadlines/fake-cli-io.js';

/** How a run ended. */
export type SessionCommandOutcome =
  | { kind: 'exit'; code: number; stdout: string; stderr: string }
  | { kind: 'user-error'; message: string; hint: string; stdout: string; stderr: string };

/** Options of {@link runSessionCommand}. */
export interface SessionCommandOptions {
  dataDir: string;
  /** Lines typed into plain mode (standard input is then not a terminal). */
  input?: string;
  /** A terminal instead: the full-screen app runs and is quit with q, y. */
  tty?: boolean;
  cwd?: string;
}

/**
 * Runs `command(argv)`.
 *
 * @example
 * const outcome = await runSessionCommand(playCommand, ['closing-too-soon', '--session', file], { dataDir, input: 'q\n' });
 */
export async function runSessionCommand(command: Command, argv: string[], options: SessionCommandOptions): Promise<SessionCommandOutcome> {
  const fake = fakeCliIO({ cwd: options.cwd ?? process.cwd(), env: { COMMON_GROUND_DATA_DIR: options.dataDir, NO_COLOR: '1' }, tty: options.tty ?? false, columns: 100 });
  const stdin = fake.io.stdin as NodeJS.ReadWriteStream & { isTTY?: boolean; setRawMode?: (on: boolean) => unknown; ref?: () => void; unref?: () => void };
  let presser: NodeJS.Timeout | undefined;
  if (options.tty) {
    Object.assign(stdin, { isTTY: true, setRawMode: () => stdin, ref: () => {}, unref: () => {} });
    // Quit whatever screen is up: q asks, y confirms.
    let next = 'q';
    presser = setInterval(() => {
      stdin.write(next);
      next = next === 'q' ? 'y' : 'q';
    }, 60);
  } else {
    stdin.end(options.input ?? '');
  }
  try {
    const code = await command(argv, fake.io);
    return { kind: 'exit', code, stdout: fake.stdout(), stderr: fake.stderr() };
  } catch (error) {
    const hint = error instanceof Error ? (error as Error & { hint?: unknown }).hint : undefined;
    if (error instanceof Error && typeof hint === 'string' && hint !== '') {
      return { kind: 'user-error', message: error.message, hint, stdout: fake.stdout(), stderr: fake.stderr() };
    }
    throw error;
  } finally {
    if (presser) clearInterval(presser);
  }
}

/** The text a person sees from a run: stderr and stdout, and a user error as the top level prints it. */
export function shownText(outcome: SessionCommandOutcome): string {
  const error = outcome.kind === 'user-error' ? `error: ${outcome.message}\n  hint: ${outcome.hint}\n` : '';
  return `${error}${outcome.stderr}${outcome.stdout}`;
}

/**
 * Asserts the run refused with a message matching `why` (never a crash or a
 * stack trace), and left `file` exactly as `before` with nothing new beside
 * it (no lock, temporary or set-aside file; the data folder `data` aside).
 */
export function expectRefusedAndKept(outcome: SessionCommandOutcome, file: string, before: string, why: RegExp): void {
  const shown = shownText(outcome);
  expect(outcome.kind === 'user-error' || outcome.code !== 0, shown).toBe(true);
  expect(shown).toMatch(why);
  expect(shown).not.toMatch(/internal error|\n\s+at /);
  expect(readFileSync(file, 'utf8')).toBe(before);
  expect(readdirSync(dirname(file)).filter((name) => name !== 'data')).toEqual([basename(file)]);
}
