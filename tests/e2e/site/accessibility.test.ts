import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe, type RunAxeOptions } from '../support/axe.js';
import { useBuiltSite } from '../support/use-built-site.js';

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
