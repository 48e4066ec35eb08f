/**
 * Mounts the workshop app with Ink, on the terminal's alternate screen, and
 * waits until the trainer quits (or presses Ctrl-C). Then the terminal is
 * as it was, with one line saying where the workshop is saved.
 */
import type { CliIO } from '../../cli-io.js';
import { runFullScreen } from '../run-full-screen.js';
import type { Theme } from '../theme.js';
import { farewellLine, WorkshopApp } from './WorkshopApp.js';
import type { WorkshopServices, WorkshopStart } from './workshop-services.js';
import type { WorkshopUiState } from './workshop-state.js';

export { wallClockTicker } from './workshop-services.js';

/**
 * Runs the workshop screen until quit; leaves the line saying where it is
 * saved. `start` is what to start from (or a state already made with
 * `initialWorkshopState`).
 * @example
 * await runWorkshopApp(io, { scenario, workshop, notice: null }, theme, services);
 */
export async function runWorkshopApp(io: CliIO, start: WorkshopStart | WorkshopUiState, theme: Theme, services: WorkshopServices): Promise<void> {
  let farewell = farewellLine({ path: services.path, resumeCommand: services.resumeCommand, unsaved: null, readOnly: services.readOnly?.heldBy ?? null });
  await runFullScreen(io, <WorkshopApp start={start} theme={theme} services={services} onFarewell={(line) => (farewell = line)} />, { alternateScreen: true });
  io.stdout.write(`${farewell}\n`);
}
