/**
 * A CliIO for running commands in-process: captures what they write, with a
 * fixed clock and a chosen terminal (TTY or not, width, environment).
 */
import { PassThrough, Readable, Writable } from 'node:stream';
import type { CliIO } from '../../../cli/cli-io.js';

/** Options for {@link fakeCliIO}. */
export interface FakeCliIOOptions {
  tty?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  cwd?: string;
  now?: Date;
}

/** A fake terminal and what was written to it. */
export interface FakeCliIO {
  io: CliIO;
  stdout: () => string;
  stderr: () => string;
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/**
 * Builds a fake CliIO.
 *
 * @example
 * const { io, stdout } = fakeCliIO({ tty: true, columns: 100 });
 */
export function fakeCliIO(options: FakeCliIOOptions = {}): FakeCliIO {
  const out = collector();
  const err = collector();
  const stdout = Object.assign(out.stream, { isTTY: options.tty ?? false, columns: options.columns ?? 80 });
  const stdin: Readable & { isTTY?: boolean } = new PassThrough();
  return {
    io: {
      stdout,
      stderr: err.stream,
      stdin,
      // The written choice order unless a test asks otherwise, and the test run's cache folder, as for every test (see vitest.config.ts).
      env: { COMMON_GROUND_CHOICE_ORDER: 'written', COMMON_GROUND_CACHE_DIR: process.env.COMMON_GROUND_CACHE_DIR, ...options.env },
      cwd: options.cwd ?? process.cwd(),
      now: () => options.now ?? new Date('2026-12-18T17:05:00Z'),
    },
    stdout: out.text,
    stderr: err.text,
  };
}
