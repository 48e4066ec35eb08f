/**
 * Mounts a full-screen Ink app on the command's streams and waits until it
 * exits. Shared by the solo and workshop apps; kept out of the commands so
 * plain mode never loads Ink or React.
 */
import { render } from 'ink';
import type { ReactElement } from 'react';
import type { CliIO } from '../cli-io.js';
import { rawStream } from '../terminal/index.js';

/** Runs `app` until it exits (or Ctrl-C: every move is saved as it happens, so Ctrl-C can simply leave). */
export async function runFullScreen(io: CliIO, app: ReactElement): Promise<void> {
  // Ink writes its own escape codes, so it draws on the raw streams; its words are sanitised in Text (components/Text.tsx).
  const instance = render(app, {
    stdout: rawStream(io.stdout) as NodeJS.WriteStream,
    stdin: io.stdin as NodeJS.ReadStream,
    stderr: rawStream(io.stderr) as NodeJS.WriteStream,
    exitOnCtrlC: true,
    patchConsole: false,
  });
  await instance.waitUntilExit();
}
