/**
 * The edges of the terminal program: streams, environment and clock. Commands
 * take this instead of touching `process` so tests can run them in-process.
 */
import { invokedAs } from './invoked-as.js';
import { sanitisingStream } from './terminal/terminal-stream.js';

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Wall-clock time; injected so tests are repeatable. */
  now: () => Date;
  /**
   * How the user started the program (cli/invoked-as.ts), for hints that
   * name a command: `common-ground`, `npm run --silent cli --`, `node dist/cli.js`.
   * Absent (as in most tests) means `common-ground`.
   */
  invokedAs?: string;
}

/** A command: takes its own arguments, returns the process exit code. */
export type Command = (argv: string[], io: CliIO) => Promise<number>;

/**
 * An error the user can fix. The top level prints `message` (and `hint`) on
 * one line each and exits non-zero, never with a stack trace.
 */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/**
 * The real process as a CliIO. Its stdout and stderr sanitise every write
 * (cli/terminal/terminal-stream.ts), so no command can print a scenario's,
 * plan's, closure's or case's escape sequences, whatever it forgets: this
 * is the one place the text commands' output passes through. The Ink apps
 * draw on the raw streams behind these, and sanitise in their `Text`.
 */
export function processIO(): CliIO {
  return {
    stdout: sanitisingStream(process.stdout),
    stderr: sanitisingStream(process.stderr),
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    invokedAs: invokedAs({ argv: process.argv, env: process.env, cwd: process.cwd() }),
  };
}
