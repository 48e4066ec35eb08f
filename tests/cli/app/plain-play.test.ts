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
import { plainMarkdown } from '../../../cli/app/plain/plain-text.js';
import { newPlaying, type Playing } from '../../../cli/app/solo/solo-state.js';
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
    // closing-too-soon, recommended path; a reflection or record is written by asking for it with r first.
    const input = ['r', 'My plan: ask for a day', '1', '1', '1', 'r', 'Listened first', '1', '1', 'r', 'Agreed four weeks', 'r2', 'Shared', '1', ''].join('\n');
    const result = play(input, 'closing-too-soon', '--plain');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Choose 1-4 (r write, b back, q quit, ? help): ');
    expect(result.stdout).toMatch(/^1\) /m);
    expect(result.stdout).toContain('Deadline: ');
    expect(result.stdout).toContain('-- Feedback --');
    expect(result.stdout).toMatch(/^Debrief: Closing too soon$/m);
    for (const written of ['My plan: ask for a day', 'Listened first', 'Agreed four weeks', 'Shared']) expect(result.stdout).toContain(`You wrote: “${written}”`);
    expect(result.stdout).not.toMatch(/\u001B\[/);
    const sessions = readdirSync(join(dataDir, 'sessions'));
    expect(sessions.length).toBeGreaterThan(0);
    const record = JSON.parse(readFileSync(join(dataDir, 'sessions', sessions[0]!), 'utf8'));
    expect(record).toMatchObject({ kind: 'common-ground-session', mode: 'solo', scenarioId: 'closing-too-soon', finished: true });
  });

  it('stops on q with the session saved, and --resume carries on from there', () => {
    const first = play('2\nq\n', 'closing-too-soon', '--plain', '--session', join(dataDir, 'resume.json'));
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
    const { printed } = await playLines(['2', 'q'], (text, steps) => {
      if (steps > 0) printedAtSave.push(text);
      return null;
    });
    expect(printed).toContain('-- Feedback --');
    expect(printedAtSave).toHaveLength(1);
    expect(printedAtSave[0]).not.toContain('-- Feedback --');
  });

  it('says at the ending, after the debrief, that the last moves were not saved', async () => {
    // closing-too-soon's recommended path to its ending, every save after the first failing.
    const { printed } = await playLines(['1', '1', '1', '1', '1', '1'], (_text, steps) => (steps > 0 ? 'Not saved: the disk is full.' : null));
    expect(printed).toMatch(/^Debrief: /m);
    expect(printed.trimEnd().split('\n').at(-1)).toBe('Your latest move is not saved. Not saved: the disk is full.');
  });

  it('never says the session is saved when the last save failed', async () => {
    const { printed } = await playLines(['2', 'q'], (_text, steps) => (steps > 0 ? 'The move was not saved to /data/sessions/s.json: the disk is full.' : null));
    expect(printed).toContain('the disk is full');
    expect(printed).not.toContain('Your session is saved');
    expect(printed).toMatch(/not saved/i);
  });
});

