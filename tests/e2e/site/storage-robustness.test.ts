/**
 * Damaged and refusing browser storage beyond what the player and log
 * tests cover: stored values that are valid JSON but the wrong shape or
 * version, a session for another scenario or from a future format, a
 * damaged log met on the player page (where reflections are written into
 * it), a log with one unreadable entry, storage filled to its real quota,
 * and storage switched off. Each time the page still loads, says what
 * happened, keeps every readable thing, sets the bad value aside under a
 * `:corrupt:` key only once a copy is safe (or leaves it untouched), offers
 * what it could not keep as a download, and never throws.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/use-built-site.js';
import { fillLocalStorage, freeLocalStorage, storeBeforeLoad, storedValues } from './pages/browser-storage.js';
import { LogPage } from './pages/log-page.js';
import { PlayerPage } from './pages/player-page.js';

const site = useBuiltSite();
const sessionKey = 'common-ground:v1:session:closing-too-soon';
const logKey = 'common-ground:v1:reflective-log';

/** Uncaught errors on a page, collected from the moment this is called. */
function uncaughtErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Starts recording the player's alert region: the text it holds after each
 * change a screen reader would announce. Returns a function that gives the
 * texts so far (empty texts left out).
 */
async function watchAlertRegion(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const region = document.querySelector('.player > [role="alert"]');
    if (!region) throw new Error('The player has no alert region.');
    const texts: string[] = [];
    (window as unknown as { alertTexts: string[] }).alertTexts = texts;
    new MutationObserver(() => {
      const text = region.textContent?.trim() ?? '';
      if (text !== '') texts.push(text);
    }).observe(region, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { alertTexts: string[] }).alertTexts]);
}

/** A stored log of two readable entries and, between them, one that cannot be read. */
function logWithOneBadEntry(): string {
  const entry = { scenarioId: 'closing-too-soon', scenarioTitle: 'Closing too soon', kind: 'reflect', phase: 'before', prompt: 'What do you want to achieve?', updatedAt: '2026-11-25T10:00:00.000Z' };
  const entries = [
    { ...entry, promptId: 'plan-the-call', text: 'Bring the attendance figures.' },
    { ...entry, promptId: 'broken', text: { not: 'text' } },
    { ...entry, promptId: 'call-record', kind: 'record', text: 'Closure postponed.' },
  ];
  return JSON.stringify({ envelope: 1, kind: 'reflective-log', savedAt: entry.updatedAt, data: { formatVersion: 1, entries } });
}

/** The two screens every notice is checked and photographed on. */
const widths = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Valid JSON that is not a usable saved session, and why. */
const BAD_SESSIONS: Record<string, string> = {
  'JSON that is not ours': '{"hello":"world"}',
  'a list': '[1,2,3]',
  'an envelope from a future storage format': '{"envelope":99,"kind":"session","savedAt":"2026-12-18T10:00:00Z","data":"{}"}',
  'a session from a future session format': JSON.stringify({
    envelope: 1,
    kind: 'session',
    savedAt: '2026-12-18T10:00:00Z',
    data: JSON.stringify({ formatVersion: 99, scenarioId: 'closing-too-soon', scenarioDigest: 'x', steps: [] }),
  }),
  'steps of the wrong type': JSON.stringify({
    envelope: 1,
    kind: 'session',
    savedAt: '2026-12-18T10:00:00Z',
    data: JSON.stringify({ formatVersion: 1, scenarioId: 'closing-too-soon', scenarioDigest: 'x', steps: 'all of them' }),
  }),
};

describe('scenario player with damaged storage', () => {
  it('sets aside every kind of unusable saved session, says so, and still plays', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('closing-too-soon');
    for (const [what, value] of Object.entries(BAD_SESSIONS)) {
      await player.page.evaluate(() => localStorage.clear());
      await player.setStorage(sessionKey, value);
      await player.reload();
      await expect.poll(async () => (await player.notices()).join(' '), { message: what, timeout: 10_000 }).not.toBe('');
      const storage = await player.storage();
      const setAside = Object.keys(storage).filter((key) => key.startsWith(`${sessionKey}:corrupt:`));
      expect(setAside, what).toHaveLength(1);
      expect(storage[setAside[0]!], what).toBe(value);
      expect((await player.choiceIds()).length, what).toBeGreaterThan(0);
    }
  });

  it('keeps writing reflections when the reflective log it adds to is damaged', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('closing-too-soon');
    await player.page.evaluate(() => localStorage.clear());
    await player.setStorage(logKey, '{"envelope":1,"kind":"reflective-log","savedAt":"x","data":{"entries":"broken"}}');
    await player.reload();
    await player.choose('ask-for-time-tomorrow');
    await player.write('plan-the-call', 'Bring the attendance figures.');
    expect(await player.promptValue('plan-the-call')).toBe('Bring the attendance figures.');
    // The damaged log is kept aside, and a readable log now holds the new reflection.
    await player.page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('Bring the attendance figures.'), logKey);
    const storage = await player.storage();
    expect(Object.keys(storage).some((key) => key.startsWith(`${logKey}:corrupt:`))).toBe(true);

    const log = new LogPage(player.page, site.origin);
    await log.open();
    expect(Object.values(await log.entries())).toContain('Bring the attendance figures.');
  });
});

