/**
 * Mounts the solo app with Ink and waits until it exits. Kept apart from the
 * command so plain mode never loads Ink or React.
 */
import type { CliIO } from '../../cli-io.js';
import { runFullScreen } from '../run-full-screen.js';
import type { Theme } from '../theme.js';
import { SoloApp, type SoloExit, type SoloServices } from './SoloApp.js';
import type { SoloState } from './solo-state.js';

/** Runs the full-screen app until the learner quits (or presses Ctrl-C, a quit too), and says how it ended. */
export async function runSoloApp(io: CliIO, initial: SoloState, theme: Theme, services: SoloServices): Promise<SoloExit> {
  let ended: SoloExit = { kind: 'quit' };
  await runFullScreen(io, <SoloApp initial={initial} theme={theme} services={services} onExit={(exit) => (ended = exit)} />);
  return ended;
}
