/**
 * A scenario's SCORM 1.2 package, with real parts: built by the CLI as a
 * user would (`package scorm`), its zip opened and its manifest read by
 * Chromium's own XML parser, then played in a frame of a test platform that
 * hosts scorm-again's SCORM 1.2 API (served from 127.0.0.1). Played to an
 * ending it reports the status, score and session time; reloaded in the
 * middle of a play it resumes from the suspend data. Opened from a folder
 * (`file://`), with no platform, it still plays and keeps its place in the
 * browser. The package makes no request outside itself.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../support/built-cli.js';
import { axeViolationsIn, formatViolations } from '../support/axe.js';
import { launchChromium } from '../support/chromium.js';
import { recordPageErrors } from '../support/page-errors.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';
import { recommendedClosingTooSoon } from '../site/play-route.js';

const require = createRequire(import.meta.url);
const here = dirname(new URL(import.meta.url).pathname);
const SHOTS = '/work/notes/shots/18';

let dir = '';
let zip: Record<string, Uint8Array> = {};
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cg-scorm-'));
  const built = spawnSync(process.execPath, [cli, 'package', 'scorm', 'closing-too-soon', '-o', join(dir, 'closing-too-soon.zip')], { encoding: 'utf8', env: { ...process.env, COMMON_GROUND_SITE_URL: '' } });
  expect(built.status, built.stderr).toBe(0);
  zip = unzipSync(readFileSync(join(dir, 'closing-too-soon.zip')));
  // The platform's folder: its page and scorm-again, with the package unzipped under pkg/.
  const site = join(dir, 'platform');
  mkdirSync(join(site, 'pkg'), { recursive: true });
  for (const [name, bytes] of Object.entries(zip)) writeFileSync(join(site, 'pkg', name), bytes);
  copyFileSync(join(here, 'support/test-platform.html'), join(site, 'index.html'));
  copyFileSync(join(here, 'support/test-platform.js'), join(site, 'test-platform.js'));
  // The package's own exports name no file; its built browser script sits beside its package.json.
  copyFileSync(join(dirname(require.resolve('scorm-again/package.json')), 'dist/scorm12.min.js'), join(site, 'scorm12.min.js'));
  server = await startStaticServer({ root: site });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The package's frame, once its player has loaded. */
async function packageFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe#sco').elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.locator('.player[data-loaded="true"]').waitFor();
  return frame!;
}

async function play(frame: Frame, steps: typeof recommendedClosingTooSoon): Promise<void> {
  for (const step of steps) {
    if (typeof step === 'string') await frame.locator(`button[data-choice="${step}"]`).click();
    else await frame.locator(`textarea[data-prompt="${step.write}"]`).fill(step.text);
  }
}

/** axe's WCAG 2.2 AA violations in a frame, as lines ('' when none); no preload, which the package's CSP (rightly) refuses. */
async function axeOnFrame(frame: Frame): Promise<string> {
  return formatViolations(await axeViolationsIn(frame, { inject: true, preload: false }));
}

const cmi = (page: Page) => page.evaluate(() => (window as unknown as { platformCmi: () => Record<'lesson_status' | 'score_raw' | 'score_min' | 'score_max' | 'session_time' | 'exit' | 'lesson_location' | 'suspend_data', string> }).platformCmi());

