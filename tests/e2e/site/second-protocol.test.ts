/**
 * The whole product on the bundled second protocol (the four-stage,
 * children-only example template), as a user would run it: the deadlines
 * command's JSON and .ics, validate, test, play --plain to the debrief and
 * case audit from the built CLI, then the site's calculator (choosing the
 * protocol) and player in Chromium. Nothing here names North Yorkshire.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlan } from '../../../engine/index.js';
import { cli, root } from '../../support/built-cli.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { CalculatorPage } from './pages/calculator-page.js';
import { PlayerPage } from './pages/player-page.js';

const SCENARIO = 'scenarios/a-working-week.mdx';
const PLAN = 'scenarios/a-working-week.plan.yaml';
const CASE = 'scenarios/cases/a-working-week.case.yaml';
const dataDir = mkdtempSync(join(tmpdir(), 'cg-second-protocol-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function common(args: string[], input?: string) {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
    env: { ...process.env, COMMON_GROUND_DATA_DIR: dataDir, NO_COLOR: '1' },
  });
}

/** The first route of the scenario's test plan: the steps a learner takes. */
const route = parsePlan(readFileSync(join(root, PLAN), 'utf8'), PLAN).plan!.routes[0]!;

describe('the example template protocol, end to end in the terminal', () => {
  it('computes its four stages as JSON and as a calendar, with its own event options', () => {
    const json = common(['deadlines', '--protocol', 'example-template', '--raised', '2026-12-18T16:30', '--json']);
    expect(json.status).toBe(0);
    const table = JSON.parse(json.stdout);
    expect(table.stages.map((stage: { stage: number }) => stage.stage)).toEqual([1, 2, 3, 4]);
    expect(table.stages[0].due).toBe('2026-12-29T23:59:59.000+00:00');
    const ics = join(dataDir, 'four.ics');
    const written = common(['deadlines', '--protocol', 'example-template', '--raised', '2026-12-18T16:30', '--safety-by', '2026-12-21T12:00', '--ics', ics]);
    expect(written.status).toBe(0);
    const calendar = readFileSync(ics, 'utf8');
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(calendar).toContain('DTEND:20261221T120000Z');
  });

  it('validates the scenario and passes every route of its plan', () => {
    const validate = common(['validate', SCENARIO]);
    expect(validate.stdout).toBe('1 file, 0 errors, 0 warnings\n');
    const test = common(['test', SCENARIO]);
    expect(test.status).toBe(0);
    expect(test.stdout).toMatch(/^\d+ routes, (\d+) passed, 0 failed$/m);
  });

  it('plays the scenario in plain mode to its debrief', () => {
    const result = common(['play', 'a-working-week', '--plain'], `${Array.from({ length: 40 }, () => '1').join('\n')}\n`);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Debrief: /m);
    expect(result.stdout).toContain('Example four-stage protocol (a template to adapt)');
  });

  it('audits the case file against the protocol it names', () => {
    const audit = common(['case', 'audit', CASE, '--json']);
    expect(audit.stderr).toBe('');
    expect([0, 1]).toContain(audit.status);
    const result = JSON.parse(audit.stdout);
    expect(result.protocol.id).toBe('example-template');
    expect(result.stages).toHaveLength(4);
  });
});

describe('the example template protocol, end to end on the site', () => {
  const site = useBuiltSite();

  it('is chosen in the calculator, which then asks for its own events and shows its four stages', async () => {
    const calculator = new CalculatorPage(await site.newPage(), site.origin);
    await calculator.open();
    await calculator.page.getByLabel('Which process').selectOption('example-template');
    await calculator.fill('When the disagreement was raised', '2026-12-18T16:30');
    expect(await calculator.field('First line managers\' discussion ended (optional)').count()).toBe(1);
    expect(await calculator.field('Stage 5 referral made (optional)').count()).toBe(0);
    await calculator.submit();
    const rows = await calculator.resultRows();
    expect(rows).toHaveLength(4);
    expect(rows[0]!.join(' ')).toContain('Tue 29 Dec 2026, 23:59');
  });

  it('plays the scenario, its stage citations linking to the protocol page', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('a-working-week');
    for (const step of route.steps) {
      if (step.kind === 'choose') await player.choose(step.choice);
      else if (step.kind === 'write') await player.write(step.id, step.text);
      else if (step.kind === 'continue') await player.continueOn();
    }
    await player.page.locator('.player-debrief').waitFor();
    expect(await player.nodeId()).toBe(route.expect.ending);
    const stageLinks = await player.page.locator('a[href*="#stage-"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(stageLinks.length).toBeGreaterThan(0);
    for (const href of stageLinks) expect(href).toMatch(/^\/protocols\/example-template\/#stage-[1-4]$/);
    const page = await site.newPage();
    await page.goto(`${site.origin}${stageLinks[0]!}`);
    expect(await page.locator(stageLinks[0]!.slice(stageLinks[0]!.indexOf('#'))).count()).toBe(1);
  });
});