describe('reflective log with damaged storage', () => {
  it('sets aside a log that is valid JSON of the wrong shape, with a message', async () => {
    const log = new LogPage(await site.newPage(), site.origin);
    const value = '{"envelope":1,"kind":"reflective-log","savedAt":"x","data":[1,2,3]}';
    // Stored before the page's first load: the island's one read meets it.
    await storeBeforeLoad(log.page, { [logKey]: value });
    await log.open();
    await expect.poll(async () => (await log.notices()).join(' '), { timeout: 10_000 }).toMatch(/^Your saved reflective log could not be read \(.+\), so it was set aside under ".*:corrupt:.*" in this browser's storage and a new log has started\./);
    const storage = await storedValues(log.page);
    const setAside = Object.keys(storage).filter((key) => key.startsWith(`${logKey}:corrupt:`));
    expect(setAside).toHaveLength(1);
    expect(storage[setAside[0]!]).toBe(value);
  });
});

describe('reflective log with one unreadable entry', () => {
  it.each(widths)('shows every readable entry, sets aside only the bad one, and offers it as a download ($name)', async ({ name, width, height }) => {
    const log = new LogPage(await site.newPage({ acceptDownloads: true, viewport: { width, height } }), site.origin);
    await storeBeforeLoad(log.page, { [logKey]: logWithOneBadEntry() });
    await log.open();
    expect(await log.entries()).toEqual({ 'plan-the-call': 'Bring the attendance figures.', 'call-record': 'Closure postponed.' });
    expect((await log.notices()).join(' ')).toMatch(/^1 entry of your saved reflective log could not be read \(The reflective log's entry 2 has no written text\.\), so it was set aside under ".*:corrupt:.*" in this browser's storage and the other 2 are shown below\./);
    const storage = await storedValues(log.page);
    const setAside = Object.keys(storage).filter((key) => key.startsWith(`${logKey}:corrupt:`));
    expect(setAside).toHaveLength(1);
    expect(JSON.parse(storage[setAside[0]!]!).data).toEqual([expect.objectContaining({ position: 2, value: expect.objectContaining({ promptId: 'broken', text: { not: 'text' } }) })]);
    expect(JSON.parse(storage[logKey]!).data.entries.map((entry: { promptId: string }) => entry.promptId)).toEqual(['plan-the-call', 'call-record']);
    const download = await log.download('Download what could not be read');
    expect(await readFile((await download.path())!, 'utf8')).toBe(storage[setAside[0]!]);
    await log.screenshot(site.artifact(`log-unreadable-entry-${name}.png`));
    await log.page.locator('.reflective-log .notice').scrollIntoViewIfNeeded();
    await log.page.screenshot({ path: site.artifact(`log-unreadable-entry-screen-${name}.png`) });
  });
});

describe('with browser storage full', () => {
  it.each(widths)('the player never throws while typing, says at once that nothing is being saved, and offers it as a download ($name)', async ({ name, width, height }) => {
    const page = await site.newPage({ acceptDownloads: true, viewport: { width, height } });
    const errors = uncaughtErrors(page);
    const player = new PlayerPage(page, site.origin);
    await player.open('closing-too-soon');
    await page.evaluate(() => localStorage.clear());
    await player.reload();
    expect(await fillLocalStorage(page)).toBeGreaterThan(0);
    const announced = await watchAlertRegion(page);

    const box = page.locator('textarea[data-prompt="first-reaction"]');
    // As a learner does: scroll to the box, click in it, type.
    await box.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await box.click();
    const boxTop = () => box.evaluate((element) => element.getBoundingClientRect().top);
    const before = await boxTop();
    await box.pressSequentially('W');
    // The notice comes with the first refused keystroke, before any move.
    await expect.poll(async () => (await player.alerts()).join(' '), { timeout: 5_000 }).toMatch(/^This browser's storage is full, so your progress and what you write here are not being saved\./);
    await box.pressSequentially('orried it is too soon.');
    // The notice appears above without moving the box being typed in (scroll anchoring; a pixel of rounding allowed).
    expect(Math.abs((await boxTop()) - before)).toBeLessThanOrEqual(2);
    // Announced once: the alert region changed once, with the whole notice, and not again while typing went on.
    expect(await announced()).toEqual([expect.stringMatching(/^Not being saved\s*This browser's storage is full, so your progress/)]);
    expect(await player.promptValue('first-reaction')).toBe('Worried it is too soon.');
    expect(await player.nodeId()).toBe('cin-review');
    // Beside the box being typed in, too, where a phone's screen is.
    expect(await page.locator('.player-prompt__hint').first().textContent()).toBe('Not being saved in this browser: see the notice above to download a copy.');
    // What the learner sees while typing, then at the notice.
    await page.screenshot({ path: site.artifact(`storage-full-player-typing-${name}.png`) });
    await page.locator('.player > [role="alert"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: site.artifact(`storage-full-player-screen-${name}.png`) });
    await page.locator('.player > [role="alert"]').screenshot({ path: site.artifact(`storage-full-player-notice-${name}.png`) });
    await page.locator('.player-prompt').first().screenshot({ path: site.artifact(`storage-full-player-prompt-${name}.png`) });
    await player.screenshot(site.artifact(`storage-full-player-${name}.png`));

    const download = await player.download('Download your progress and writing (Markdown)');
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^# Debrief: Closing too soon/);
    expect(markdown).toContain('Worried it is too soon.');
    expect(errors).toEqual([]);

    // Once there is room again, the next save goes through and the notice goes.
    await freeLocalStorage(page);
    await player.choose('ask-for-time-tomorrow');
    await expect.poll(async () => (await player.alerts()).length, { timeout: 5_000 }).toBe(0);
    expect((await storedValues(page))[sessionKey]).toContain('first-reaction');
    expect(errors).toEqual([]);
  });

  it.each(widths)('leaves an unreadable log untouched when there is no room to set it aside, and offers it as a download ($name)', async ({ name, width, height }) => {
    const log = new LogPage(await site.newPage({ acceptDownloads: true, viewport: { width, height } }), site.origin);
    const errors = uncaughtErrors(log.page);
    await log.open();
    await log.page.evaluate((key) => localStorage.setItem(key, 'not a log'), logKey);
    await fillLocalStorage(log.page);
    await log.open();
    await expect.poll(async () => (await log.notices()).join(' '), { timeout: 10_000 }).toMatch(/no room in this browser's storage to set it aside, so it is left exactly as it was/);
    expect(await storedValues(log.page)).toEqual({ [logKey]: 'not a log' });
    const download = await log.download('Download what could not be read');
    expect(await readFile((await download.path())!, 'utf8')).toBe('not a log');
    await log.page.locator('.reflective-log .notice').screenshot({ path: site.artifact(`storage-full-log-notice-${name}.png`) });
    await log.page.screenshot({ path: site.artifact(`storage-full-log-screen-${name}.png`) });
    expect(errors).toEqual([]);
  });
});

describe('with browser storage full and a log with one unreadable entry', () => {
  it.each(widths)('shows the readable entries, keeps the unreadable one in place untouched, offers it as a download, and sets it aside once there is room ($name)', async ({ name, width, height }) => {
    const log = new LogPage(await site.newPage({ acceptDownloads: true, viewport: { width, height } }), site.origin);
    const errors = uncaughtErrors(log.page);
    await log.open();
    const original = logWithOneBadEntry();
    await log.page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [logKey, original]);
    await fillLocalStorage(log.page);
    await log.open();
    expect(await log.entries()).toEqual({ 'plan-the-call': 'Bring the attendance figures.', 'call-record': 'Closure postponed.' });
    expect((await log.notices()).join(' ')).toMatch(
      /^1 entry of your saved reflective log could not be read \(The reflective log's entry 2 has no written text\.\), and there is no room in this browser's storage to set it aside, so it is left exactly as it was and the other 2 are shown below\./,
    );
    expect(await storedValues(log.page)).toEqual({ [logKey]: original });
    const download = await log.download('Download what could not be read');
    expect(JSON.parse(await readFile((await download.path())!, 'utf8')).data).toEqual([expect.objectContaining({ position: 2, value: expect.objectContaining({ promptId: 'broken' }) })]);
    await log.page.locator('.reflective-log .notice').scrollIntoViewIfNeeded();
    await log.page.screenshot({ path: site.artifact(`storage-full-log-entry-screen-${name}.png`) });

    await freeLocalStorage(log.page);
    await log.open();
    const storage = await storedValues(log.page);
    const setAside = Object.keys(storage).filter((key) => key.startsWith(`${logKey}:corrupt:`));
    expect(setAside).toHaveLength(1);
    expect(JSON.parse(storage[logKey]!).data.entries.map((entry: { promptId: string }) => entry.promptId)).toEqual(['plan-the-call', 'call-record']);
    expect(errors).toEqual([]);
  });
});

describe('with browser storage switched off', () => {
  it('the player says at load that nothing will be saved, plays on, and never throws', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    // As a browser with site data blocked does: touching localStorage throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    const errors = uncaughtErrors(page);
    const player = new PlayerPage(page, site.origin);
    await player.open('closing-too-soon');
    await expect.poll(async () => (await player.alerts()).join(' '), { timeout: 5_000 }).toMatch(/^This browser is not letting Common Ground save/);
    expect((await player.notices()).join(' ')).toMatch(/would not let Common Ground read its storage \(Access is denied for this document\.\)/);
    await player.write('first-reaction', 'Still playing.');
    await player.choose('ask-for-time-tomorrow');
    expect(await player.nodeId()).toBe('evening-planning');
    const download = await player.download('Download your progress and writing (Markdown)');
    expect(await readFile((await download.path())!, 'utf8')).toContain('Still playing.');
    expect(errors).toEqual([]);
  });
});
