/**
 * Kills the terminal app with SIGKILL at random points of a scripted plain
 * mode session (after a random answer, a random 0–40 ms later), 50 times, resuming each time from the session file: the file
 * always parses, the steps saved are always a prefix of the scripted steps,
 * and resuming carries on from exactly there to the ending.
 *
 * Then the full-screen app in a real terminal (tmux), killed with SIGKILL
 * the moment a move's feedback appears on the screen, 50 times: a move the
 * screen has shown is always in the file (save, then show).
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreSession } from '../../engine/runner/serialise-session.js';
import { choose, startSession } from '../../engine/runner/session-moves.js';
import { viewSession } from '../../engine/runner/view-session.js';
import { randomInt, seededRandom } from '../bench/lib/seeded-random.js';
import { privateCli } from './support/private-cli.js';
import { scriptLongestPath, stepsMadeBy, withoutStamp, type ScriptedSession } from './support/scripted-session.js';
import { hasTmux, startPane, type TmuxPane } from './support/tmux-pane.js';
import { printReport } from '../support/print-report.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** A private copy of the built CLI, so another test rebuilding dist/ mid-run cannot pull it away. */
let cli = '';

/** Kills per test run. */
export const KILLS = 50;

let dataDir = '';
let script: ScriptedSession;

/** True once the built CLI has the play command (it is being built alongside this test). */
function playIsBuilt(): boolean {
  return execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).includes('play');
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'common-ground-kill-'));
  cli = privateCli(dataDir);
  script = scriptLongestPath(new URL('../../scenarios/conference-refused.mdx', import.meta.url));
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** The steps in a session file, checking on the way that it parses and restores. */
function savedSteps(file: string): ReturnType<ScriptedSession['steps']['slice']> {
  if (!existsSync(file)) return [];
  const record = JSON.parse(readFileSync(file, 'utf8')) as { kind?: string; session?: unknown };
  expect(record.kind).toBe('common-ground-session');
  const restored = restoreSession(JSON.stringify(record.session), script.scenario);
  return restored.session.steps.map(withoutStamp);
}

/** Plain mode's two questions: a choice (or `r` to write), or the line of a reflection or record asked for. */
const PROMPT = /(Choose 1-\d+ \([^)]*b back, q quit, \? help\): |on one line \(an empty line leaves it as it was\): )/g;

/**
 * Runs `play --plain --session file` and answers each prompt with the next
 * of `lines`, as a person would. With `kill`, it sends SIGKILL `delayMs`
 * after typing line `atLine`: while the app is applying and saving that move.
 */
function runPlay(
  file: string,
  lines: readonly string[],
  kill?: { atLine: number; delayMs: number },
): Promise<{ killed: boolean; code: number | null; output: string; typed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'play', script.scenario.id, '--plain', '--session', file], {
      cwd: root,
      env: { ...process.env, COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let killed = false;
    let typed = 0;
    let killer: NodeJS.Timeout | undefined;
    child.stdin.on('error', () => {
      // The process may die while we are still typing; that is the point.
    });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const asked = output.match(PROMPT)?.length ?? 0;
      while (typed < asked && typed < lines.length) {
        child.stdin.write(`${lines[typed]}\n`);
        if (kill && typed === kill.atLine) killer = setTimeout(() => (killed = child.kill('SIGKILL')), kill.delayMs);
        typed += 1;
      }
      if (typed >= lines.length) child.stdin.end();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      if (killer) clearTimeout(killer);
      resolve({ killed, code, output, typed });
    });
  });
}

