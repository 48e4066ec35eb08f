/**
 * `protocol check` and `protocol show`, and a partnership's own protocol file
 * working with validate, test and case audit, by --protocol and by being
 * found beside the files.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseCommand } from '../../../cli/commands/case-command.js';
import { protocolCommand } from '../../../cli/commands/protocol-command.js';
import { testCommand } from '../../../cli/commands/test-command.js';
import { validateCommand } from '../../../cli/commands/validate-command.js';
import type { Command } from '../../../cli/cli-io.js';
import { CliUsageError } from '../../../cli/cli-io.js';
import { fakeCliIO } from '../deadlines/fake-cli-io.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const TEMPLATE = 'engine/protocol/data/example-template.protocol.json';

async function run(command: Command, argv: string[], cwd = process.cwd()) {
  const fake = fakeCliIO({ cwd });
  const code = await command(argv, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

/** A folder holding our own protocol (the template under a new id), a scenario and a case that name it. */
function partnershipFolder(): string {
  const dir = temporaryFolder('cg-partnership-');
  const protocol = JSON.parse(readFileSync(TEMPLATE, 'utf8'));
  protocol.id = 'our-partnership';
  protocol.name = 'Our partnership';
  writeFileSync(join(dir, 'our-partnership.protocol.json'), JSON.stringify(protocol, null, 2));
  const scenario = readFileSync('tests/fixtures/scenario/lint-clean.mdx', 'utf8').replace('audience: child', 'audience: child\nprotocol: our-partnership');
  writeFileSync(join(dir, 'small.mdx'), scenario);
  const caseFile = readFileSync('scenarios/cases/on-time.case.yaml', 'utf8')
    .replace(/protocol: [a-z-]+\n/, '')
    .replace('audience: child', 'audience: child\nprotocol: our-partnership')
    .replace(/kind: (stage1-discussion|line-manager-discussion|dsl-discussion|senior-escalation)/g, (_, kind: string) => `kind: ${({ 'stage1-discussion': 'practitioners-discussion', 'line-manager-discussion': 'managers-discussion', 'dsl-discussion': 'senior-managers-review', 'senior-escalation': 'stage-3' } as Record<string, string>)[kind]}`)
    .replace('kind: stage1-concluded', 'kind: practitioners-discussion-ended')
    .replace(/stage: 4/, 'stage: 3');
  writeFileSync(join(dir, 'resolved.case.yaml'), caseFile);
  return dir;
}

describe('protocol check', () => {
  it('passes a sound file and says what it holds', async () => {
    const { code, stdout } = await run(protocolCommand, ['check', TEMPLATE]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${TEMPLATE}: Example four-stage protocol (a template to adapt), 4 stages, 1 route: no problems.\n`);
  });

  it('lists every problem at file:line:column with a hint, and exits 1', async () => {
    const dir = temporaryFolder('cg-check-');
    const data = JSON.parse(readFileSync(TEMPLATE, 'utf8'));
    delete data.stages[0].owner;
    data.stages[1].deadlines[0].rule = { calendarDaysAfter: 5, from: 'raised' };
    data.stages[2].deadlines[0].rule.from = 'managersTalkd';
    writeFileSync(join(dir, 'three.protocol.json'), JSON.stringify(data, null, 2));
    const { code, stdout } = await run(protocolCommand, ['check', 'three.protocol.json'], dir);
    expect(code).toBe(1);
    expect(stdout.match(/^three\.protocol\.json:\d+:\d+: error: /gm)).toHaveLength(3);
    expect(stdout.match(/^ {2}hint: /gm)).toHaveLength(3);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('three.protocol.json: 3 problems.');
  });
});

describe('protocol show', () => {
  it('prints the stages per route, the caps and the notes of a built-in protocol', async () => {
    const { code, stdout } = await run(protocolCommand, ['show', 'example-template']);
    expect(code).toBe(0);
    expect(stdout).toContain('Children (example partnership) (route "child")');
    expect(stdout).toMatch(/^4 {6}The independent chair/m);
    expect(stdout).toContain('Limits that pull deadlines forward');
    expect(stdout).toContain("Stage 1: 'Within a working week' is read as within 5 working days");
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('prints the whole protocol as JSON, and refuses what is neither an id nor a file', async () => {
    const { stdout } = await run(protocolCommand, ['show', 'north-yorkshire', '--json']);
    expect(JSON.parse(stdout).stages).toHaveLength(7);
    await expect(run(protocolCommand, ['show', 'atlantis'])).rejects.toBeInstanceOf(CliUsageError);
  });
});

describe("a partnership's own protocol file", () => {
  it('is found beside the scenarios by validate and test, and named with --protocol', async () => {
    const dir = partnershipFolder();
    const found = await run(validateCommand, ['small.mdx'], dir);
    expect(found.stdout).toBe('1 file, 0 errors, 0 warnings\n');
    const elsewhere = temporaryFolder('cg-elsewhere-');
    copyFileSync(join(dir, 'small.mdx'), join(elsewhere, 'small.mdx'));
    const without = await run(validateCommand, ['small.mdx'], elsewhere);
    expect(without.stdout).toMatch(/small\.mdx:\d+:\d+: error: There is no protocol called "our-partnership"\./);
    const named = await run(validateCommand, ['small.mdx', '--protocol', join(dir, 'our-partnership.protocol.json')], elsewhere);
    expect(named.code).toBe(0);
    // No plan sits beside small.mdx, so test names it without one; what matters here is that the
    // protocol beside it was found (no "There is no protocol" error).
    const plan = await run(testCommand, ['small.mdx'], dir);
    expect(plan.stdout).toMatch(/NO PLAN/);
    expect(plan.stdout + plan.stderr).not.toMatch(/no protocol called/);
  });

  it('is used by case audit for a case that names it, with its own event kinds', async () => {
    const dir = partnershipFolder();
    const { code, stdout, stderr } = await run(caseCommand, ['audit', 'resolved.case.yaml', '--json'], dir);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const audit = JSON.parse(stdout);
    expect(audit.protocol.name).toBe('Our partnership');
    expect(audit.stages).toHaveLength(4);
  });
});
