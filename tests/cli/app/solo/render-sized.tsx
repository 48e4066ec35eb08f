/**
 * ink-testing-library's render, on a terminal of a given size: its own
 * stdout is always 100 columns with no rows, so a screen sized to the
 * terminal could not be checked at 80x24 or 60x20 with it.
 */
import { EventEmitter } from 'node:events';
import { render as inkRender, type Instance } from 'ink';
import type { ReactElement } from 'react';

class SizedStdout extends EventEmitter {
  frames: string[] = [];
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
  };
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** A rendered app on a `columns` x `rows` terminal. */
export interface SizedRender {
  lastFrame: () => string;
  stdin: { write: (data: string) => void };
  instance: Instance;
}

const mounted: Instance[] = [];

/**
 * Renders `tree` as on a terminal of `columns` x `rows`.
 * @example
 * const { lastFrame, stdin } = renderSized(<SoloApp … />, 60, 20);
 */
export function renderSized(tree: ReactElement, columns: number, rows: number): SizedRender {
  const stdout = new SizedStdout(columns, rows);
  const stdin = new FakeStdin();
  const instance = inkRender(tree, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new SizedStdout(columns, rows) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  mounted.push(instance);
  return { lastFrame: () => stdout.frames.at(-1) ?? '', stdin, instance };
}

/** Unmounts everything {@link renderSized} mounted. */
export function cleanupSized(): void {
  for (const instance of mounted.splice(0)) instance.unmount();
}
