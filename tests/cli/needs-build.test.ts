/**
 * When `npm start` and the tests rebuild dist/ (cli/tools/ensure-built.mjs):
 * a build stopped part way once left dist/cli.js newer than every source but
 * without the bundles it loads, so every later start failed on a missing
 * module. The stamp written last by the build is what counts now.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP, needsBuild } from '../../cli/tools/ensure-built.mjs';

let root = '';

/** Writes `path` under the package root with the given modification time (seconds). */
function file(path: string, seconds: number): void {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, '');
  utimesSync(full, seconds, seconds);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cg-needs-build-'));
  file('cli/main.ts', 1000);
  file('engine/index.ts', 1000);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('needsBuild', () => {
  it('builds when there is no dist/ at all', () => {
    expect(needsBuild(root)).toBe(true);
  });

  it('builds again when a build stopped part way: dist/cli.js is there and newer than every source, but the stamp is not', () => {
    file('dist/cli.js', 2000);
    expect(needsBuild(root)).toBe(true);
  });

  it('does not build when the finished build is newer than every source', () => {
    file('dist/cli.js', 2000);
    file(BUILD_STAMP, 2000);
    expect(needsBuild(root)).toBe(false);
  });

  it('builds when a source in cli/ or engine/ changed after the build', () => {
    file(BUILD_STAMP, 2000);
    file('engine/calendar/new-rule.ts', 3000);
    expect(needsBuild(root)).toBe(true);
  });
});
