/**
 * Mounts the solo app with Ink and waits until it exits. Kept apart from the
 * command so plain mode never loads Ink or React.
 */
import { render } from 'ink';
import type { CliIO } from '../../cli-io.js';
import type { Theme } from '../theme.js';
import { SoloApp, type SoloServices } from './SoloApp.js';
import type { SoloState } from './solo-state.js';

/** Runs the full-screen app until the learner quits (or presses Ctrl-C). */
export async function runSoloApp(io: CliIO, initial: SoloState, theme: Theme, services: SoloServices): Promise<void> {
  const instance = render(<SoloApp initial={initial} theme={theme} services={services} />, {
    stdout: io.stdout as NodeJS.WriteStream,
    stdin: io.stdin as NodeJS.ReadStream,
    stderr: io.stderr as NodeJS.WriteStream,
    // Every move is saved as it happens, so Ctrl-C can simply leave.
    exitOnCtrlC: true,
    patchConsole: false,
  });
  await instance.waitUntilExit();
}
