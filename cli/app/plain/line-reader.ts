/**
 * Reads standard input one line at a time, for plain mode. Works the same
 * for a person typing and for piped input (scripts, screen readers).
 */
import { createInterface } from 'node:readline';

/** Gives the next line, or null at the end of input. */
export type LineReader = { next: () => Promise<string | null>; close: () => void };

/** A line reader over a stream. */
export function createLineReader(input: NodeJS.ReadableStream): LineReader {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  const iterator = rl[Symbol.asyncIterator]();
  return {
    next: async () => {
      const result = await iterator.next();
      return result.done ? null : String(result.value);
    },
    close: () => rl.close(),
  };
}
