/**
 * The full-screen workshop under ink-testing-library, with every edge faked:
 * a ticker and a scheduler the test drives by hand, saves and exports
 * recorded, the bell counted.
 */
import { render } from 'ink-testing-library';
import { startWorkshop, type Scenario, type Workshop, type WorkshopDebrief } from '../../../../engine/index.js';
import { createTheme } from '../../../../cli/app/theme.js';
import { WorkshopApp } from '../../../../cli/app/workshop/WorkshopApp.js';
import type { RecordFormat, WorkshopServices } from '../../../../cli/app/workshop/workshop-services.js';
import { bundled } from '../../../engine/workshop/load-bundled.js';

export const scenario: Scenario = bundled('closing-too-soon');
export const TABLES = ['Police', 'Health', 'School', "Children's social care"];
export const ENTER = '\r';
export const ESC = '\u001B';
export const PAGE_DOWN = '\u001B[6~';
export const BACKSPACE = '\u007F';

/** A clock the test moves by hand: the ticker and the draft scheduler both run on it. */
export function manualClock() {
  const listeners = new Set<(elapsedMs: number) => void>();
  let now = 0;
  let jobs: Array<{ at: number; run: () => void; cancelled: boolean }> = [];
  return {
    ticker: (onTick: (elapsedMs: number) => void) => {
      listeners.add(onTick);
      return () => listeners.delete(onTick);
    },
    schedule: (run: () => void, ms: number) => {
      const job = { at: now + ms, run, cancelled: false };
      jobs.push(job);
      return () => {
        job.cancelled = true;
      };
    },
    /** Moves time on: the running timers tick, and due jobs run. */
    advance(ms: number) {
      now += ms;
      listeners.forEach((listener) => listener(ms));
      const due = jobs.filter((job) => job.at <= now && !job.cancelled);
      jobs = jobs.filter((job) => job.at > now && !job.cancelled);
      due.forEach((job) => job.run());
    },
    /** How many running timers listen to the ticker (the app subscribes just after it draws). */
    listening: () => listeners.size,
    /** Jobs waiting to run. */
    pending: () => jobs.filter((job) => !job.cancelled).length,
  };
}

/** Options of {@link mount}. */
export interface MountOptions {
  workshop?: Workshop;
  save?: WorkshopServices['save'];
  readOnly?: { heldBy: string };
  autostart?: boolean;
  color?: boolean;
  /** Read-only viewing: what reading the file again gives. */
  reload?: WorkshopServices['reload'];
}

/** Mounts the app on a workshop (by default four named tables, majority). */
export function mount(options: MountOptions = {}) {
  const clock = manualClock();
  const saved: Workshop[] = [];
  const exports: Array<{ format: RecordFormat; debrief: WorkshopDebrief }> = [];
  let bells = 0;
  const services: WorkshopServices = {
    path: '/data/sessions/workshop.json',
    resumeCommand: 'common-ground workshop closing-too-soon --session /data/sessions/workshop.json',
    ticker: clock.ticker,
    schedule: clock.schedule,
    autostart: options.autostart ?? false,
    bell: () => (bells += 1),
    save:
      options.save ??
      ((current) => {
        saved.push(current);
        return null;
      }),
    exportRecord: (debrief, format) => {
      exports.push({ format, debrief });
      return { files: [`/data/exports/record.${format === 'markdown' ? 'md' : 'html'}`] };
    },
    ...(options.readOnly ? { readOnly: options.readOnly } : {}),
    ...(options.reload ? { reload: options.reload } : {}),
  };
  const workshop = options.workshop ?? startWorkshop(scenario, { tables: TABLES });
  const app = render(<WorkshopApp start={{ scenario, workshop, notice: null }} theme={createTheme(options.color ?? false)} services={services} />);
  return { ...app, clock, saved, exports, services, bells: () => bells, frame: () => app.lastFrame() ?? '' };
}
