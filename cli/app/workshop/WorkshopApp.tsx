/**
 * The full-screen workshop for a trainer with a projector. A view over
 * `workshopReducer` (the screen's state) and the engine's room reducer (the
 * decision cycle): every screen is laid out as lines that fit the terminal
 * (`workshop-layout.ts`) and drawn by `ScreenLines`. The workshop is saved
 * through `services.save` at every change, before the screen shows it; a
 * note is saved within a second of being typed.
 */
import { useApp } from 'ink';
import { useEffect, useMemo, useRef } from 'react';
import { buildWorkshopDebrief } from '../../../engine/index.js';
import type { Theme } from '../theme.js';
import { useSavedReducer } from '../use-saved-reducer.js';
import { useTerminalSize } from '../use-terminal-size.js';
import { applyRoomActions, notSaved } from '../../live/live-hub.js';
import { ScreenLines } from './ScreenLines.js';
import { useWorkshopKeys } from './use-workshop-keys.js';
import { workshopLayout, type Layout } from './workshop-layout.js';
import { realScheduler, type WorkshopServices, type WorkshopStart } from './workshop-services.js';
import { initialWorkshopState, workshopReducer, type WorkshopUiState } from './workshop-state.js';

export type { WorkshopServices, WorkshopStart } from './workshop-services.js';

/** A note is put into the workshop (and so saved) at most this long after a key is typed. */
export const DRAFT_SAVE_MS = 1000;

/**
 * The line left on the terminal when the app ends (by q or Ctrl-C): where
 * the workshop is saved and how to resume it; never "saved" when it is not.
 * @example
 * farewellLine({ path: '/w.json', resumeCommand: 'common-ground workshop x --session /w.json', unsaved: null, readOnly: null });
 */
export function farewellLine({ path, resumeCommand, unsaved, readOnly }: { path: string; resumeCommand: string; unsaved: string | null; readOnly: string | null }): string {
  if (readOnly !== null) return `Nothing was changed: the workshop in ${path} is held by ${readOnly}.`;
  if (unsaved !== null) return `The workshop's latest change is NOT saved (${unsaved}); the last save is in ${path}. Resume it with: ${resumeCommand}`;
  return `The workshop is saved in ${path}. Resume it with: ${resumeCommand}`;
}

/** Props of {@link WorkshopApp}. */
export interface WorkshopAppProps {
  /** What to start from, or a state already made with `initialWorkshopState`. */
  start: WorkshopStart | WorkshopUiState;
  theme: Theme;
  services: WorkshopServices;
  /** Told the line to leave on the terminal whenever it changes (see {@link farewellLine}). */
  onFarewell?: (line: string) => void;
}

/** The workshop app. */
export function WorkshopApp({ start, theme, services, onFarewell }: WorkshopAppProps) {
  const readOnly = services.readOnly?.heldBy ?? null;
  const initial = useMemo<WorkshopUiState>(
    () => {
      const state = 'room' in start ? start : initialWorkshopState(start.scenario, start.workshop, start.notice, { autostart: services.autostart, readOnly });
      // Served to phones: the room sees how to join first.
      return services.live && state.overlay === null ? { ...state, overlay: { kind: 'join' as const, cursor: 0 } } : state;
    },
    [],
  );
  // Every change of the workshop is saved before it is drawn (the first screen too); a read-only copy saves nothing.
  const { state, dispatch, latest, unsaved, unsavedNow } = useSavedReducer(workshopReducer, initial, {
    needsSave: (previous, next) => readOnly === null && (previous === null || next.room.workshop !== previous.room.workshop),
    save: (next) => services.save(next.room.workshop, next.room.cycles.length === 0),
  });
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const layout = workshopLayout(state, { columns, rows, markers: !theme.color, unsaved, path: services.path, resumeCommand: services.resumeCommand, reload: services.reload !== undefined, ...(services.live ? { live: services.live.join } : {}) });
  const current = useRef<{ layout: Layout; unsaved: string | null }>({ layout, unsaved });
  current.current = { layout, unsaved };

  const running = state.room.cycles.some((cycle) => cycle.step === 'discuss' && cycle.timer.running);
  useEffect(() => {
    if (!running) return undefined;
    return services.ticker((elapsedMs) => dispatch({ type: 'tick', elapsedMs }));
  }, [running]);

  useEffect(() => {
    if (state.bells > 0) services.bell();
  }, [state.bells]);

  // Served to phones: their moves are applied here, saved in the dispatch, and answered only once on disk.
  useEffect(() => {
    services.live?.hub.attach({
      room: () => latest().room,
      apply: (actions) => {
        const before = latest().room;
        const next = applyRoomActions(latest().scenario, before, actions);
        if (!('room' in next)) return next;
        if (next.room !== before) dispatch({ type: 'phone', room: next.room });
        // Nothing new (a vote sent again) after a failed save: the phone asking again is the moment to try the disk again.
        else if (unsavedNow() !== null) dispatch({ type: 'save.retry' });
        const problem = unsavedNow();
        return problem === null ? { ok: true } : notSaved(problem);
      },
    });
  }, []);
  useEffect(() => {
    services.live?.hub.changed(latest().room);
  }, [state.room]);

  // A note typed is saved a second after the first key not yet saved, however fast the typing.
  useEffect(() => {
    if (!state.draftPending) return undefined;
    return (services.schedule ?? realScheduler)(() => dispatch({ type: 'note.flush' }), DRAFT_SAVE_MS);
  }, [state.draftPending, state.flushes]);
  // Leaving (q, or Ctrl-C) saves a note still being typed.
  useEffect(() => () => dispatch({ type: 'note.flush' }), []);

  useEffect(() => {
    onFarewell?.(farewellLine({ path: services.path, resumeCommand: services.resumeCommand, unsaved, readOnly }));
  }, [unsaved]);

  const exportRecord = () => {
    const debrief = buildWorkshopDebrief(latest().scenario, latest().room.workshop);
    const results = (['markdown', 'html'] as const).map((format) => services.exportRecord(debrief, format));
    const files = results.flatMap((result) => ('files' in result ? result.files : []));
    const errors = results.flatMap((result) => ('error' in result ? [result.error] : []));
    const written = files.length > 0 ? `Record written to ${files.join(' and ')}.` : '';
    dispatch({ type: 'notice', notice: errors.length > 0 ? `${written} Could not write the record: ${errors.join(' ')}`.trim() : written });
  };
  useWorkshopKeys(
    latest,
    dispatch,
    {
      exportRecord,
      exit: () => {
        dispatch({ type: 'note.flush' });
        exit();
      },
      page: () => ({ height: current.current.layout.bodyHeight, max: current.current.layout.maxScroll }),
      reload: () => {
        const reloaded = services.reload?.();
        if (!reloaded) return;
        dispatch('error' in reloaded ? { type: 'notice', notice: `Could not reload: ${reloaded.error}` } : { type: 'reload', workshop: reloaded.workshop });
      },
    },
    () => ({ unsaved: current.current.unsaved !== null, reload: services.reload !== undefined, serving: services.live !== undefined }),
  );

  return <ScreenLines lines={layout.lines} theme={theme} />;
}
