/**
 * One key table per screen drives both the key handler and the footer: on
 * every screen of both apps, each key the handler acts on is listed in that
 * screen's footer, and each key the footer lists does something. The
 * handlers are driven with every printable character and every named key.
 */
import type { Key } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { startWorkshop } from '../../../engine/index.js';
import { Footer } from '../../../cli/app/components/Footer.js';
import { DIGIT_KEYS, keyName, type KeyName, type KeyRow } from '../../../cli/app/key-table.js';
import { soloKeys } from '../../../cli/app/solo/solo-key-table.js';
import { initialSoloState, newPlaying, type SoloAction, type SoloState } from '../../../cli/app/solo/solo-state.js';
import { handleSoloKey } from '../../../cli/app/solo/use-solo-keys.js';
import { createTheme } from '../../../cli/app/theme.js';
import { handleWorkshopKey } from '../../../cli/app/workshop/use-workshop-keys.js';
import { workshopKeys } from '../../../cli/app/workshop/workshop-key-table.js';
import { initialWorkshopState, workshopReducer, type WorkshopUiAction, type WorkshopUiState } from '../../../cli/app/workshop/workshop-state.js';
import { bundled } from '../../engine/workshop/load-bundled.js';

const scenario = bundled('closing-too-soon');
const item = { file: '/scenarios/closing-too-soon.mdx', scenario };

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** Every key press to try, as Ink reports it: each printable ASCII character, then each named key. */
const PRESSES: ReadonlyArray<{ input: string; key: Key }> = [
  ...Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).map((input) => ({ input, key: { ...NO_KEY, shift: /[A-Z]/.test(input) } })),
  ...(['upArrow', 'downArrow', 'leftArrow', 'rightArrow', 'pageUp', 'pageDown', 'home', 'end', 'return', 'escape', 'tab', 'backspace', 'delete'] as const).map((name) => ({
    input: '',
    key: { ...NO_KEY, [name]: true, meta: name === 'escape' },
  })),
];

/** The keys a handler acts on: those that dispatch an action or call the shell. */
function acceptedKeys(press: (input: string, key: Key, acted: (action?: { type: string }) => void) => void): Set<KeyName> {
  const accepted = new Set<KeyName>();
  for (const { input, key } of PRESSES) {
    let acting = false;
    press(input, key, () => (acting = true));
    const name = keyName(input, key);
    if (acting && name !== null) accepted.add(name);
  }
  return accepted;
}

/** The keys a footer lists: each row's keys and their unnamed aliases. */
function listedKeys(rows: readonly KeyRow<never>[]): Set<KeyName> {
  return new Set(rows.flatMap((row) => [...row.keys, ...(row.aliases ?? [])]));
}

/** The keys a footer label names: `j/k PgUp/PgDn` names j, k, PgUp and PgDn. */
function namedKeys(label: string): Set<KeyName> {
  return new Set(label.split(/[/ ]/).flatMap((word) => (word === '1-9' ? DIGIT_KEYS : word === 'space' ? [' '] : word === '↑↓' ? ['↑', '↓'] : [word])));
}

function expectFooterMatchesHandler(rows: readonly KeyRow<never>[], accepted: Set<KeyName>): void {
  expect([...accepted].sort()).toEqual([...listedKeys(rows)].sort());
  for (const row of rows) expect(namedKeys(row.label), row.label).toEqual(new Set(row.keys));
  const { lastFrame } = render(<Footer hints={rows} theme={createTheme(false)} />);
  for (const row of rows) expect(lastFrame()).toContain(`${row.label} ${row.does}`);
}

afterEach(() => cleanup());

