/**
 * `case audit` on a timeline out of order and on input with no end: the
 * exit code says the audit failed, and a device is read no further than
 * the case-file cap.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../../cli/cli-io.js';
import { caseCommand } from '../../../cli/commands/case-command.js';
import { deadlinesCommand } from '../../../cli/commands/deadlines-command.js';
import { protocolCommand } from '../../../cli/commands/protocol-command.js';
import { readTextAtMost } from '../../../cli/read-text-at-most.js';
import { INPUT_CAPS } from '../../../engine/index.js';
import { fakeCliIO } from '../deadlines/fake-cli-io.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const root = resolve(import.meta.dirname, '../../..');

async function run(args: string[]) {
  const fake = fakeCliIO({ cwd: root });
  const code = await caseCommand(args, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('caseCommand audit exit code', () => {
  it('exits 1 when stage 4 comes before the disagreement was raised, though no deadline was missed', async () => {
    const folder = temporaryFolder('cg-case-order-');
    const file = join(folder, 'early.case.yaml');
    const onTime = readFileSync(join(root, 'scenarios/cases/on-time.case.yaml'), 'utf8');
    writeFileSync(file, onTime.replace('- at: 2026-11-10T10:00\n    kind: senior-escalation', '- at: 2026-10-10T10:00\n    kind: senior-escalation'));
    const { code, stdout } = await run(['audit', file, '--json']);
    const audit = JSON.parse(stdout);
    expect(audit.findings.map((finding: { code: string }) => finding.code)).toContain('before-raised');
    expect(audit).toMatchObject({ deadlinesMet: true, timelineInOrder: false });
    expect(code).toBe(1);
    expect((await run(['audit', file])).stdout.replace(/\s+/g, ' ')).toMatch(/The timeline is out of order/);
  });
});

describe('caseCommand audit on a device', () => {
  it('reads /dev/zero no further than the cap and refuses it at its place, exit 2', async () => {
    const before = process.memoryUsage().rss;
    const { code, stderr } = await run(['audit', '/dev/zero']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^\/dev\/zero:1:\d+: error: .*larger than 1,048,576 bytes/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });
});

describe('the other data readers on a device', () => {
  it('refuse /dev/zero as a protocol, a holiday feed or a closures file, at its place, without reading it all', async () => {
    const fake = fakeCliIO({ cwd: root });
    expect(await protocolCommand(['check', '/dev/zero'], fake.io)).toBe(1);
    expect(fake.stdout()).toMatch(/^\/dev\/zero:1:\d+: error: .*larger than 1,048,576 bytes/m);
    for (const option of ['--holidays', '--closures']) {
      const refused = deadlinesCommand(['--raised', '2026-12-18T16:30', option, '/dev/zero'], fakeCliIO({ cwd: root }).io);
      await expect(refused, option).rejects.toThrow(CliUsageError);
      await expect(refused, option).rejects.toThrow(/^\/dev\/zero:1:\d+: .*larger than 1,048,576 bytes/);
    }
  });
});

describe('readTextAtMost', () => {
  it('reads a file whole when it is within the cap, as readFileSync does, byte-order mark included', () => {
    const file = join(temporaryFolder('cg-read-'), 'a.yaml');
    writeFileSync(file, '\uFEFFtitle: é\n');
    expect(readTextAtMost(file, 100)).toBe(readFileSync(file, 'utf8'));
  });

  it('stops one byte past the cap', () => {
    expect(Buffer.byteLength(readTextAtMost('/dev/zero', INPUT_CAPS.dataFileBytes))).toBe(INPUT_CAPS.dataFileBytes + 1);
  });
});