describe('play --plain --session (killed with SIGKILL and resumed)', () => {
  it(`loses nothing across ${KILLS} kills at random points`, async (context) => {
    if (!playIsBuilt()) {
      context.skip('the play command is not registered in dist/cli.js yet');
      return;
    }
    const random = seededRandom(2026);
    const total = script.steps.length;
    let kills = 0;
    let midSession = 0;
    let sessions = 0;
    /** Answers typed before the kill whose move is not in the file: each prompt came after the save before it, so none may be missing. */
    let lost = 0;
    const started = Date.now();
    while (kills < KILLS) {
      const file = join(dataDir, `session-${sessions}.json`);
      sessions += 1;
      // Kill and resume the same session until it has finished.
      for (;;) {
        const before = savedSteps(file);
        expect(script.steps.slice(0, before.length)).toEqual(before);
        if (before.length === total) break;
        // Resumed from the first line of the first step not saved (a reflection asked for but not written is asked for again).
        const start = script.firstLine[before.length]!;
        const remaining = script.lines.slice(start);
        const finishing = kills >= KILLS;
        const kill = finishing ? undefined : { atLine: randomInt(random, 0, remaining.length - 1), delayMs: randomInt(random, 0, 40) };
        const run = await runPlay(file, remaining, kill);
        const after = savedSteps(file);
        // Each prompt appears only after the move before it was saved: no step whose lines were all answered before the kill may be lost.
        if (kill) {
          const made = stepsMadeBy(script, start + Math.min(kill.atLine, run.typed));
          lost += Math.max(0, made - after.length);
          expect(after.length).toBeGreaterThanOrEqual(made);
        }
        // Whatever happened, the file parses and holds a prefix of the script, never less than before.
        expect(after.length).toBeGreaterThanOrEqual(before.length);
        expect(script.steps.slice(0, after.length)).toEqual(after);
        if (run.killed) {
          kills += 1;
          if (after.length > 0 && after.length < total) midSession += 1;
        } else {
          expect(run.code, run.output.slice(-500)).toBe(0);
          expect(after).toEqual(script.steps);
        }
      }
    }
    printReport(`plain: ${kills} kills at random points (${midSession} inside a session), ${lost} moves lost, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // The kills must really land inside sessions (a partly played file), or the test proves little.
    expect(midSession).toBeGreaterThanOrEqual(KILLS / 2);
    expect(lost).toBe(0);
  }, 240_000);
});

/** The scripted path's choices alone (the full-screen app is played by number keys), with the number each is shown under. */
function choicesOnly(scripted: ScriptedSession): Array<{ choiceId: string; number: number }> {
  let session = startSession(scripted.scenario);
  return scripted.steps.flatMap((step) => {
    if (step.type !== 'choose') return [];
    const view = viewSession(scripted.scenario, session);
    const number = view.node.kind === 'scene' ? view.node.choices.find((choice) => choice.id === step.choiceId)?.number : undefined;
    if (number === undefined) throw new Error(`Choice ${step.choiceId} is not offered.`);
    session = choose(scripted.scenario, session, step.choiceId);
    return [{ choiceId: step.choiceId, number }];
  });
}

/** Full-screen panes run side by side, each on its own session files: the kills are the same, the wall time shorter. */
const LANES = 2;

describe('play full screen --session (killed with SIGKILL right after a move appears)', () => {
  it(`loses no move the screen has shown across ${KILLS} kills`, async (context) => {
    if (!hasTmux()) {
      context.skip('tmux is not installed; it gives the full-screen app a real terminal (the e2e setup installs it)');
      return;
    }
    // The full-screen app is played by choice numbers alone: a path with no narrative steps.
    const choices = choicesOnly(scriptLongestPath(new URL('../../scenarios/conference-refused.mdx', import.meta.url), { choicesOnly: true }));
    let kills = 0;
    let lost = 0;
    const started = Date.now();
    const lane = async (laneNumber: number): Promise<void> => {
      let sessions = 0;
      let file = join(dataDir, `full-screen-${laneNumber}-${sessions}.json`);
      while (kills < KILLS) {
        const before = savedSteps(file);
        expect(before).toEqual(choices.slice(0, before.length).map(({ choiceId }) => ({ type: 'choose', choiceId })));
        if (before.length === choices.length) {
          sessions += 1;
          file = join(dataDir, `full-screen-${laneNumber}-${sessions}.json`);
          continue;
        }
        kills += 1;
        const pane: TmuxPane = await startPane({
          name: `cg-kill-${process.pid}-${laneNumber}-${kills}`,
          cli,
          args: ['play', script.scenario.id, '--session', file],
          env: { COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' },
          stderrFile: join(dataDir, 'full-screen-stderr.log'),
        });
        try {
          const pid = await pane.pid();
          await pane.waitFor((text) => text.includes('1) ') && text.includes('Scene · stage'), 'the scene');
          await pane.keys(String(choices[before.length]!.number));
          await pane.waitFor((text) => text.includes('You chose:'), 'the feedback', { everyMs: 2 });
          process.kill(pid, 'SIGKILL');
          for (let guard = 0; guard < 500 && (await pane.alive()); guard += 1) await new Promise((resolve) => setTimeout(resolve, 10));
        } finally {
          await pane.close();
        }
        const after = savedSteps(file);
        if (after.length < before.length + 1) lost += 1;
        expect(after).toEqual(choices.slice(0, after.length).map(({ choiceId }) => ({ type: 'choose', choiceId })));
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, index) => lane(index)));
    printReport(`full screen: ${kills} kills right after the feedback appeared, ${lost} moves lost, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(kills).toBe(KILLS);
    expect(lost).toBe(0);
  }, 300_000);
});
