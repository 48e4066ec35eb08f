/**
 * Kills the terminal app with SIGKILL at random points of a scripted plain
 * mode session (after a random answer, a random 0–40 ms later), 50 times, resuming each time from the session file: the file
 * always parses, the steps saved are always a prefix of the scripted steps,
 * and resuming carries on from exactly there to the ending.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreSession } from '../../engine/runner/serialise-session.js';
import { randomInt, seededRandom } from '../bench/lib/seeded-random.js';
import { scriptLongestPath, withoutStamp, type ScriptedSession } from './support/scripted-session.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const builtCli = join(root, 'dist', 'cli.js');
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
  if (!existsSync(builtCli)) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root });
  // The CLI finds its bundled scenarios beside package.json, so copy those three together.
  const app = join(dataDir, 'app');
  cpSync(join(root, 'dist'), join(app, 'dist'), { recursive: true });
  cpSync(join(root, 'scenarios'), join(app, 'scenarios'), { recursive: true });
  cpSync(join(root, 'package.json'), join(app, 'package.json'));
  cli = join(app, 'dist', 'cli.js');
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

/** Plain mode's two questions: a choice, or a line for a reflection or record. */
const PROMPT = /(Choose 1-\d+ \(b back, q quit, \? help\): |press Enter to skip: )/g;

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
    while (kills < KILLS) {
      const file = join(dataDir, `session-${sessions}.json`);
      sessions += 1;
      // Kill and resume the same session until it has finished.
      for (;;) {
        const before = savedSteps(file);
        expect(script.steps.slice(0, before.length)).toEqual(before);
        if (before.length === total) break;
        const remaining = script.lines.slice(before.length);
        const finishing = kills >= KILLS;
        const kill = finishing ? undefined : { atLine: randomInt(random, 0, remaining.length - 1), delayMs: randomInt(random, 0, 40) };
        const run = await runPlay(file, remaining, kill);
        const after = savedSteps(file);
        // Each prompt appears only after the move before it was saved: nothing answered earlier may be lost.
        if (kill) expect(after.length).toBeGreaterThanOrEqual(before.length + Math.min(kill.atLine, run.typed));
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
    // The kills must really land inside sessions (a partly played file), or the test proves little.
    expect(midSession).toBeGreaterThanOrEqual(KILLS / 2);
  }, 240_000);
});
