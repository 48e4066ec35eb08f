/**
 * Runs a CLI command in-process on generated arguments and classifies what
 * happened: an exit code, or a user error (one carrying a hint, which the
 * top level prints as `error: … hint: …`). Anything else — a TypeError, a
 * bare Error without a hint — is a crash and is rethrown so the property fails.
 */
import type { Command } from '../../../cli/cli-io.js';
import { fakeCliIO } from '../../cli/deadlines/fake-cli-io.js';
import { boundedAsync } from './bounded.js';

/** What a fuzzed command run ended with. */
export type CommandOutcome = { kind: 'exit'; code: number; stderr: string } | { kind: 'user-error'; name: string; message: string };

/** True for an error the CLI's top level shows as a user error with a hint. */
function isUserError(error: unknown): error is Error & { hint: string } {
  if (!(error instanceof Error)) return false;
  const hint: unknown = (error as Error & { hint?: unknown }).hint;
  return typeof hint === 'string' && hint.length > 0;
}

/**
 * Runs `command(argv)` with a fake terminal in `cwd`.
 *
 * @example
 * const outcome = await runCommandSafely(deadlinesCommand, ['--raised', 'x'], tmp);
 */
export async function runCommandSafely(command: Command, argv: string[], cwd: string): Promise<CommandOutcome> {
  const fake = fakeCliIO({ cwd, env: { NO_COLOR: '1' } });
  try {
    const code = await boundedAsync(() => command(argv, fake.io));
    if (!Number.isInteger(code) || code < 0) throw new Error(`exit code ${String(code)} is not a process exit code`);
    return { kind: 'exit', code, stderr: fake.stderr() };
  } catch (error) {
    if (isUserError(error)) return { kind: 'user-error', name: error.name, message: error.message };
    throw error;
  }
}
