/**
 * At a terminal, a second copy of a workshop asks the trainer what to do:
 * watch it read-only, take it over (only when its lock is old enough to be
 * left behind), or stop. One key answers (r, t; anything else stops, Enter,
 * q and Ctrl-C included), read before any screen is drawn.
 */
import type { CliIO } from '../../cli-io.js';
import type { SessionInUseError } from '../../session-store/index.js';
import type { InUseAnswer } from './open-workshop.js';

type KeyInput = CliIO['stdin'] & { setRawMode?: (raw: boolean) => unknown };

/** The first chunk typed (one key in raw mode, one line otherwise), or null at the end of input. */
function readKey(stdin: KeyInput): Promise<string | null> {
  return new Promise((resolve) => {
    const finish = (typed: string | null) => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.setRawMode?.(false);
      stdin.pause();
      resolve(typed);
    };
    const onData = (chunk: Buffer | string) => finish(String(chunk));
    const onEnd = () => finish(null);
    stdin.setRawMode?.(true);
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.resume();
  });
}

/**
 * Says who holds the workshop and reads the trainer's answer.
 * @example
 * const answer = await askInUse(io, held); // 'read-only' after "r"
 */
export async function askInUse(io: CliIO, held: SessionInUseError): Promise<InUseAnswer> {
  io.stdout.write(`${held.message}\n`);
  const offers = ['r to watch it read-only (nothing is changed or saved)', ...(held.canTakeOver ? ['t to take it over here (its lock is old: that copy has probably stopped)'] : []), 'any other key to stop'];
  io.stdout.write(`Press ${offers.join(', ')}: `);
  const key = (await readKey(io.stdin))?.trim().toLowerCase()[0];
  io.stdout.write(`${key === 'r' || key === 't' ? key : ''}\n`);
  if (key === 'r') return 'read-only';
  if (key === 't' && held.canTakeOver) return 'take-over';
  return 'stop';
}
