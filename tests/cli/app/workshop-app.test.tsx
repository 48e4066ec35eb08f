import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { startWorkshop, type Workshop } from '../../../engine/index.js';
import { WorkshopApp, type WorkshopServices } from '../../../cli/app/workshop/WorkshopApp.js';
import { initialWorkshopState } from '../../../cli/app/workshop/workshop-state.js';
import { createTheme } from '../../../cli/app/theme.js';
import { bundled } from '../../engine/workshop/load-bundled.js';
import { waitFor } from './wait-for.js';

const scenario = bundled('closing-too-soon');
const ENTER = '\r';

/** A ticker the test drives by hand. */
function manualTicker() {
  const listeners = new Set<(elapsedMs: number) => void>();
  return {
    ticker: (onTick: (elapsedMs: number) => void) => {
      listeners.add(onTick);
      return () => listeners.delete(onTick);
    },
    advance: (ms: number) => listeners.forEach((listener) => listener(ms)),
  };
}

function setup(workshop: Workshop, saved: Workshop[] = [], save?: WorkshopServices['save']) {
  const clock = manualTicker();
  const services: WorkshopServices = {
    path: '/data/sessions/workshop.json',
    ticker: clock.ticker,
    save:
      save ??
      ((current) => {
        saved.push(current);
        return null;
      }),
    exportDebrief: () => ['/data/exports/w.md', '/data/exports/w.json'],
  };
  const app = render(<WorkshopApp initial={initialWorkshopState(scenario, workshop)} theme={createTheme(false)} services={services} />);
  return { ...app, clock };
}

/** Enters choice 1 for both of two tables and confirms the room's decision. */
async function decideFirstRound(app: ReturnType<typeof setup>): Promise<void> {
  await waitFor(() => expect(app.lastFrame()).toContain('03:00'));
  app.stdin.write('s');
  await waitFor(() => expect(app.lastFrame()).toContain('Table 1: press'));
  app.stdin.write('1');
  await waitFor(() => expect(app.lastFrame()).toContain('Table 2: press'));
  app.stdin.write('1');
  await waitFor(() => expect(app.lastFrame()).toContain('How the room split'));
  app.stdin.write(ENTER);
  await waitFor(() => expect(app.lastFrame()).toContain('Decision 2'));
}

afterEach(() => cleanup());

