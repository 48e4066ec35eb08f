/**
 * Kills the terminal app with SIGKILL at random points of a scripted plain
 * mode session, 50 times, resuming each time from the session file: the file
 * always parses, the steps saved are always a prefix of the scripted steps,
 * and resuming carries on from exactly there to the ending.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreSession } from '../../engine/runner/index.js';
import { randomInt, seededRandom } from '../bench/lib/seeded-random.js';
import { scriptLongestPath, withoutStamp, type ScriptedSession } from './support/scripted-session.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli.js');

/** Kills per test run. */
export const KILLS = 50;

let dataDir = '';
let script: ScriptedSession;

/** True once the built CLI has the play command (it is being built alongside this test). */
function playIsBuilt(): boolean {
  if (!existsSync(cli)) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root });
  return execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).includes('play');
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'common-ground-kill-'));
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

/**
 * Runs `play --plain --session file`, typing `lines` one every few
 * milliseconds, and either kills it after `killAfterMs` or lets it finish.
 */
function runPlay(file: string, lines: readonly string[], killAfterMs?: number): Promise<{ killed: boolean; code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'play', script.scenario.id, '--plain', '--session', file], {
      cwd: root,
      env: { ...process.env, COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdin.on('error', () => {
      // The process may die while we are still typing; that is the point.
    });
    let index = 0;
    const typing = setInterval(() => {
      if (index < lines.length) child.stdin.write(`${lines[index++]}\n`);
      else {
        clearInterval(typing);
        child.stdin.end();
      }
    }, 8);
    const killer =
      killAfterMs === undefined
        ? undefined
        : setTimeout(() => {
            killed = child.kill('SIGKILL');
          }, killAfterMs);
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(typing);
      clearTimeout(guard);
      if (killer) clearTimeout(killer);
      resolve({ killed, code, output });
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
        const run = await runPlay(file, remaining, finishing ? undefined : randomInt(random, 80, 900));
        const after = savedSteps(file);
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
    // The kills must really land inside sessions, or the test proves little.
    expect(midSession).toBeGreaterThanOrEqual(KILLS / 5);
  }, 120_000);
});
