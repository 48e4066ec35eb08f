/**
 * Reads standard input one line at a time, for plain mode. Works the same
 * for a person typing and for piped input (scripts, screen readers), and
 * can hand the lines not yet read to another reader (the workshop command,
 * when a saved workshop is chosen at the plain start), losing none.
 */
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';

/** Gives the next line, or null at the end of input. */
export interface LineReader {
  next: () => Promise<string | null>;
  close: () => void;
}

/** A line reader over a stream, which can hand the rest of its input on. */
export interface StreamLineReader extends LineReader {
  /**
   * The input from here on, as a stream of lines: those already read from
   * the input but not yet asked for, then the rest as it comes. This reader
   * gives nothing more after it.
   */
  handOver: () => NodeJS.ReadableStream;
}

/**
 * A line reader over a stream.
 * @example
 * const reader = createLineReader(process.stdin);
 * const answer = await reader.next(); // null at the end of input
 */
export function createLineReader(input: NodeJS.ReadableStream): StreamLineReader {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  /** Lines read from the input that nobody has asked for yet (a script pipes them all at once). */
  const queued: string[] = [];
  let ended = false;
  let waiting: ((line: string | null) => void) | null = null;
  let forward: PassThrough | null = null;
  rl.on('line', (line: string) => {
    if (forward) forward.write(`${line}\n`);
    else if (waiting) {
      const answer = waiting;
      waiting = null;
      answer(line);
    } else queued.push(line);
  });
  rl.on('close', () => {
    ended = true;
    if (forward) forward.end();
    else if (waiting) {
      const answer = waiting;
      waiting = null;
      answer(null);
    }
  });
  return {
    next: () => {
      if (forward) return Promise.resolve(null);
      if (queued.length > 0) return Promise.resolve(queued.shift()!);
      if (ended) return Promise.resolve(null);
      return new Promise((resolve) => (waiting = resolve));
    },
    close: () => rl.close(),
    handOver: () => {
      forward ??= new PassThrough();
      for (const line of queued.splice(0)) forward.write(`${line}\n`);
      if (ended) forward.end();
      return forward;
    },
  };
}