describe('WorkshopApp', () => {
  it('shows the decision point: choices, a running timer in mm:ss, the timeline and the keys', async () => {
    const { lastFrame } = setup(startWorkshop(scenario, { tables: 4 }));
    await waitFor(() => expect(lastFrame()).toContain('Discussion: 03:00 ▶ running'));
    const frame = lastFrame()!;
    expect(frame).toContain('All 4 tables');
    expect(frame).toContain('stages');
    expect(frame).toContain('space pause/resume');
  });

  it('counts down on the injected ticker, pauses on space, adds a minute on +', async () => {
    const { lastFrame, stdin, clock } = setup(startWorkshop(scenario, { tables: 2 }));
    await waitFor(() => expect(lastFrame()).toContain('03:00'));
    clock.advance(61_000);
    await waitFor(() => expect(lastFrame()).toContain('01:59 ▶ running'));
    stdin.write(' ');
    await waitFor(() => expect(lastFrame()).toContain('01:59 ⏸ paused'));
    clock.advance(30_000);
    stdin.write('+');
    await waitFor(() => expect(lastFrame()).toContain('02:59 ▶ running'));
  });

  it('says when the time is up, quietly', async () => {
    const { lastFrame, clock } = setup(startWorkshop(scenario, { tables: 2 }));
    await waitFor(() => expect(lastFrame()).toContain('03:00'));
    clock.advance(180_000);
    await waitFor(() => expect(lastFrame()).toContain('Time is up.'));
  });

  it('takes each table’s choice in turn, shows the split with table names, and follows the majority', async () => {
    const saved: Workshop[] = [];
    const { lastFrame, stdin } = setup(startWorkshop(scenario, { tables: 3 }), saved);
    await waitFor(() => expect(lastFrame()).toContain('03:00'));
    stdin.write('s');
    await waitFor(() => expect(lastFrame()).toContain('Table 1: press 1-4'));
    stdin.write('1');
    await waitFor(() => expect(lastFrame()).toContain('Table 2: press 1-4'));
    stdin.write('2');
    await waitFor(() => expect(lastFrame()).toContain('Table 3: press 1-4'));
    stdin.write('1');
    await waitFor(() => expect(lastFrame()).toContain('How the room split'));
    expect(lastFrame()).toContain('(Table 1, Table 3)');
    expect(lastFrame()).toContain('(Table 2)');
    expect(lastFrame()).toContain('The room follows the majority: 1)');
    stdin.write(ENTER);
    await waitFor(() => expect(lastFrame()).toContain('Decision 2'));
    await waitFor(() => expect(saved.at(-1)?.rounds).toHaveLength(1));
  });

  it('asks the trainer to break a tie', async () => {
    const { lastFrame, stdin } = setup(startWorkshop(scenario, { tables: 2 }));
    await waitFor(() => expect(lastFrame()).toContain('03:00'));
    stdin.write('s');
    await waitFor(() => expect(lastFrame()).toContain('Table 1: press'));
    stdin.write('1');
    await waitFor(() => expect(lastFrame()).toContain('Table 2: press'));
    stdin.write('3');
    await waitFor(() => expect(lastFrame()).toContain('A tie: trainer, press 1 or 3'));
    stdin.write('3');
    await waitFor(() => expect(lastFrame()).toContain('Decision 2'));
  });

  it('saves a decision before it draws the next one', async () => {
    const framesAtSave: string[] = [];
    let frame: () => string | undefined = () => undefined;
    const app = setup(startWorkshop(scenario, { tables: 2 }), [], (current) => {
      if (current.rounds.length > 0) framesAtSave.push(frame() ?? '');
      return null;
    });
    frame = app.lastFrame;
    await decideFirstRound(app);
    expect(framesAtSave, 'the next decision was on screen before the decision was saved').toHaveLength(1);
    expect(framesAtSave[0]).not.toContain('Decision 2');
  });

  it('never says the workshop is saved when the last save failed', async () => {
    const app = setup(startWorkshop(scenario, { tables: 2 }), [], (current) => (current.rounds.length > 0 ? 'The decision was not saved to /data/sessions/workshop.json: the disk is full.' : null));
    await decideFirstRound(app);
    await waitFor(() => expect(app.lastFrame()).toContain('the disk is full'));
    app.stdin.write('q');
    await waitFor(() => expect(app.lastFrame()).toContain('Quit Common Ground?'));
    expect(app.lastFrame()).not.toContain('is saved');
    expect(app.lastFrame()).toMatch(/not saved/i);
  });

  it('ends with a debrief comparing the tables', async () => {
    // Both tables take the recommended path of the scenario to its good ending.
    let workshop = startWorkshop(scenario, { tables: 2, mode: 'independent' });
    const { decideRound, currentDecision } = await import('../../../engine/index.js');
    for (let guard = 0; guard < 20; guard += 1) {
      const decision = currentDecision(scenario, workshop);
      if (!decision || decision.view.node.kind !== 'scene') break;
      const recommended = scenario.scenes[decision.view.node.id]!.choices.find((choice) => choice.recommended) ?? scenario.scenes[decision.view.node.id]!.choices[0];
      workshop = decideRound(scenario, workshop, decision.kind === 'continue' ? [] : decision.tables.map(() => recommended!.id));
    }
    const { lastFrame, stdin } = setup(workshop);
    await waitFor(() => expect(lastFrame()).toContain('Workshop debrief'));
    expect(lastFrame()).toContain('Endings reached');
    expect(lastFrame()).toContain('Table 1, Table 2');
    stdin.write('e');
    await waitFor(() => expect(lastFrame()).toContain('Debrief written to /data/exports/w.md and /data/exports/w.json'));
  });
});
