/**
 * xAPI from a scenario's package, with real parts: the package built by the
 * CLI as a user would (`package scorm … --xapi-endpoint --xapi-auth`),
 * served from 127.0.0.1 and played in Debian's Chromium, its statements
 * sent across origins (through the launch page's security policy and CORS)
 * to a recording record store on another port of 127.0.0.1, and each
 * checked there against the xAPI 1.0.3 data model's rules. The learner's
 * writing goes only with their opt-in; statements wait in the browser
 * while the store is down or out of reach, survive a reload, and arrive
 * once each when it is back; a cmi5 launch's parameters are followed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/built-cli.js';
import { launchChromium } from '../support/chromium.js';
import { recordPageErrors } from '../support/page-errors.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';
import { recommendedClosingTooSoon, type RouteStep } from '../site/play-route.js';
import { statementProblems } from '../../engine/lms/xapi/xapi-statement-rules.js';
import { startRecordingLrs, type RecordedStatement, type RecordingLrs } from './support/xapi-recording-lrs.js';

const AUTH = 'Basic dGVzdDp0ZXN0';
const SHOTS = '/work/notes/shots/18';
const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  responded: 'http://adlnet.gov/expapi/verbs/responded',
  metDeadline: 'https://common-ground.example.org/xapi/verbs/met-deadline',
  missedDeadline: 'https://common-ground.example.org/xapi/verbs/missed-deadline',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TEXTS = recommendedClosingTooSoon.flatMap((step) => (typeof step === 'string' ? [] : [step.text]));
/** The recommended route's statements without writing: six choices, stage 1's limit met (its 24 hours is an aim, not reported), the pass. */
const ROUTE_STATEMENTS = 8;

let dir = '';
let lrs: RecordingLrs;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  lrs = await startRecordingLrs();
  dir = mkdtempSync(join(tmpdir(), 'cg-xapi-'));
  const zipPath = join(dir, 'closing-too-soon.zip');
  const built = spawnSync(process.execPath, [cli, 'package', 'scorm', 'closing-too-soon', '-o', zipPath, '--xapi-endpoint', lrs.endpoint, '--xapi-auth', AUTH], {
    encoding: 'utf8',
    env: { ...process.env, COMMON_GROUND_SITE_URL: '' },
  });
  expect(built.status, built.stderr).toBe(0);
  expect(built.stdout).toContain(`xAPI to ${lrs.endpoint}`);
  const site = join(dir, 'package');
  mkdirSync(site, { recursive: true });
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipPath)))) writeFileSync(join(site, name), bytes);
  server = await startStaticServer({ root: site });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await lrs?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A fresh browser profile with the package open, and every console error it reports (a CSP refusal is one). */
