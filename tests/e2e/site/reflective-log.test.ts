import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/use-built-site.js';
import { LogPage } from './pages/log-page.js';
import { PlayerPage } from './pages/player-page.js';
import { playRoute, recommendedClosingTooSoon } from './play-route.js';

const site = useBuiltSite();
const logKey = 'common-ground:v1:reflective-log';

describe('reflective log', () => {
  it('shows what was written in a scenario, downloads it as Markdown and deletes it after confirmation', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    const player = new PlayerPage(page, site.origin);
    await player.open('closing-too-soon');
    await playRoute(player, recommendedClosingTooSoon);
    const log = new LogPage(page, site.origin);
    await log.open();
    expect(await log.scenarioHeadings()).toEqual(['Closing too soon']);
    expect(await log.entries()).toEqual({
      'plan-the-call': 'Share what Amara said and what breakfast club has seen.',
      'during-the-call': 'Acknowledge the progress, then share the last fortnight.',
      'call-record': 'Closure postponed; review in six weeks.',
    });
    const download = await log.downloadMarkdown();
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^# Reflective log/);
    expect(markdown).toContain('## Closing too soon');
    expect(markdown).toContain('> Closure postponed; review in six weeks.');

    await log.deleteAll();
    expect(await log.entries()).toEqual({});
    expect(await page.evaluate((key) => localStorage.getItem(key), logKey)).toBeNull();
  });

  it('sets a damaged log aside with a message instead of failing', async () => {
    const log = new LogPage(await site.newPage(), site.origin);
    await log.open();
    await log.page.evaluate((key) => localStorage.setItem(key, 'not a log'), logKey);
    await log.open();
    await expect.poll(async () => (await log.notices()).join(' '), { timeout: 10_000 }).toMatch(/could not be read .*set aside/);
    const keys = await log.page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((key) => key.startsWith(`${logKey}:corrupt:`))).toBe(true);
    expect(keys).not.toContain(logKey);
  });

  it('hides the navigation and buttons when printed, and prints each CPD entry under every heading', async () => {
    const log = new LogPage(await site.newPage(), site.origin);
    await log.open();
    await log.page.evaluate((key) => {
      const entry = { scenarioId: 'closing-too-soon', scenarioTitle: 'Closing too soon', promptId: 'p', kind: 'record', prompt: 'Write it down', text: 'Agreed.', updatedAt: '2026-11-25T10:00:00.000Z' };
      const texts = { description: 'A workshop.', relevance: '', learning: 'Ask why.', impactOnPractice: '', impactOnPeople: '', peerReflection: 'With Sam.' };
      const record = { id: 'r', activity: 'Team workshop', date: '2026-11-25', ...texts, evidence: [], createdAt: entry.updatedAt, updatedAt: entry.updatedAt };
      localStorage.setItem(key, JSON.stringify({ envelope: 1, kind: 'reflective-log', savedAt: entry.updatedAt, data: { formatVersion: 2, entries: [entry], records: [record] } }));
    }, logKey);
    await log.open();
    await log.page.emulateMedia({ media: 'print' });
    expect(await log.page.locator('.site-header').isVisible()).toBe(false);
    const controls = log.page.locator('.reflective-log button, .reflective-log input, .no-print');
    expect(await controls.evaluateAll((items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).length)).toBe(0);
    expect(await log.page.locator('[data-log-entry="p"]').isVisible()).toBe(true);
    expect(await log.page.locator('.cpd-record h4').allTextContents()).toEqual([
      'Description of the activity',
      'Why it is relevant to your practice',
      'What you learnt',
      'The impact on your practice',
      'The impact on the people you work with',
      'Peer reflection',
    ]);
    expect(await log.page.locator('.cpd-record__empty').count()).toBe(3);
  });
});
