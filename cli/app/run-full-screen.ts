/**
 * Mounts a full-screen Ink app on the command's streams and waits until it
 * exits. Shared by the solo and workshop apps; kept out of the commands so
 * plain mode never loads Ink or React.
 */
import { render } from 'ink';
import type { ReactElement } from 'react';
import type { CliIO } from '../cli-io.js';
import { rawStream } from '../terminal/index.js';

/** Options of {@link runFullScreen}. */
export interface FullScreenOptions {
  /**
   * Draw on the terminal's alternate screen, and leave it on exit (Ctrl-C
   * too), so the terminal is as it was before, not a frozen last frame.
   */
  alternateScreen?: boolean;
}

const ENTER_ALTERNATE = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE = '\u001B[?1049l';

/**
 * A terminal that closes under the app (its window shut, an ssh link
 * dropped) fails every later write with EIO or EPIPE, Ink's last cursor
 * write on the way out among them. Every move is already saved, and there
 * is no screen left to say anything on, so those end quietly; any other
 * write error is still thrown.
 */
function endQuietlyOnHangUp(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EIO' && error.code !== 'EPIPE') throw error;
}

/** Runs `app` until it exits (or Ctrl-C: every move is saved as it happens, so Ctrl-C can simply leave). */
export async function runFullScreen(io: CliIO, app: ReactElement, options: FullScreenOptions = {}): Promise<void> {
  const raw = rawStream(io.stdout);
  // Once per stream: the start menu can hand over to the workshop app in the same process.
  if (!raw.listeners('error').includes(endQuietlyOnHangUp)) raw.on('error', endQuietlyOnHangUp);
  const alternate = options.alternateScreen === true && io.stdout.isTTY === true;
  // Leaving the alternate screen on the way out, however the process ends.
  const leave = () => raw.write(LEAVE_ALTERNATE);
  if (alternate) {
    raw.write(ENTER_ALTERNATE);
    process.once('exit', leave);
  }
  // Ink writes its own escape codes, so it draws on the raw streams; its words are sanitised in Text (components/Text.tsx).
  const instance = render(app, {
    stdout: raw as NodeJS.WriteStream,
    stdin: io.stdin as NodeJS.ReadStream,
    stderr: rawStream(io.stderr) as NodeJS.WriteStream,
    exitOnCtrlC: true,
    patchConsole: false,
  });
  try {
    await instance.waitUntilExit();
  } finally {
    if (alternate) {
      process.off('exit', leave);
      leave();
    }
  }
}
