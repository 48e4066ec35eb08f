import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe, type RunAxeOptions } from '../support/axe.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { fillLocalStorage } from './pages/browser-storage.js';

const site = useBuiltSite();

const pages: Array<{ name: string; path: string; ready?: RunAxeOptions['ready'] }> = [
  { name: 'home', path: '/' },
  { name: 'guidance index', path: '/guidance/' },
  { name: 'a guidance page', path: '/guidance/the-conversation/' },
  { name: 'the stages page', path: '/guidance/resolution-process/' },
  {
    name: 'search results',
    path: '/search/?q=working+days',
    ready: (page) => page.waitForSelector('.search-results li').then(() => undefined),
  },
  { name: 'authoring', path: '/authoring/' },
];

describe('accessibility (axe-core, WCAG 2.2 AA tags)', () => {
  it.each(pages)('finds no violations on $name', async ({ path, ready }) => {
    const options = ready ? { ready } : {};
    expect(formatViolations(await runAxe(site.browser, `${site.origin}${path}`, options))).toBe('');
  });

  it.each([1280, 390])('finds no violations on the player while nothing can be saved (%ipx)', async (width) => {
    const violations = await runAxe(site.browser, `${site.origin}/scenarios/closing-too-soon/`, {
      width,
      ready: async (page) => {
        await page.locator('.player[data-loaded="true"]').waitFor();
        await fillLocalStorage(page);
        await page.locator('textarea[data-prompt="first-reaction"]').pressSequentially('Too soon.');
        await page.locator('.player [role="alert"] .notice').waitFor();
      },
    });
    expect(formatViolations(violations)).toBe('');
  });

  it.each([1280, 390])('finds no violations on the reflective log with an entry set aside (%ipx)', async (width) => {
    const violations = await runAxe(site.browser, `${site.origin}/log/`, {
      width,
      ready: async (page) => {
        // Let the island read the empty log first, or it may set this one aside before the reload.
        await page.locator('.reflective-log[data-loaded="true"]').waitFor();
        await page.evaluate(() => {
          const entry = { scenarioId: 'closing-too-soon', scenarioTitle: 'Closing too soon', promptId: 'p', kind: 'record', prompt: 'Write it down', text: 'Agreed.', updatedAt: '2026-11-25T10:00:00.000Z' };
          const data = { formatVersion: 1, entries: [entry, { ...entry, promptId: 'q', text: 7 }] };
          localStorage.setItem('common-ground:v1:reflective-log', JSON.stringify({ envelope: 1, kind: 'reflective-log', savedAt: entry.updatedAt, data }));
        });
        await page.reload();
        await page.locator('.reflective-log .notice[role="note"]').waitFor();
      },
    });
    expect(formatViolations(violations)).toBe('');
  });

  it('does report violations on a page built to fail, so a pass means something', async () => {
    const broken = 'data:text/html,<html><body><img src="x.png"><a href="/"></a></body></html>';
    const ids = (await runAxe(site.browser, broken)).map((violation) => violation.id);
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']));
  });

  it('finds no violations on the stages page at phone width with the source wording open', async () => {
    const violations = await runAxe(site.browser, `${site.origin}/guidance/resolution-process/`, {
      width: 375,
      ready: async (page) => {
        for (const summary of await page.locator('table.stage-table summary').all()) await summary.click();
      },
    });
    expect(formatViolations(violations)).toBe('');
  });
});
