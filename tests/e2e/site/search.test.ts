import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/use-built-site.js';
import { GuidancePage } from './pages/guidance-page.js';
import { SearchPage } from './pages/search-page.js';

const site = useBuiltSite();

describe('search page', () => {
  it('finds "working days" and highlights the matched words', async () => {
    const search = new SearchPage(await site.newPage(), site.origin);
    await search.openWithQuery('working days');
    const results = await search.results();
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((result) => result.href)).toContain('/guidance/resolution-process/#stage-3');
    expect(await search.status().textContent()).toMatch(/^\d+ results? for “working days”/);
    expect(await search.highlighted()).toEqual(expect.arrayContaining(['working', 'days']));
  });

  it('takes the reader to the anchor of the result they follow', async () => {
    const search = new SearchPage(await site.newPage(), site.origin);
    await search.openWithQuery('working days');
    const link = search.page.locator('.search-result__title a[href="/guidance/resolution-process/#stage-3"]');
    await link.click();
    await search.page.waitForURL('**/guidance/resolution-process/#stage-3');
    const guidance = new GuidancePage(search.page, site.origin);
    expect(await guidance.targetId()).toBe('stage-3');
  });

  it('searches again from its own form without reloading, and updates the address', async () => {
    const search = new SearchPage(await site.newPage(), site.origin);
    await search.openWithQuery('panel');
    await search.page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 1;
    });
    await search.search('line manager');
    expect(new URL(search.page.url()).searchParams.get('q')).toBe('line manager');
    expect(await search.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect((await search.results()).length).toBeGreaterThan(0);
  });

  it('keeps working offline once the index has loaded', async () => {
    const page = await site.newPage();
    const search = new SearchPage(page, site.origin);
    await search.openWithQuery('panel');
    await page.context().setOffline(true);
    await search.search('designated safeguarding lead');
    expect((await search.results()).length).toBeGreaterThan(0);
    await page.context().setOffline(false);
  });

  it('submits from the header form on a page with no JavaScript', async () => {
    const page = await site.newPage();
    const guidance = new GuidancePage(page, site.origin);
    await guidance.goto('/guidance/key-principles/');
    await page.getByRole('searchbox', { name: 'Search Common Ground' }).fill('court of protection');
    await page.getByRole('searchbox', { name: 'Search Common Ground' }).press('Enter');
    await page.waitForURL('**/search/?q=court+of+protection');
    const search = new SearchPage(page, site.origin);
    await search.waitForAnswer('court of protection');
    expect((await search.results()).map((result) => result.href)).toContain('/guidance/mental-capacity/#mental-capacity');
  });

  it('shows markup in a query as text: no element is created and no dialog opens', async () => {
    const page = await site.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const search = new SearchPage(page, site.origin);
    const query = '<script>alert(1)</script> <img src=x onerror=alert(2)>';
    await search.openWithQuery(query);
    expect(await search.status().textContent()).toContain(query);
    // The site has no images, and no script may mention the injected alert.
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script', { hasText: 'alert' }).count()).toBe(0);
    expect(await search.status().locator('*').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it.each(['stage:', 'panel ~', 'title:working', '~', 'escalat* +'])('answers the malformed query %j instead of crashing', async (query) => {
    const search = new SearchPage(await site.newPage(), site.origin);
    await search.openWithQuery(query);
    expect(await search.status().textContent()).not.toMatch(/not available/);
    expect(await search.input().inputValue()).toBe(query);
  });

  it('is keyboard operable: type, submit with Enter, Tab to the first result', async () => {
    const search = new SearchPage(await site.newPage(), site.origin);
    await search.open();
    await search.input().focus();
    await search.page.keyboard.type('escalation panel');
    await search.page.keyboard.press('Enter');
    await search.waitForAnswer('escalation panel');
    await search.page.keyboard.press('Tab'); // the Search button
    await search.page.keyboard.press('Tab'); // the first result
    const focusedHref = await search.page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focusedHref).toBe((await search.results())[0]?.href);
  });
});
