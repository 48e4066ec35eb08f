/**
 * `library report`: the coverage of a folder of scenarios, as Markdown or
 * JSON, with a file that has errors left out and said on standard error.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../../cli/cli-io.js';
import { libraryCommand } from '../../../cli/commands/library-command.js';
import type { LibraryReport } from '../../../engine/index.js';
import { memoryIO } from '../validate/cli-test-io.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const scenarios = resolve('scenarios');

function folder(): string {
  const dir = temporaryFolder('cg-library-');
  mkdirSync(join(dir, 'scenarios'));
  for (const name of ['closing-too-soon.mdx', 'several-voices.mdx']) copyFileSync(join(scenarios, name), join(dir, 'scenarios', name));
  return dir;
}

describe('library report', () => {
  it('prints the tables for the folder: one row per scenario, each trigger by route, stages, immediate risk', async () => {
    const io = memoryIO(folder());
    expect(await libraryCommand(['report'], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^\| Scenario \| Route \| Triggers \| Stages reached \| Capacity \| Immediate risk \| Endings \(good \/ mixed \/ poor\) \|$/m);
    expect(out).toContain('| Closing too soon (`closing-too-soon`) | Children (NYSCP) |');
    expect(out).toContain('| Several voices (`several-voices`) | Adults (NYSAB) |');
    expect(out).toMatch(/^\| Shared concern about an agency's response \| (0|\*\*none\*\*|\d+) \| (0|\*\*none\*\*|\d+) \|$/m);
    expect(out).toMatch(/^\| 7 \| 1 \|$/m);
    expect(io.err()).toBe('Checking scenarios/ in this folder.\n');
  });

  it('prints the report as JSON with --json', async () => {
    const io = memoryIO(folder());
    expect(await libraryCommand(['report', '--json'], io)).toBe(0);
    const report = JSON.parse(io.out()) as LibraryReport;
    expect(report.rows.map((row) => row.id)).toEqual(['closing-too-soon', 'several-voices']);
    expect(report.coverage['trigger-agency-response']?.['north-yorkshire/adult']).toEqual(['several-voices']);
    expect(report.stageReach[7]).toEqual(['several-voices']);
  });

  it('leaves out a file with errors, says so, and exits 1', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'scenarios', 'broken.mdx'), '---\ntitle: Broken\n---\n\n<Scene id="a">\n');
    const io = memoryIO(dir);
    expect(await libraryCommand(['report'], io)).toBe(1);
    expect(io.err()).toMatch(/scenarios\/broken\.mdx: left out, with \d+ errors?; run `common-ground validate scenarios\/broken\.mdx` to see them\./);
    expect(io.out()).not.toContain('broken');
  });

  it('refuses a verb it does not have, with the one it has', async () => {
    await expect(libraryCommand(['list'], memoryIO(folder()))).rejects.toThrow(CliUsageError);
    const help = memoryIO(folder());
    expect(await libraryCommand(['--help'], help)).toBe(0);
    expect(help.out()).toMatch(/^Usage: common-ground library report/);
  });
});