describe('soloKeys', () => {
  const scene = initialSoloState([{ kind: 'scenario', item }], newPlaying(item, '/data/sessions/closing-too-soon.json', '2026-12-18T10:00:00Z'));
  const screens: Array<[string, SoloState]> = [
    ['the start menu', initialSoloState([{ kind: 'scenario', item }])],
    ['a scene', scene],
    ['feedback', { ...scene, screen: 'feedback' }],
    ['the debrief', { ...scene, screen: 'debrief' }],
    ['a reflection being typed', { ...scene, editing: { promptId: 'plan-the-call', label: 'Reflect', text: 'so far', before: scene.playing!.session, drafted: '' } }],
    ['the start menu on a saved session', initialSoloState([{ kind: 'saved', saved: { path: '/data/sessions/a.json', mode: 'solo', scenarioId: 'closing-too-soon', scenarioFile: item.file, title: 'Closing too soon', progress: 'Stage 1', savedAt: '2026-12-18T09:00:00Z', finished: false } }])],
    ['the question before deleting', { ...initialSoloState([{ kind: 'scenario', item }]), confirm: { kind: 'delete', saved: { path: '/data/sessions/a.json', mode: 'workshop', scenarioId: 'closing-too-soon', scenarioFile: item.file, title: 'Closing too soon', progress: '4 tables', savedAt: '2026-12-18T09:00:00Z', finished: false } } }],
    ['the question before playing again', { ...scene, screen: 'debrief', confirm: { kind: 'play-again' } }],
    ['the help', { ...scene, overlay: 'help' }],
    ['the quit question', { ...scene, overlay: 'quit' }],
  ];

  it.each(screens)('lists in the footer of %s exactly the keys its handler acts on', (_, state) => {
    const accepted = acceptedKeys((input, key, acted) => {
      // Typed text and Backspace go to the text field, which is not a key of the table.
      const dispatch = (action: SoloAction) => (action.type === 'edit.input' || action.type === 'edit.backspace' ? undefined : acted());
      const callbacks = { openMenuEntry: () => (acted(), null), exportDebrief: () => (acted(), null), confirm: () => (acted(), null), exit: () => acted(), now: () => '2026-12-18T10:00:00.000Z' };
      handleSoloKey(state, input, key, dispatch, callbacks, { size: 10, max: 40 });
    });
    expect(accepted.size).toBeGreaterThan(0);
    expectFooterMatchesHandler(soloKeys(state), accepted);
  });

  it('lists ? help on the debrief, where ? opens the help', () => {
    expect(soloKeys({ ...scene, screen: 'debrief' }).map((row) => `${row.label} ${row.does}`)).toContain('? help');
  });
});

describe('workshopKeys', () => {
  const run = (state: WorkshopUiState, ...actions: WorkshopUiAction[]) => actions.reduce(workshopReducer, state);
  const read = initialWorkshopState(scenario, startWorkshop(scenario, { tables: 2 }));
  const discuss = run(read, { type: 'go-on' });
  const vote = run(discuss, { type: 'room', action: { type: 'vote', table: 0 } });
  const tied = run(vote, { type: 'number', number: 1 }, { type: 'number', number: 3 });
  const majority = run(vote, { type: 'number', number: 1 }, { type: 'number', number: 1 });
  const reveal = run(majority, { type: 'go-on' });
  const overview = initialWorkshopState(scenario, startWorkshop(scenario, { tables: 2, mode: 'independent' }));
  const screens: Array<[string, WorkshopUiState]> = [
    ['the read', read],
    ['the discussion', discuss],
    ['the vote', vote],
    ['a tied vote', tied],
    ['a vote the majority decides', majority],
    ['the reveal', reveal],
    ['the debrief', run(read, { type: 'debrief' })],
    ['the overview of independent tables', overview],
    ["an independent table's discussion", run(overview, { type: 'open', table: 1 }, { type: 'go-on' })],
    ['the blanked screen', run(read, { type: 'blank' })],
    ['the help', run(read, { type: 'overlay', overlay: { kind: 'help' } })],
    ['the quit question', run(read, { type: 'overlay', overlay: { kind: 'quit' } })],
    ['a confirmation', run(discuss, { type: 'go-on' })],
    ['a note being typed', run(read, { type: 'note.open' })],
    ['the tables', run(read, { type: 'tables.open' })],
    ['a table being renamed', run(read, { type: 'tables.open' }, { type: 'rename.open' })],
  ];

  it.each(screens)('lists in the footer of %s exactly the keys its handler acts on', (_, state) => {
    const accepted = acceptedKeys((input, key, acted) => {
      // Typed text and Backspace go to the text field, which is not a key of the table.
      const dispatch = (action: WorkshopUiAction) => (/^(note|rename)\.(type|erase)$/.test(action.type) ? undefined : acted());
      handleWorkshopKey(state, input, key, dispatch, { exportRecord: () => acted(), exit: () => acted(), page: () => ({ height: 10, max: 40 }) });
    });
    expect(accepted.size).toBeGreaterThan(0);
    expectFooterMatchesHandler(workshopKeys(state), accepted);
  });

  it('keeps the keys a presenter clicker sends harmless on every screen', () => {
    for (const [, state] of screens.filter(([name]) => !/note|renamed|confirmation|quit/.test(name))) {
      for (const label of workshopKeys(state).filter((row) => row.keys.some((key) => ['PgDn', 'PgUp', 'b', '.'].includes(key)) || row.aliases?.some((key) => ['b', '.'].includes(key)))) {
        expect(['scroll', 'blank', 'show the screen']).toContain(label.does);
      }
    }
  });
});