describe('plainPlay, asking', () => {
  const scenario = bundled('closing-too-soon');
  const item = { file: '/scenarios/closing-too-soon.mdx', scenario };

  async function run(lines: string[]) {
    let printed = '';
    const saved: Playing[] = [];
    const queue = [...lines];
    await plainPlay({
      playing: newPlaying(item, '/data/sessions/s.json', '2026-12-18T10:00:00Z'),
      reader: { next: async () => queue.shift() ?? null, close: () => {} },
      write: (text) => (printed += text),
      save: (playing) => (saved.push(playing), null),
      now: () => new Date('2026-12-18T10:00:00Z'),
      width: 78,
    });
    const steps = saved.at(-1)?.session.steps ?? [];
    return { printed, steps };
  }

  it('reads the choices out before it asks anything, and asks for a reflection only when the learner types r', async () => {
    const { printed, steps } = await run(['1', 'q']);
    const firstQuestion = printed.indexOf('Choose 1-4');
    expect(printed.slice(0, firstQuestion)).toContain('1) Catch Bea at the door');
    expect(printed.slice(0, firstQuestion)).toContain('4) Write straight to the safeguarding partnership');
    expect(printed).not.toContain('on one line');
    expect(steps.map((step) => step.type)).toEqual(['choose']);

    const asked = await run(['r', 'Ask what the closure rests on', 'q']);
    expect(asked.printed).toContain('Your reflection (before the conversation), on one line');
    expect(asked.printed).toContain('Saved your reflection (before the conversation).');
    expect(asked.steps).toMatchObject([{ type: 'write', text: 'Ask what the closure rests on' }]);
  });

  it('never takes q or ? as the text of a reflection: they stop and help there too', async () => {
    const quit = await run(['r', 'q']);
    expect(quit.steps).toEqual([]);
    expect(quit.printed).toContain('Stopped. Your session is saved');
    const help = await run(['r', '?', 'Q']);
    expect(help.steps).toEqual([]);
    expect(help.printed).toContain('q and ? typed alone always mean stop and help');
    expect(help.printed).toContain('Stopped.');
  });

  it('prints plain text only: no emphasis markers, no link or table syntax, no Markdown headings', async () => {
    const { printed } = await run(['r', 'A *careful* plan', '1', '1', '1', 'r', 'Listened', '1', '1', 'r', 'Agreed', 'r2', 'Shared', '1', '1']);
    expect(printed).toContain('Debrief: Closing too soon');
    // The narrative's emphasis (*Amara*, *Kerry*) is gone, never split over two lines.
    expect(printed).toContain('For the last twelve weeks Amara, aged 7');
    const authorText = printed.replace('A *careful* plan', '');
    expect(authorText).not.toMatch(/(^|\s)\*|\*(\s|$)|_\w[^_]*_/m);
    expect(authorText).not.toMatch(/\]\(|\]\[|<https?:/);
    expect(authorText).not.toMatch(/^\s*\|.*\|\s*$/m);
    expect(authorText).not.toMatch(/^#{1,6} /m);
    expect(authorText).not.toMatch(/^(=+|-{3,})$/m);
    expect(authorText).not.toMatch(/^> /m);
    // The words of the debrief are all there: the deadlines as sentences, the learner's own words quoted.
    expect(printed).toMatch(/^Stage 1, Resolve at the latest, due .*: Met/m);
    expect(printed).toContain('You wrote: “Agreed”');
  });
});

describe('plainMarkdown', () => {
  it('keeps paragraphs apart, lists items under bullets or numbers, and drops every marker', () => {
    const markdown = '# A heading\nThe first *paragraph* with a [link](guidance:before) and **strong** words.\n\n- one item\n- two `items`\n  continued\n\n1. first\n2. second\n\n> quoted\n\n---\n\nLast.';
    expect(plainMarkdown(markdown, 40)).toEqual([
      'A heading',
      '',
      'The first paragraph with a link and',
      'strong words.',
      '',
      '• one item',
      '• two items continued',
      '',
      '1. first',
      '2. second',
      '',
      'quoted',
      '',
      'Last.',
    ]);
  });

  it('never splits emphasis over two lines, however narrow', () => {
    for (let width = 8; width < 40; width += 1) {
      const lines = plainMarkdown('The review has ended. *Bea Lorimer*, the social worker, helped *Kerry* a lot.', width);
      expect(lines.join('\n')).not.toContain('*');
      expect(lines.every((line) => line.length <= width)).toBe(true);
    }
  });
});

describe('play --plain, the start and --resume', () => {
  it('offers the saved sessions at the start, resumes the one chosen and says what it resumed', () => {
    const home = mkdtempSync(join(tmpdir(), 'cg-plain-start-'));
    try {
      const run = (input: string, ...args: string[]) =>
        spawnSync(process.execPath, [cli, 'play', ...args], { cwd: tmpdir(), input, encoding: 'utf8', env: { ...process.env, COMMON_GROUND_DATA_DIR: home, NO_COLOR: '1' } });
      expect(run('1\nq\n', 'closing-too-soon', '--plain').status).toBe(0);
      const start = run('1\nq\n', '--plain');
      expect(start.status, start.stderr).toBe(0);
      expect(start.stdout).toMatch(/^Saved sessions to resume:\n1\) Closing too soon: Stage 1 · Mon 5 Oct 2026, 16:00, saved \w{3} \d+ \w{3} \d{4}, \d\d:\d\d\nScenarios:\n2\) /m);
      expect(start.stdout).toMatch(/^Resumed “Closing too soon” at Stage 1 · Mon 5 Oct 2026, 16:00 \(saved .*\) from .*closing-too-soon-.*\.json\.$/m);
      const resumed = run('q\n', 'closing-too-soon', '--plain', '--resume');
      expect(resumed.stdout).toMatch(/^Resumed “Closing too soon” at Stage 1/m);
      const record = JSON.parse(readFileSync(join(home, 'sessions', readdirSync(join(home, 'sessions')).find((name) => name.endsWith('.json'))!), 'utf8'));
      expect(record.session.steps).toHaveLength(1);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
