/**
 * Drafts are saved while typing: a reflection being typed is written to the
 * session file at most a second after a key changed it, steady typing
 * included, as one write however many drafts; Esc goes back to what was
 * there before, and Enter keeps the text.
 */
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_DELAY_MS, SoloApp, type SoloServices } from '../../../../cli/app/solo/SoloApp.js';
import { initialSoloState, newPlaying, type Playing } from '../../../../cli/app/solo/solo-state.js';
import { createTheme } from '../../../../cli/app/theme.js';
import type { Session } from '../../../../engine/index.js';
import { bundled } from '../../../engine/workshop/load-bundled.js';
import { waitFor } from '../wait-for.js';

const scenario = bundled('closing-too-soon');
const item = { file: '/scenarios/closing-too-soon.mdx', scenario };
const ENTER = '\r';
const ESC = '\u001B';

/** The app on a new session, recording every session saved and when. */
function start(delayMs?: number) {
  const saves: Array<{ at: number; session: Session }> = [];
  const services: SoloServices = {
    now: () => new Date('2026-12-18T10:00:00Z'),
    newSessionPath: (id) => `/data/sessions/${id}.json`,
    save: (playing: Playing) => (saves.push({ at: Date.now(), session: playing.session }), null),
    openSaved: async () => ({ ok: false, message: 'not in this test' }),
    tidySaved: () => ({ ok: true, message: '' }),
    exportDebrief: () => '/data/exports/x.md',
    ...(delayMs === undefined ? {} : { draftDelayMs: delayMs }),
  };
  const playing = newPlaying(item, '/data/sessions/closing-too-soon.json', '2026-12-18T10:00:00Z');
  const app = render(<SoloApp initial={initialSoloState([], playing)} theme={createTheme(false)} services={services} />);
  const written = () => saves.at(-1)?.session.steps.filter((step) => step.type === 'write') ?? [];
  return { ...app, saves, written };
}

afterEach(() => cleanup());

describe('SoloApp drafts', () => {
  it('saves what is typed within a second of the key, without Enter', async () => {
    const app = start();
    await waitFor(() => expect(app.lastFrame()).toContain('✎'));
    app.stdin.write(ENTER);
    await waitFor(() => expect(app.lastFrame()).toContain('Enter saves'));
    const typedAt = Date.now();
    app.stdin.write('Ask Bea what the closure rests on');
    await waitFor(() => expect(app.written()).toMatchObject([{ type: 'write', promptId: 'first-reaction', text: 'Ask Bea what the closure rests on' }]), { timeoutMs: 3000 });
    const savedAt = app.saves.at(-1)!.at;
    expect(savedAt - typedAt).toBeLessThanOrEqual(DRAFT_DELAY_MS + 500);
    // Still typing: the field stays open, nothing said.
    expect(app.lastFrame()).toContain('Enter saves');
  });

  it('saves steady typing too (the wait is not put off by every key), as one write however many drafts', async () => {
    const app = start(100);
    await waitFor(() => expect(app.lastFrame()).toContain('✎'));
    app.stdin.write(ENTER);
    await waitFor(() => expect(app.lastFrame()).toContain('Enter saves'));
    const words = ['Amara', ' is', ' late', ' again', ' and', ' hungry', ' at', ' breakfast', ' club'];
    let typed = '';
    const draftsSeen = new Set<string>();
    for (const word of words) {
      app.stdin.write(word);
      typed += word;
      // Keys every 40 ms: a wait reset by each key would never end.
      await new Promise((resolve) => setTimeout(resolve, 40));
      const text = app.written()[0]?.type === 'write' ? (app.written()[0] as { text: string }).text : undefined;
      if (text !== undefined) draftsSeen.add(text);
    }
    expect(draftsSeen.size, 'drafts saved while the keys kept coming').toBeGreaterThan(0);
    await waitFor(() => expect(app.written()).toMatchObject([{ text: typed }]));
    expect(app.written()).toHaveLength(1);
  });

  it('goes back to what was there before on Esc, and keeps the text on Enter', async () => {
    const app = start(50);
    await waitFor(() => expect(app.lastFrame()).toContain('✎'));
    app.stdin.write(ENTER);
    await waitFor(() => expect(app.lastFrame()).toContain('Enter saves'));
    app.stdin.write('A first thought');
    await waitFor(() => expect(app.written()).toMatchObject([{ text: 'A first thought' }]));
    app.stdin.write(ESC);
    await waitFor(() => expect(app.lastFrame()).toContain('Not saved.'));
    expect(app.written()).toEqual([]);
    app.stdin.write(ENTER);
    await waitFor(() => expect(app.lastFrame()).toContain('Enter saves'));
    app.stdin.write('The one I keep');
    app.stdin.write(ENTER);
    await waitFor(() => expect(app.lastFrame()).toContain('Saved your text.'));
    expect(app.written()).toMatchObject([{ text: 'The one I keep' }]);
    // A draft timer still pending changes nothing once the text is kept.
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(app.written()).toMatchObject([{ text: 'The one I keep' }]);
  });
});
