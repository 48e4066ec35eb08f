/**
 * Plain mode, run as a script would: `play <scenario> --plain` with the
 * choices piped into standard input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainPlay } from '../../../cli/app/plain/plain-play.js';
import { newPlaying } from '../../../cli/app/solo/solo-state.js';
import { bundled } from '../../engine/workshop/load-bundled.js';
import { cli, root } from '../../support/built-cli.js';

let dataDir = '';
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'cg-plain-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function play(input: string, ...args: string[]) {
  return spawnSync(process.execPath, [cli, 'play', ...args], { cwd: tmpdir(), input, encoding: 'utf8', env: { ...process.env, COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' } });
}

describe('plainPlay', () => {
  it('plays the recommended path of a bundled scenario to its debrief from piped input, and exits 0', () => {
    // closing-too-soon, recommended path; each scene's prompts are answered (or skipped with an empty line) first.
    const input = ['My plan: ask for a day', '1', '', '1', '1', 'Listened first', '1', '1', 'Agreed four weeks', 'Shared', '1', ''].join('\n');
    const result = play(input, 'closing-too-soon', '--plain');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Choose 1-4 (b back, q quit, ? help): ');
    expect(result.stdout).toMatch(/^1\) /m);
    expect(result.stdout).toContain('Deadline: ');
    expect(result.stdout).toContain('-- Feedback --');
    expect(result.stdout).toMatch(/^# /m);
    expect(result.stdout).not.toMatch(/\u001B\[/);
    const sessions = readdirSync(join(dataDir, 'sessions'));
    expect(sessions.length).toBeGreaterThan(0);
    const record = JSON.parse(readFileSync(join(dataDir, 'sessions', sessions[0]!), 'utf8'));
    expect(record).toMatchObject({ kind: 'common-ground-session', mode: 'solo', scenarioId: 'closing-too-soon', finished: true });
  });

  it('stops on q with the session saved, and --resume carries on from there', () => {
    const first = play('\n2\nq\n', 'closing-too-soon', '--plain', '--session', join(dataDir, 'resume.json'));
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Your session is saved in');
    const again = play('q\n', 'closing-too-soon', '--plain', '--session', join(dataDir, 'resume.json'));
    // Choice 2 (wait and see) led to the closure letter.
    expect(again.stdout).toMatch(/letter|clos/i);
    const record = JSON.parse(readFileSync(join(dataDir, 'resume.json'), 'utf8'));
    expect(record.session.steps.filter((step: { type: string }) => step.type === 'choose')).toHaveLength(1);
  });

  it('prints a scenario that does not validate as located lines, not a crash', () => {
    const result = play('', join(root, 'tests/fixtures/does-not-exist.mdx'), '--plain');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/does-not-exist\.mdx: cannot be read/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('plainPlay, saving', () => {
  const scenario = bundled('closing-too-soon');
  const item = { file: '/scenarios/closing-too-soon.mdx', scenario };

  /** Plays the given lines; `save` is told how much had been printed when it was called. */
  async function playLines(lines: string[], save: (printed: string, steps: number) => string | null) {
    let printed = '';
    const queue = [...lines];
    const code = await plainPlay({
      playing: newPlaying(item, '/data/sessions/s.json', '2026-12-18T10:00:00Z'),
      reader: { next: async () => queue.shift() ?? null, close: () => {} },
      write: (text) => (printed += text),
      save: (playing) => save(printed, playing.session.steps.length),
      now: () => new Date('2026-12-18T10:00:00Z'),
      width: 78,
    });
    return { code, printed };
  }

  it('saves a choice before it prints the feedback', async () => {
    const printedAtSave: string[] = [];
    const { printed } = await playLines(['', '2', 'q'], (text, steps) => {
      if (steps > 0) printedAtSave.push(text);
      return null;
    });
    expect(printed).toContain('-- Feedback --');
    expect(printedAtSave).toHaveLength(1);
    expect(printedAtSave[0]).not.toContain('-- Feedback --');
  });

  it('says at the ending, after the debrief, that the last moves were not saved', async () => {
    // closing-too-soon's recommended path to its ending, every save after the first failing.
    const { printed } = await playLines(['', '1', '', '1', '1', '', '1', '1', '', '', '1'], (_text, steps) => (steps > 0 ? 'Not saved: the disk is full.' : null));
    expect(printed).toMatch(/^# /m);
    expect(printed.trimEnd().split('\n').at(-1)).toBe('Your latest move is not saved. Not saved: the disk is full.');
  });

  it('never says the session is saved when the last save failed', async () => {
    const { printed } = await playLines(['', '2', 'q'], (_text, steps) => (steps > 0 ? 'The move was not saved to /data/sessions/s.json: the disk is full.' : null));
    expect(printed).toContain('the disk is full');
    expect(printed).not.toContain('Your session is saved');
    expect(printed).toMatch(/not saved/i);
  });
});
