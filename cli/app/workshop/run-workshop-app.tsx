/**
 * Mounts the workshop app with Ink and waits until the trainer quits.
 */
import type { CliIO } from '../../cli-io.js';
import { runFullScreen } from '../run-full-screen.js';
import type { Theme } from '../theme.js';
import { WorkshopApp, type WorkshopServices } from './WorkshopApp.js';
import type { WorkshopUiState } from './workshop-state.js';

/** Runs the workshop screen until quit (or Ctrl-C; it is saved after every decision). */
export async function runWorkshopApp(io: CliIO, initial: WorkshopUiState, theme: Theme, services: WorkshopServices): Promise<void> {
  await runFullScreen(io, <WorkshopApp initial={initial} theme={theme} services={services} />);
}

/** A ticker on the wall clock: reports elapsed time about four times a second. */
export function wallClockTicker(now: () => number = () => performance.now()) {
  return (onTick: (elapsedMs: number) => void) => {
    let last = now();
    const timer = setInterval(() => {
      const current = now();
      onTick(current - last);
      last = current;
    }, 250);
    return () => clearInterval(timer);
  };
}
