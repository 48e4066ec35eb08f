import { describe, expect, it } from 'vitest';
import { startWorkshop } from '../../../../engine/index.js';
import { focusCycle, initialWorkshopState, screenOf, workshopReducer, type WorkshopUiAction, type WorkshopUiState } from '../../../../cli/app/workshop/workshop-state.js';
import { scenario, TABLES } from './workshop-harness.js';

const run = (state: WorkshopUiState, ...actions: WorkshopUiAction[]) => actions.reduce(workshopReducer, state);
const start = (options: Parameters<typeof startWorkshop>[1] = { tables: TABLES }) => initialWorkshopState(scenario, startWorkshop(scenario, options));

describe('workshopReducer', () => {
  it('goes read → discuss → (asks) → vote → reveal → read on Enter', () => {
    let state = start();
    expect(screenOf(state)).toBe('read');
    state = run(state, { type: 'go-on' });
    expect(screenOf(state)).toBe('discuss');
    state = run(state, { type: 'go-on' });
    expect(state.overlay).toMatchObject({ kind: 'confirm', question: 'End the discussion now, with 03:00 left?' });
    state = run(state, { type: 'confirm' });
    expect(screenOf(state)).toBe('vote');
    state = run(state, ...[1, 1, 2, 4].map((number): WorkshopUiAction => ({ type: 'number', number })), { type: 'go-on' });
    expect(screenOf(state)).toBe('reveal');
    state = run(state, { type: 'go-on' });
    expect(screenOf(state)).toBe('read');
    expect(state.room.workshop.rounds).toHaveLength(1);
  });

  it('never records a decision on a stray number once the majority is clear', () => {
    const voted = run(start(), { type: 'go-on' }, { type: 'room', action: { type: 'vote', table: 0 } }, ...[1, 1, 1, 2].map((number): WorkshopUiAction => ({ type: 'number', number })));
    const stray = run(voted, { type: 'number', number: 2 });
    expect(stray.room.workshop.rounds).toHaveLength(0);
    expect(stray.notice).toMatch(/press Enter/);
  });

  it('asks before a step back that discards votes, but not before one that does not', () => {
    const discuss = run(start(), { type: 'go-on' });
    expect(screenOf(run(discuss, { type: 'step-back' }))).toBe('read');
    const voting = run(discuss, { type: 'room', action: { type: 'vote', table: 0 } }, { type: 'number', number: 1 });
    const asked = run(voting, { type: 'step-back' });
    expect(asked.overlay).toMatchObject({ kind: 'confirm', question: 'Back to the discussion, discarding the 1 vote entered?' });
    expect(focusCycle(run(asked, { type: 'overlay', overlay: null }))?.votes).toHaveLength(1);
    expect(focusCycle(run(asked, { type: 'confirm' }))).toMatchObject({ step: 'discuss', votes: [] });
  });

  it('turns a refused move into a notice, not a crash', () => {
    const state = run(start(), { type: 'step-back' });
    expect(state.notice).toBe('This is the first decision: there is nothing to step back to.');
  });

  it('puts a note into the workshop only when it is flushed, then knows it is saved', () => {
    let state = run(start(), { type: 'note.open' }, { type: 'note.type', text: 'Ask about\nthe GP' });
    expect(state.draftPending).toBe(true);
    expect(state.room.workshop.notes).toEqual({});
    state = run(state, { type: 'note.flush' });
    expect(state).toMatchObject({ draftPending: false });
    expect(state.room.workshop.notes).toEqual({ 1: 'Ask about the GP' });
  });

  it('refuses every change in a read-only copy, and says who holds it', () => {
    const state = { ...start(), readOnly: 'process 4242' };
    expect(run(state, { type: 'note.open' }).overlay).toBeNull();
    const renamed = run(state, { type: 'tables.open' }, { type: 'rename.open' });
    expect(renamed.notice).toMatch(/held by process 4242/);
    expect(run(state, { type: 'room', action: { type: 'rename', table: 0, name: 'Probation' } }).room.workshop.tables[0]).toBe('Police');
  });

  it('counts each time a discussion runs out, for the bell', () => {
    const state = run(start({ tables: TABLES, minutes: 1 }), { type: 'go-on' }, { type: 'timer', action: { type: 'resume' } }, { type: 'tick', elapsedMs: 30_000 });
    expect(state.bells).toBe(0);
    expect(run(state, { type: 'tick', elapsedMs: 30_000 }, { type: 'tick', elapsedMs: 1000 }).bells).toBe(1);
  });

  it('opens one independent table at a time and returns to the overview when it finishes', () => {
    let state = start({ tables: TABLES, mode: 'independent' });
    expect(screenOf(state)).toBe('overview');
    state = run(state, { type: 'cursor', by: 2 }, { type: 'open-cursor' });
    expect(state.open).toBe(2);
    state = run(state, { type: 'overview' });
    expect(screenOf(state)).toBe('overview');
  });
});
