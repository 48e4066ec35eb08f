/**
 * A bundled scenario named by its id, or resumed from a saved session, is
 * read from the build-time cache: the built CLI starts it without loading
 * the MDX parser, or the protocol checker (YAML and the protocol schema)
 * when no partnership's protocol file is there to check. Shown on a private
 * copy of the built CLI with both bundles (dist/lazy/scenario-source.js and
 * dist/lazy/read-protocol-file.js) deleted: the bundled scenarios still
 * play, resume, open a workshop and make a SCORM package, while an edited
 * copy, which only the parser can read, cannot, and neither can a copy with
 * a protocol file beside it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { privateCli } from '../robustness/support/private-cli.js';
import { temporaryFolder } from '../support/temporary-folder.js';

/** A private built CLI without these bundles (its MDX parser and protocol checker unless told), and a data folder of its own. */
function cliWithoutParser(bundles: readonly string[] = ['scenario-source.js', 'read-protocol-file.js']): { cli: string; dir: string } {
  const dir = temporaryFolder('cg-no-parser-');
  const cli = privateCli(dir);
  for (const bundle of bundles) {
    const path = join(cli, '..', 'lazy', bundle);
    expect(existsSync(path), `${bundle} is a bundle of its own`).toBe(true);
    rmSync(path);
  }
  return { cli, dir };
}

function run(cli: string, dir: string, args: readonly string[], input: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    env: { ...process.env, COMMON_GROUND_DATA_DIR: join(dir, 'data'), NO_COLOR: '1' },
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('a bundled scenario, started by the built CLI', () => {
  it('plays by its id and resumes from its session file without the MDX parser', () => {
    const { cli, dir } = cliWithoutParser();
    const session = join(dir, 'mine.json');
    const first = run(cli, dir, ['play', 'closing-too-soon', '--plain', '--session', session], '\n1\nq\n');
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain('You chose:');
    const saved = JSON.parse(readFileSync(session, 'utf8')) as { session: { steps: unknown[] } };
    expect(saved.session.steps.length).toBeGreaterThan(0);

    const resumed = run(cli, dir, ['play', '--plain', '--session', session], 'q\n');
    expect(resumed.status, resumed.output).toBe(0);
    expect(resumed.output).not.toMatch(/Cannot find|Error:/);
  });

  it('opens a workshop of it by its id without the MDX parser', () => {
    const { cli, dir } = cliWithoutParser();
    const outcome = run(cli, dir, ['workshop', 'closing-too-soon', '--plain', '--session', join(dir, 'room.json')], 'q\n');
    expect(outcome.status, outcome.output).toBe(0);
    expect(outcome.output).not.toMatch(/Cannot find|Error:/);
  });

  it('makes its SCORM package by its id without the MDX parser', () => {
    const { cli, dir } = cliWithoutParser();
    const outcome = run(cli, dir, ['package', 'scorm', 'closing-too-soon', '-o', join(dir, 'closing-too-soon.zip')], '');
    expect(outcome.status, outcome.output).toBe(0);
    expect(existsSync(join(dir, 'closing-too-soon.zip'))).toBe(true);
  });

  it('still needs the parser for an edited copy, which the cache does not hold', () => {
    const { cli, dir } = cliWithoutParser();
    const edited = join(dir, 'edited.mdx');
    writeFileSync(edited, readFileSync(join(dir, 'app', 'scenarios', 'closing-too-soon.mdx'), 'utf8').replace('Closing too soon', 'Closing too soon (edited)'));
    const outcome = run(cli, dir, ['play', edited, '--plain'], 'q\n');
    expect(outcome.status).not.toBe(0);
  });

  it('loads the protocol checker when a partnership\'s protocol file is beside the scenario', () => {
    const ours = JSON.stringify({ ...JSON.parse(readFileSync('engine/protocol/data/example-template.protocol.json', 'utf8')), id: 'our-partnership' });
    const besideACopy = (dir: string) => {
      const copy = join(dir, 'closing-too-soon.mdx');
      writeFileSync(copy, readFileSync(join(dir, 'app', 'scenarios', 'closing-too-soon.mdx'), 'utf8'));
      writeFileSync(join(dir, 'ours.protocol.json'), ours);
      return copy;
    };
    const whole = temporaryFolder('cg-with-checker-');
    const played = run(privateCli(whole), whole, ['play', besideACopy(whole), '--plain'], 'q\n');
    expect(played.status, played.output).toBe(0);
    const { cli, dir } = cliWithoutParser(['read-protocol-file.js']);
    const refused = run(cli, dir, ['play', besideACopy(dir), '--plain'], 'q\n');
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('read-protocol-file.js');
  });
});