describe('the SCORM 1.2 package', () => {
  it('holds a manifest naming the package, its one SCO and every file, and nothing else', async () => {
    expect(Object.keys(zip).sort()).toEqual(['imsmanifest.xml', 'index.html', 'player.css', 'player.js', 'scenario.js']);
    const page = await browser.newPage();
    const manifest = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
      const adlcp = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
      const root = doc.documentElement;
      const resource = doc.getElementsByTagName('resource')[0]!;
      return {
        namespace: root.namespaceURI,
        identifier: root.getAttribute('identifier'),
        schema: doc.getElementsByTagName('schema')[0]?.textContent,
        version: doc.getElementsByTagName('schemaversion')[0]?.textContent,
        organisation: doc.getElementsByTagName('organizations')[0]?.getAttribute('default'),
        organisations: [...doc.getElementsByTagName('organization')].map((entry) => entry.getAttribute('identifier')),
        item: doc.getElementsByTagName('item')[0]?.getAttribute('identifierref'),
        title: doc.getElementsByTagName('title')[0]?.textContent,
        resource: resource.getAttribute('identifier'),
        scormType: resource.getAttributeNS(adlcp, 'scormtype'),
        launch: resource.getAttribute('href'),
        files: [...resource.getElementsByTagName('file')].map((file) => file.getAttribute('href')),
      };
    }, new TextDecoder().decode(zip['imsmanifest.xml']));
    await page.close();
    expect(manifest).toEqual({
      namespace: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
      identifier: 'common-ground-closing-too-soon',
      schema: 'ADL SCORM',
      version: '1.2',
      organisation: 'common-ground-closing-too-soon-organisation',
      organisations: ['common-ground-closing-too-soon-organisation'],
      item: 'common-ground-closing-too-soon-sco',
      title: 'Closing too soon',
      resource: 'common-ground-closing-too-soon-sco',
      scormType: 'sco',
      launch: 'index.html',
      files: ['index.html', 'player.js', 'player.css', 'scenario.js'],
    });
    // Where the scenario sat on the author's computer is not in the package.
    expect(new TextDecoder().decode(zip['scenario.js'])).not.toContain(dir);
    expect(new TextDecoder().decode(zip['scenario.js'])).not.toMatch(/"file":"\//);
  });

  it('plays to an ending in a platform, reporting status, score and session time, and resumes after a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.origin}/`);
    let frame = await packageFrame(page);
    expect(await frame.locator('.lms-banner').textContent()).toContain('recorded by your learning platform');
    expect((await cmi(page)).lesson_status).toBe('incomplete');

    // Half way through, the learner reloads the page: the platform hands back the suspend data.
    await play(frame, recommendedClosingTooSoon.slice(0, 4));
    const before = await frame.locator('.player').getAttribute('data-node');
    const saved = await cmi(page);
    expect(saved.lesson_location).toBe(before);
    expect(saved.suspend_data.length).toBeGreaterThan(0);
    // This browser's own copy is taken away first, so the place can only come back from the platform.
    await frame.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('common-ground')) localStorage.removeItem(key);
    });
    await page.reload();
    frame = await packageFrame(page);
    expect(await frame.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':session:')))).toEqual([]);
    expect(await frame.locator('.player').getAttribute('data-node')).toBe(before);
    expect(await frame.locator('.player').textContent()).toContain('Welcome back');
    expect(await frame.locator('textarea[data-prompt="plan-the-call"]').count()).toBe(0);

    // On to the ending: passed (a good ending), with a score, and on leaving the time spent.
    await play(frame, recommendedClosingTooSoon.slice(4));
    await frame.locator('.player[data-node]').waitFor();
    await expect.poll(async () => (await cmi(page)).lesson_status).toBe('passed');
    const ended = await cmi(page);
    expect(Number(ended.score_raw)).toBeGreaterThanOrEqual(0);
    expect(Number(ended.score_raw)).toBeLessThanOrEqual(100);
    expect([ended.score_min, ended.score_max]).toEqual(['0', '100']);
    await frame.getByText('Principles of good challenge').waitFor();
    expect(await axeOnFrame(frame), 'axe on the debrief in the platform').toBe('');
    const notes = existsSync('/work/notes');
    if (notes) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'test-platform-at-the-ending.png'), fullPage: true });
    }
    // The learner leaves: the package finishes the attempt with the time spent.
    await page.locator('iframe#sco').evaluate((frameElement: HTMLIFrameElement) => (frameElement.src = 'about:blank'));
    await expect.poll(async () => (await cmi(page)).session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect((await cmi(page)).exit).toBe('');
    if (notes) await page.screenshot({ path: join(SHOTS, 'test-platform-after-completion.png'), fullPage: true });
    // Nothing was fetched from outside the platform's own address.
    expect(requests.filter((url) => !url.startsWith(server.origin) && url !== 'about:blank')).toEqual([]);
    await page.close();
  });

  it('plays from a folder opened from disk, with no platform, and keeps its place in this browser', async () => {
    const folder = join(dir, 'unzipped');
    mkdirSync(folder, { recursive: true });
    for (const [name, bytes] of Object.entries(zip)) writeFileSync(join(folder, name), bytes);
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = recordPageErrors(page);
    await page.goto(`file://${folder}/index.html`);
    await page.locator('.player[data-loaded="true"]').waitFor();
    expect(await page.locator('.lms-banner').textContent()).toContain('No learning platform found');
    expect(await axeOnFrame(page.mainFrame()), 'axe on the first scene').toBe('');
    await page.locator('button[data-choice="ask-for-time-tomorrow"]').click();
    const node = await page.locator('.player').getAttribute('data-node');
    await page.reload();
    await page.locator('.player[data-loaded="true"]').waitFor();
    expect(await page.locator('.player').getAttribute('data-node')).toBe(node);
    expect(errors).toEqual([]);
    await context.close();
  });
});
