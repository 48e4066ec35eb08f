import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { terminalStyle } from '../../../cli/terminal/color.js';
import { rawStream, sanitisingStream } from '../../../cli/terminal/terminal-stream.js';
import { HOSTILE, STEERING } from '../../robustness/support/hostile-files.js';

/** A fake terminal that records what reaches it. */
function terminal(): { stream: Writable & { isTTY: boolean; columns: number }; written: () => string } {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        chunks.push(chunk.toString());
        callback();
      },
    }),
    { isTTY: true, columns: 100 },
  );
  return { stream, written: () => chunks.join('') };
}

describe('sanitisingStream', () => {
  it('writes the words of every string and buffer, and none of the characters that would steer the terminal', () => {
    const { stream, written } = terminal();
    const safe = sanitisingStream(stream);
    safe.write(`Closing ${HOSTILE} too soon\n`);
    safe.write(Buffer.from(`and ${HOSTILE}\n`));
    expect(written()).toContain('Closing \uFFFD]0;PWNED\uFFFD');
    expect(written()).toContain('and \uFFFD]0;PWNED');
    expect(written()).not.toMatch(STEERING);
  });

  it("keeps the program's own bold and dim, and only those: the same codes in the words are shown as text", () => {
    const { stream, written } = terminal();
    const safe = sanitisingStream(stream);
    const style = terminalStyle(safe, {});
    safe.write(`${style.bold(`Case audit: \u001B[1mfake bold ${HOSTILE}`)} ${style.dim('source')}\n`);
    expect(written()).toBe(`\u001B[1mCase audit: \uFFFD[1mfake bold ${HOSTILE.replace(/\r\n/g, '\n').replace(STEERING_ALL, '\uFFFD')}\u001B[22m \u001B[2msource\u001B[22m\n`);
  });

  it('passes everything else through to the stream it wraps, which Ink draws on directly', () => {
    const { stream } = terminal();
    const safe = sanitisingStream(stream);
    expect(safe.isTTY).toBe(true);
    expect(safe.columns).toBe(100);
    expect(rawStream(safe)).toBe(stream);
    expect(rawStream(stream)).toBe(stream);
  });
});

const STEERING_ALL = new RegExp(STEERING.source, 'g');
