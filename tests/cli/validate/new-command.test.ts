import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../../cli/cli-io.js';
import { newCommand } from '../../../cli/commands/new-command.js';
import { checkScenarioSource } from '../../../engine/scenario/validate-scenario.js';
import { memoryIO } from './cli-test-io.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

function workspace(): string {
  const folder = temporaryFolder('cg-new-');
  mkdirSync(join(folder, 'scenarios'));
  return folder;
}

describe('newCommand', () => {
  it('writes a draft scenario that passes the validator with at most warnings', async () => {
    for (const audience of ['child', 'adult']) {
      const folder = workspace();
      const io = memoryIO(folder);
      expect(await newCommand(['--title', 'Closing too soon', '--audience', audience], io)).toBe(0);
      const file = join(folder, 'scenarios', 'closing-too-soon.mdx');
      const text = readFileSync(file, 'utf8');
      const { scenario, findings } = checkScenarioSource(text, 'scenarios/closing-too-soon.mdx');
      expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      expect(scenario?.frontmatter).toMatchObject({ title: 'Closing too soon', audience, status: 'draft', raised: '2026-11-20T10:00' });
      expect(scenario?.frontmatter.provenance.reviewed).toBe('2026-11-20');
      expect(io.out()).toContain('scenarios/closing-too-soon.mdx');
    }
  });

  it('creates scenarios/ in an empty folder, says so, and names validate as the program was started', async () => {
    const empty = temporaryFolder('cg-new-empty-');
    const io = { ...memoryIO(empty), invokedAs: 'common-ground' };
    expect(await newCommand([], io)).toBe(0);
    expect(existsSync(join(empty, 'scenarios', 'a-new-scenario.mdx'))).toBe(true);
    expect(io.out()).toBe('Created the folder scenarios/.\nCreated scenarios/a-new-scenario.mdx (a draft). Edit it, then check it with: common-ground validate scenarios/a-new-scenario.mdx\n');
    // The folder is there now: said once, not again.
    const again = { ...memoryIO(empty), invokedAs: 'npm run --silent cli --' };
    expect(await newCommand(['--title', 'Second one'], again)).toBe(0);
    expect(again.out()).toBe('Created scenarios/second-one.mdx (a draft). Edit it, then check it with: npm run --silent cli -- validate scenarios/second-one.mdx\n');
  });

  it('writes -o outside.mdx in this folder, hinting the command as started', async () => {
    const empty = temporaryFolder('cg-new-empty-');
    const io = { ...memoryIO(empty), invokedAs: 'node dist/cli.js' };
    expect(await newCommand(['-o', 'outside.mdx'], io)).toBe(0);
    expect(io.out()).toBe('Created outside.mdx (a draft). Edit it, then check it with: node dist/cli.js validate outside.mdx\n');
  });

  it('writes to -o FILE and refuses to overwrite it', async () => {
    const folder = workspace();
    const target = join(folder, 'scenarios', 'mine.mdx');
    expect(await newCommand(['-o', target], memoryIO(folder))).toBe(0);
    const before = readFileSync(target, 'utf8');
    await expect(newCommand(['-o', target, '--title', 'Other'], memoryIO(folder))).rejects.toBeInstanceOf(CliUsageError);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });

  it('refuses a title over 120 characters with a clear error, writing nothing', async () => {
    const folder = workspace();
    const title = 'A'.repeat(121);
    const error = await newCommand(['--title', title, '-o', join(folder, 'scenarios', 'long.mdx')], memoryIO(folder)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliUsageError);
    expect((error as CliUsageError).message).toMatch(/120 characters/);
    expect((error as CliUsageError).hint).toMatch(/--title/);
    expect(existsSync(join(folder, 'scenarios', 'long.mdx'))).toBe(false);
  });

  it('refuses a title the validator would refuse, saying why, instead of an internal error', async () => {
    const folder = workspace();
    const error = await newCommand(['--title', 'Jane Smith at the door'], memoryIO(folder)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliUsageError);
    expect((error as CliUsageError).message).toMatch(/Jane Smith/);
    expect(readdirSync(join(folder, 'scenarios'))).toEqual([]);
  });

  it('refuses a file name that is not a kebab-case .mdx scenario id', async () => {
    const folder = workspace();
    await expect(newCommand(['-o', 'scenarios/My Scenario.mdx'], memoryIO(folder))).rejects.toBeInstanceOf(CliUsageError);
    await expect(newCommand(['--audience', 'teenager'], memoryIO(folder))).rejects.toBeInstanceOf(CliUsageError);
    expect(existsSync(join(folder, 'scenarios', 'a-new-scenario.mdx'))).toBe(false);
  });
});
