import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../../../cli/cli-io.js';
import { deadlinesCommand } from '../../../cli/commands/deadlines-command.js';
import { fakeCliIO, type FakeCliIOOptions } from './fake-cli-io.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const fixtures = resolve(import.meta.dirname, '../../fixtures/protocol');
const ESC = '\u001B[';
const stripAnsi = (text: string) => text.replace(/\u001B\[\d+m/g, '');
/** The text with each run of spaces and line breaks as one space, so a sentence can be found however it wrapped. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function run(argv: string[], options: FakeCliIOOptions = {}) {
  const fake = fakeCliIO(options);
  const code = await deadlinesCommand(argv, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

async function usageError(argv: string[], options: FakeCliIOOptions = {}): Promise<CliUsageError> {
  try {
    await run(argv, options);
  } catch (error) {
    if (error instanceof CliUsageError) return error;
    throw error;
  }
  throw new Error('expected a CliUsageError');
}

describe('deadlinesCommand', () => {
  describe('human output', () => {
    it('shows every stage with who acts, the rule and the due time with its weekday', async () => {
      const { code, stdout } = await run(['--raised', '2026-12-18T16:30']);
      expect(code).toBe(0);
      expect(stdout).toContain('North Yorkshire Professional Resolutions');
      expect(stdout).toContain('Children (NYSCP). Disagreement raised Fri 18 Dec 2026, 16:30, London time.');
      expect(stdout).toMatch(/^Stage {2}Who acts {14}The rule {19}Due$/m);
      expect(stdout).toMatch(/^3 {6}Line manager in the {3}Within 10 working days of {2}Wed 6 Jan 2027, 23:59$/m);
      expect(stdout).toMatch(/^5 {6}Designated {12}Within 1 working day of {4}Thu 7 Jan 2027, 23:59 \*$/m);
      expect(stdout).toContain('Aim to resolve');
      expect(stdout).toContain('Sat 19 Dec 2026, 16:30');
      expect(stdout).toContain('Recommendations made');
      // 48 hours after the assumed meeting would be Wed 13 Jan, after the 13
      // working days: the recommendations are pulled forward to Mon 11 Jan and
      // rest on no assumed time.
      expect(stdout).toMatch(/Recommendations made\n.*Mon 11 Jan 2027, 23:59\n.* {2}\(pulled forward\)$/m);
      expect(stdout).not.toContain('Wed 13 Jan 2027');
    });

    it('explains the assumed events and how to set them', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30']);
      expect(stdout).toContain('* Counts from an event with no time given yet');
      expect(stdout).toMatch(/- Stage 5 referral made: Thu 7 Jan 2027, 23:59 \(set it with\s+--stage5-referral\)/);
      expect(stdout).toMatch(/--safety-by/);
    });

    it('does not mark deadlines whose events were all given', async () => {
      const { stdout } = await run([
        '--raised', '2026-12-18T16:30',
        '--stage1-concluded', '2026-12-21T11:00',
        '--stage4-discussion', '2027-01-04T15:00',
        '--stage5-referral', '2027-01-05T10:00',
        '--panel-meeting', '2027-01-07T14:00',
      ]);
      expect(stdout).not.toContain(' *');
      expect(stdout).not.toContain('Counts from an event with no time given yet');
      expect(stdout).toContain('Sat 9 Jan 2027, 14:00');
    });

    it('lists the weekends and bank holidays skipped', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30']);
      expect(stdout).toContain('Weekends and bank holidays skipped');
      expect(stdout).toMatch(/^ {2}Fri 25 Dec 2026 {11}bank holiday: Christmas Day$/m);
      expect(stdout).toMatch(/^ {2}Sat 26 – Sun 27 Dec 2026 {2}weekend \(Boxing Day\)$/m);
      expect(stdout).toMatch(/^ {2}Mon 28 Dec 2026 {11}bank holiday: Boxing Day \(substitute day\)$/m);
      expect(stdout).toMatch(/^ {2}Fri 1 Jan 2027 {12}bank holiday: New Year’?'?s Day$/m);
    });

    it('fits 80 columns and writes no colour codes when stdout is not a terminal', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30'], { tty: false, columns: 200 });
      expect(stdout).not.toContain(ESC);
      for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    });

    it('uses bold and dim on a terminal, within its width', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30'], { tty: true, columns: 100 });
      expect(stdout).toContain(`${ESC}1m`);
      for (const line of stripAnsi(stdout).split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    });

    it('writes no colour codes on a terminal when NO_COLOR is set', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30'], { tty: true, columns: 100, env: { NO_COLOR: '1' } });
      expect(stdout).not.toContain(ESC);
    });

    it('wraps to a narrow terminal', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30'], { tty: true, columns: 60, env: { NO_COLOR: '1' } });
      for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
      expect(stdout).toContain('Wed 6 Jan 2027, 23:59');
    });

    it('names the adult route and its owners for --audience adult', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30', '--audience', 'adult']);
      expect(stdout).toContain('Adults (NYSAB).');
      expect(stdout).toContain('NYSAB Business Unit');
      expect(stdout).not.toContain('NYSCP');
    });

    it('counts stages 3 and 4 from --disputed-decision when it came first, and says so', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30', '--disputed-decision', '2026-12-14T11:00']);
      expect(stdout).toMatch(/^3 .*Wed 30 Dec 2026, 23:59$/m);
      expect(flat(stdout)).toContain('- Stage 3\'s "Resolve or escalate" counts from the disputed decision, action or referral (Mon 14 Dec 2026, 11:00), which came before the disagreement was raised.');
    });

    it('says that stages 3 and 4 count from raised when no disputed decision is given', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30']);
      expect(flat(stdout)).toContain('No "Disputed decision, action or referral" was given (--disputed-decision). Stages 3 and 4 count their 10 working days from when the disagreement was raised.');
    });

    it('lists the warnings, the weekend aim among them, and points to --explain for the notes', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30']);
      expect(stdout).toContain('Worth knowing');
      expect(flat(stdout)).toContain('Stage 1\'s "Aim to resolve" falls on Sat 19 Dec 2026, 16:30, a weekend. Our advice: plan to settle it by Fri 18 Dec 2026, 17:00');
      expect(flat(stdout)).toContain('run again with --explain');
      expect(stdout).not.toContain('How these timescales are read');
    });

    it('prints the interpretation notes with the stages they apply to under --explain', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30', '--explain']);
      expect(stdout).toContain('How these timescales are read (our interpretation of the guidance)');
      expect(stdout).toMatch(/- Stage 1: Stage 1 'seek to resolve within 24 to 96 hrs' is a window/);
      expect(stdout).toMatch(/- Stages 3 and 4: The source counts stage 3's 10 working days/);
    });

    it('marks every stage the safety deadline pulls forward, stage 1 and 2 included', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30', '--safety-by', '2026-12-21T12:00']);
      expect(stdout.match(/\(pulled forward\)/g)?.length).toBe(8);
      expect(flat(stdout)).toContain('Stage 1\'s "Resolve at the latest" is pulled forward to Mon 21 Dec 2026, 12:00 by the deadline that keeps the person safe.');
      expect(stdout).toMatch(/^2 .*Mon 21 Dec 2026, 12:00$/m);
    });

    it('brings stages 3 and 4 forward with --safety-by', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30', '--safety-by', '2026-12-23T12:00']);
      expect(stdout).toMatch(/^3 .*Wed 23 Dec 2026, 12:00$/m);
      expect(stdout).not.toContain('was given (--safety-by)');
    });
  });

  describe('--json', () => {
    it('prints exactly one JSON object with the seven stages', async () => {
      const { code, stdout } = await run(['--raised', '2026-12-18T16:30', '--json']);
      expect(code).toBe(0);
      const table = JSON.parse(stdout);
      expect(table.protocol).toEqual({ id: 'north-yorkshire', name: 'North Yorkshire Professional Resolutions' });
      expect(table.audience).toBe('child');
      expect(table.raised).toBe('2026-12-18T16:30:00.000+00:00');
      expect(table.stages.map((stage: { stage: number }) => stage.stage)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(table.stages[0]).toMatchObject({
        owner: 'Professional from the referring agency',
        due: '2026-12-22T16:30:00.000+00:00',
        target: '2026-12-19T16:30:00.000+00:00',
      });
      expect(table.stages[6]).toMatchObject({
        due: '2027-01-11T23:59:59.000+00:00',
        meetingBy: '2027-01-11T23:59:59.000+00:00',
        cappedBy: 'thirteen-working-days',
      });
      for (const stage of table.stages) expect(stage.due).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    });

    it('gives the cap, the warnings, the aim and the notes in JSON', async () => {
      const { stdout } = await run(['--raised', '2026-12-18T16:30', '--safety-by', '2026-12-21T12:00', '--json']);
      const table = JSON.parse(stdout);
      expect(table.stages[0].checks.map((check: { id: string; kind: string; cappedBy?: string }) => [check.id, check.kind, check.cappedBy ?? null])).toEqual([
        ['1.target', 'aim', null],
        ['1.limit', 'deadline', 'safety'],
      ]);
      expect(table.stages[1]).toMatchObject({ due: '2026-12-21T12:00:00.000+00:00', cappedBy: 'safety' });
      expect(table.stages[0].warnings[0]).toMatch(/^Stage 1's "Aim to resolve" falls on Sat 19 Dec 2026/);
      expect(table.stages[0].notes).toContain('stage-1-window');
      expect(table.notes.find((note: { id: string }) => note.id === 'stage-1-window').stages).toEqual([1]);
      expect(table.notGiven).toEqual([expect.objectContaining({ event: 'disputedDecision' })]);
    });
  });

  describe('--ics', () => {
    it('writes an iCalendar file with one event per stage, stamped by the injected clock', async () => {
      const dir = temporaryFolder('cg-deadlines-');
      const { stdout, stderr } = await run(['--raised', '2026-12-18T16:30', '--ics', 'deadlines.ics', '--json'], {
        cwd: dir,
        now: new Date('2026-12-18T17:05:00Z'),
      });
      expect(() => JSON.parse(stdout)).not.toThrow();
      expect(stderr).toContain('Wrote 7 deadlines to deadlines.ics');
      const ics = await readFile(join(dir, 'deadlines.ics'), 'utf8');
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(7);
      expect(ics).toContain('DTSTAMP:20261218T170500Z\r\n');
      expect(ics).toContain('DTEND:20270106T235959Z\r\n');
    });
  });

  describe('calendar files', () => {
    it('uses a GOV.UK bank-holidays copy given with --holidays', async () => {
      // The copy adds a fictional bank holiday on Mon 21 Dec 2026, so the tenth
      // working day moves from Wed 6 to Thu 7 Jan 2027.
      const { stdout } = await run(['--raised', '2026-12-18T16:30', '--json', '--holidays', join(fixtures, 'gov-uk-feed-with-fictional-holiday.json')]);
      expect(JSON.parse(stdout).stages[2].due).toBe('2027-01-07T23:59:59.000+00:00');
    });

    it('adds closure days given with --closures', async () => {
      // A council closure on Tue 29 Dec 2026 also moves the tenth working day to Thu 7 Jan.
      const { stdout } = await run(['--raised', '2026-12-18T16:30', '--closures', join(fixtures, 'council-closure.yaml')]);
      expect(stdout).toMatch(/^3 .*Thu 7 Jan 2027, 23:59$/m);
      expect(stdout).toContain('closure: Council Christmas closure');
    });

    it('reports a malformed holidays file with its location and a hint', async () => {
      const error = await usageError(['--raised', '2026-12-18T16:30', '--holidays', join(fixtures, 'malformed-gov-uk-feed.json')]);
      expect(error.message).toMatch(/malformed-gov-uk-feed\.json:\d+:\d+: .*2026-12-32/);
      expect(error.hint).toMatch(/gov\.uk\/bank-holidays\.json/);
    });

    it('reports a holidays file that does not exist', async () => {
      const error = await usageError(['--raised', '2026-12-18T16:30', '--holidays', 'no-such-file.json']);
      expect(error.message).toBe('Cannot read the bank-holidays file no-such-file.json: there is no such file.');
    });
  });

  describe('--protocol', () => {
    it("computes another partnership's protocol from a file, with its own events", async () => {
      const { stdout } = await run([
        '--raised', '2026-12-18T16:30',
        '--protocol', join(fixtures, 'four-stage.protocol.json'),
        '--event', 'managersMet=2026-12-21T10:00',
      ]);
      expect(stdout).toContain('Example Partnership Escalation Protocol');
      expect(stdout).toContain('Thu 24 Dec 2026, 10:00'); // 72 h after the managers met
      expect(stdout).toMatch(/\(set it with\s+--leads-reviewed\)/);
    });

    it('refuses an unknown protocol, listing the built-in ones', async () => {
      const error = await usageError(['--raised', '2026-12-18T16:30', '--protocol', 'atlantis']);
      expect(error.message).toBe('There is no built-in protocol or readable file called "atlantis".');
      expect(error.hint).toContain('north-yorkshire');
    });

    it("refuses a North Yorkshire event option for a protocol that has no such event, naming the protocol's own", async () => {
      const error = await usageError(['--raised', '2026-12-18T16:30', '--protocol', join(fixtures, 'four-stage.protocol.json'), '--stage5-referral', '2026-12-21T10:00']);
      expect(error.message).toBe("Unknown option '--stage5-referral'.");
      expect(error.hint).toContain('The events of Example Partnership Escalation Protocol are set with');
      expect(error.hint).toContain('--managers-met, --leads-reviewed, --safety-by');
    });

    it('still refuses an event the protocol has not got when given with --event', async () => {
      const error = await usageError(['--raised', '2026-12-18T16:30', '--protocol', join(fixtures, 'four-stage.protocol.json'), '--event', 'stage5Referral=2026-12-21T10:00']);
      expect(error.message).toContain('has no event called "stage5Referral"');
    });

    it('reports every problem of a broken protocol file at its line and column', async () => {
      const dir = temporaryFolder('cg-protocol-');
      const broken = JSON.parse(await readFile(join(fixtures, 'four-stage.protocol.json'), 'utf8'));
      delete broken.stages[0].owner;
      broken.stages[1].deadlines[0].rule = { calendarDaysAfter: 5, from: 'raised' };
      await writeFile(join(dir, 'broken.protocol.json'), JSON.stringify(broken, null, 2));
      const error = await usageError(['--raised', '2026-12-18T16:30', '--protocol', 'broken.protocol.json'], { cwd: dir });
      expect(error.message).toMatch(/^broken\.protocol\.json is not a protocol this version can use:\nbroken\.protocol\.json:\d+:\d+: error: stages\[0\]\.owner is missing\./);
      expect(error.message).toMatch(/broken\.protocol\.json:\d+:\d+: error: stages\[1\]\.deadlines\[0\]\.rule is not a rule this format knows\./);
    });

    it("names the protocol's own event options and routes in --help", async () => {
      const { stdout } = await run(['--protocol', join(fixtures, 'four-stage.protocol.json'), '--help']);
      expect(stdout).toContain('--managers-met TIME');
      expect(stdout).toContain('--audience child');
      expect(stdout).not.toContain('--stage5-referral');
    });
  });

  describe('bad input', () => {
    it('refuses an impossible date with a hint', async () => {
      const error = await usageError(['--raised', '2026-02-30T10:00']);
      expect(error.message).toContain('2026-02-30');
      expect(error.hint).toMatch(/YYYY-MM-DD/);
      expect(error.exitCode).toBe(2);
    });

    it('refuses a referral before the disagreement was raised', async () => {
      const error = await usageError(['--raised', '2026-12-18T16:30', '--stage5-referral', '2026-12-17T10:00']);
      expect(error.message).toContain('is before the disagreement was raised');
    });

    it('refuses an unknown option', async () => {
      const error = await usageError(['--raised', '2026-12-18T16:30', '--colour']);
      expect(error.message).toBe("Unknown option '--colour'.");
      expect(error.hint).toContain('--help');
    });

    it('refuses a missing --raised', async () => {
      expect((await usageError([])).message).toMatch(/--raised is required/);
    });

    it('refuses an option without its value', async () => {
      expect((await usageError(['--raised'])).message).toMatch(/argument missing/);
    });

    it('refuses a malformed --event', async () => {
      expect((await usageError(['--raised', '2026-12-18T16:30', '--event', 'panelMeeting'])).message).toMatch(/NAME=TIME/);
    });
  });

  it('prints its options for --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: common-ground deadlines --raised TIME');
    for (const option of ['--audience', '--stage1-concluded', '--stage4-discussion', '--stage5-referral', '--panel-meeting', '--safety-by', '--protocol', '--holidays', '--closures', '--json', '--ics']) {
      expect(stdout).toContain(option);
    }
  });
});