async function openPackage(query = ''): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${server.origin}/index.html${query}`);
  await page.locator('.player[data-loaded="true"]').waitFor();
  return { context, page, errors };
}

async function play(page: Page, steps: readonly RouteStep[]): Promise<void> {
  for (const step of steps) {
    if (typeof step === 'string') await page.locator(`button[data-choice="${step}"]`).click();
    else await page.locator(`textarea[data-prompt="${step.write}"]`).fill(step.text);
  }
}

/** What the page has waiting in its queue. */
const queued = (page: Page) => page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"items":[]}') as { items: unknown[] }).items.length, `common-ground:xapi:queue:${lrs.endpoint}`);

const verbs = (recorded: readonly RecordedStatement[]) => recorded.map((entry) => entry.statement.verb.id as string);
const ids = (recorded: readonly RecordedStatement[]) => recorded.map((entry) => entry.statement.id as string);

/** Waits until the store has the completion and at least `count` statements. */
async function untilCompleted(count: number): Promise<void> {
  await expect.poll(() => lrs.statements.length >= count && verbs(lrs.statements).includes(VERBS.passed), { timeout: 30_000 }).toBe(true);
}

function expectValid(recorded: readonly RecordedStatement[], options: { resent: boolean } = { resent: false }): void {
  for (const { statement } of recorded) expect(statementProblems(statement), JSON.stringify(statement, null, 1)).toEqual([]);
  expect(new Set(ids(recorded)).size, 'each statement is stored once').toBe(recorded.length);
  if (!options.resent) expect(lrs.conflicts, 'no statement is sent again once stored').toBe(0);
}

/** Keeps one recorded statement of a kind for the issue's closing note, when the notes folder is there. */
function keep(kind: string, recorded: RecordedStatement | undefined): void {
  if (!existsSync('/work/notes') || !recorded) return;
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, `xapi-${kind}.json`), `${JSON.stringify(recorded.statement, null, 2)}\n`);
}

describe('xAPI from a package', () => {
  it('sends each choice, each deadline met and the completion, valid, with the package’s credentials, and nothing written', async () => {
    lrs.clear();
    const { context, page, errors } = await openPackage();
    expect(await page.locator('.lms-xapi').textContent()).toContain('What you write is not sent unless you tick the box');
    expect(await page.locator('input[data-xapi-opt-in]').isChecked()).toBe(false);
    await play(page, recommendedClosingTooSoon);
    await untilCompleted(ROUTE_STATEMENTS);

    const recorded = [...lrs.statements];
    expect(recorded).toHaveLength(ROUTE_STATEMENTS);
    expectValid(recorded);
    expect(verbs(recorded)).toEqual([...Array(6).fill(VERBS.answered), VERBS.metDeadline, VERBS.passed]);
    for (const { headers } of recorded) {
      expect(headers.authorization).toBe(AUTH);
      expect(headers['x-experience-api-version']).toBe('1.0.3');
      expect(headers['content-type']).toMatch(/^application\/json/);
    }
    // One anonymous learner, on the package's own origin, and one attempt.
    const actors = new Set(recorded.map(({ statement }) => JSON.stringify(statement.actor)));
    expect(actors.size).toBe(1);
    const actor = recorded[0]!.statement.actor;
    expect(actor).toEqual({ objectType: 'Agent', account: { homePage: server.origin, name: expect.stringMatching(UUID) } });
    expect(new Set(recorded.map(({ statement }) => statement.context.registration)).size).toBe(1);
    expect(recorded[0]!.statement.context.registration).toMatch(UUID);
    // The choices, with the scene and stage, graded.
    const choices = recorded.filter(({ statement }) => statement.verb.id === VERBS.answered);
    expect(choices.map(({ statement }) => statement.result.response)).toEqual(recommendedClosingTooSoon.filter((step): step is string => typeof step === 'string'));
    expect(choices.every(({ statement }) => statement.result.success === true && statement.context.extensions['https://common-ground.example.org/xapi/extensions/stage'] === 1)).toBe(true);
    const completion = recorded.at(-1)!.statement;
    expect(completion.result).toMatchObject({ completion: true, success: true, duration: expect.stringMatching(/^PT/) });
    expect(completion.result.score.scaled).toBe(completion.result.score.raw / 100);
    // Nothing the learner wrote left the browser.
    const sent = JSON.stringify(recorded);
    for (const text of TEXTS) expect(sent).not.toContain(text);
    await expect.poll(() => queued(page), { message: 'the queue empties once the store answers' }).toBe(0);
    expect(errors).toEqual([]);

    keep('choice', choices[0]);
    keep('deadline', recorded.find(({ statement }) => statement.verb.id === VERBS.metDeadline));
    keep('completion', recorded.at(-1));
    await context.close();
  });

  it('with the learner’s opt-in, sends each thing written as its own statement, and remembers the choice', async () => {
    lrs.clear();
    const { context, page, errors } = await openPackage();
    await page.locator('input[data-xapi-opt-in]').check();
    await page.reload();
    await page.locator('.player[data-loaded="true"]').waitFor();
    expect(await page.locator('input[data-xapi-opt-in]').isChecked()).toBe(true);
    await play(page, recommendedClosingTooSoon);
    await untilCompleted(ROUTE_STATEMENTS + TEXTS.length);

    const recorded = [...lrs.statements];
    expectValid(recorded);
    const written = recorded.filter(({ statement }) => statement.verb.id === VERBS.responded);
    expect(written.map(({ statement }) => statement.result.response)).toEqual(TEXTS);
    expect(written.map(({ statement }) => statement.object.definition.interactionType)).toEqual(['long-fill-in', 'long-fill-in', 'long-fill-in']);
    // Only those statements carry the words.
    const others = JSON.stringify(recorded.filter(({ statement }) => statement.verb.id !== VERBS.responded));
    for (const text of TEXTS) expect(others).not.toContain(text);
    expect(recorded).toHaveLength(ROUTE_STATEMENTS + TEXTS.length);
    keep('reflection', written[0]);

    await page.locator('input[data-xapi-opt-in]').uncheck();
    expect(await page.evaluate(() => localStorage.getItem('common-ground:xapi:include-writing'))).toBe('no');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps statements while the store is down or out of reach, over a reload, and sends each once when it is back', async () => {
    lrs.clear();
    lrs.setMode('unavailable');
    const { context, page } = await openPackage();
    await play(page, recommendedClosingTooSoon.slice(0, 4));
    await expect.poll(() => lrs.failedPosts, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => queued(page)).toBe(3);
    expect(lrs.statements).toEqual([]);
    await expect.poll(() => page.locator('[data-xapi-notice]').textContent()).toContain('3 records of your progress are waiting');

    // A reload does not lose them; the store closing connections without an answer does not either.
    await page.reload();
    await page.locator('.player[data-loaded="true"]').waitFor();
    expect(await queued(page)).toBe(3);
    lrs.setMode('close');
    const failedBefore = lrs.failedPosts;
    await play(page, recommendedClosingTooSoon.slice(4, 6));
    await expect.poll(() => lrs.failedPosts, { timeout: 15_000 }).toBeGreaterThan(failedBefore);
    await expect.poll(() => queued(page)).toBe(4);

    // Offline in the browser's own eyes, then back: the `online` event sends at once.
    await context.setOffline(true);
    await play(page, recommendedClosingTooSoon.slice(6, 7));
    await expect.poll(() => queued(page)).toBe(5);
    lrs.setMode('ok');
    await context.setOffline(false);
    await expect.poll(() => lrs.statements.length, { timeout: 15_000 }).toBe(5);
    // The store records a batch before its answer reaches the page, which empties the queue only then.
    await expect.poll(() => queued(page)).toBe(0);

    await play(page, recommendedClosingTooSoon.slice(7));
    await untilCompleted(ROUTE_STATEMENTS);
    const recorded = [...lrs.statements];
    expect(recorded).toHaveLength(ROUTE_STATEMENTS);
    expectValid(recorded);
    expect(verbs(recorded)).toEqual([...Array(6).fill(VERBS.answered), VERBS.metDeadline, VERBS.passed]);
    // The waiting ones went together, in the order they were made.
    expect(recorded.slice(0, 5).every((entry) => entry.post === recorded[0]!.post)).toBe(true);
    await expect.poll(() => page.locator('[data-xapi-notice]').count()).toBe(0);
    await context.close();
  });

  it('takes a 409 as already recorded and drops a statement the store refuses, saying so, without looping', async () => {
    lrs.clear();
    const { context, page } = await openPackage();
    await play(page, recommendedClosingTooSoon.slice(0, 3));
    await expect.poll(() => lrs.statements.length, { timeout: 15_000 }).toBe(2);

    // The browser loses its note of what it reported: the reload reports the play again, with the same ids.
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), reported: null })), 'common-ground:xapi:attempt:closing-too-soon');
    lrs.refuse = (statement) => statement.result?.response === 'call-bea';
    await page.reload();
    await page.locator('.player[data-loaded="true"]').waitFor();
    await play(page, recommendedClosingTooSoon.slice(3, 4));
    // Sent again as a batch, refused for its known ids, then one by one: each known one is dropped as already recorded.
    await expect.poll(() => lrs.refused, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => queued(page)).toBe(0);
    expect(lrs.conflicts).toBeGreaterThanOrEqual(2);
    expect(lrs.statements.map(({ statement }) => statement.result.response)).toEqual(['ask-for-time-tomorrow', 'start-with-amara']);
    expectValid(lrs.statements, { resent: true });
    await expect.poll(() => page.locator('[data-xapi-notice]').textContent()).toContain('The learning record store refused 1 record of your progress (error 400');
    const refusals = lrs.refused;

    // The refused statement is not sent again; the next move's statement goes as usual.
    lrs.refuse = () => false;
    await play(page, recommendedClosingTooSoon.slice(4, 6));
    await expect.poll(() => lrs.statements.length, { timeout: 15_000 }).toBe(3);
    expect(lrs.refused).toBe(refusals);
    expect(lrs.statements.at(-1)!.statement.result.response).toBe('acknowledge-and-propose');
    await context.close();
  });

  it('follows a cmi5 launch: its record store, actor, registration and activity, with the token its fetch address gives once', async () => {
    lrs.clear();
    const actor = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-42' } };
    const registration = 'c0ffee00-1234-4abc-8def-00000000c315';
    const activityId = 'https://lms.example.org/courses/7/au/closing-too-soon';
    const query = `?${new URLSearchParams({ endpoint: lrs.endpoint, fetch: `${lrs.origin}/cmi5/fetch`, actor: JSON.stringify(actor), registration, activityId })}`;
    const { context, page, errors } = await openPackage(query);
    await play(page, recommendedClosingTooSoon.slice(0, 1));
    await expect.poll(() => lrs.statements.length, { timeout: 15_000 }).toBe(1);
    // A reload of the same launch does not ask the fetch address again (it would refuse).
    await page.reload();
    await page.locator('.player[data-loaded="true"]').waitFor();
    await play(page, recommendedClosingTooSoon.slice(1, 3));
    await expect.poll(() => lrs.statements.length, { timeout: 15_000 }).toBe(2);

    expect(lrs.cmi5.fetches).toBe(1);
    expectValid(lrs.statements);
    for (const { statement, headers } of lrs.statements) {
      expect(headers.authorization).toBe(`Basic ${lrs.cmi5.token}`);
      expect(statement.actor).toEqual(actor);
      expect(statement.context.registration).toBe(registration);
      expect(statement.context.contextActivities.parent[0].id).toBe(activityId);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
