/**
 * The one colour rule in the text commands: NO_COLOR, --no-color and
 * FORCE_COLOR=0 give the same plain text on a terminal, in the deadlines
 * table, the case audit and protocol show.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../cli/cli-io.js';
import { caseCommand } from '../../../cli/commands/case-command.js';
import { deadlinesCommand } from '../../../cli/commands/deadlines-command.js';
import { protocolCommand } from '../../../cli/commands/protocol-command.js';
import { fakeCliIO } from '../deadlines/fake-cli-io.js';

const root = resolve(import.meta.dirname, '../../..');

async function output(command: Command, argv: string[], env: Record<string, string> = {}): Promise<string> {
  const fake = fakeCliIO({ tty: true, columns: 100, cwd: root, env });
  await command(argv, fake.io);
  return fake.stdout();
}

describe.each([
  ['deadlines', deadlinesCommand, ['--raised', '2026-12-18T16:30']],
  ['case audit', caseCommand, ['audit', 'scenarios/cases/missed-deadlines.case.yaml']],
  ['protocol show', protocolCommand, ['show', 'north-yorkshire']],
] as const)('%s', (_, command, argv) => {
  it('is bold on a terminal, and the same plain text under NO_COLOR, --no-color and FORCE_COLOR=0', async () => {
    const coloured = await output(command, [...argv]);
    expect(coloured).toContain('\u001B[1m');
    const plain = await output(command, [...argv], { NO_COLOR: '1' });
    expect(plain).toBe(coloured.replace(/\u001B\[\d+m/g, ''));
    expect(await output(command, [...argv, '--no-color'])).toBe(plain);
    expect(await output(command, [...argv], { FORCE_COLOR: '0' })).toBe(plain);
  });
});
