/**
 * The edges of the terminal program: streams, environment and clock. Commands
 * take this instead of touching `process` so tests can run them in-process.
 */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Wall-clock time; injected so tests are repeatable. */
  now: () => Date;
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

/** The real process as a CliIO. */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
