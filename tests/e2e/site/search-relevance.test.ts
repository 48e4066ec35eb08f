import { describe, expect, it } from 'vitest';
import { guidanceSectionHref } from '../../../engine/runtime.js';
import { siteProtocol } from '../../../site/src/lib/site-protocols.js';
import { siteTools } from '../../../site/src/lib/site-search-inputs.js';
import { relevanceQueries } from '../../engine/search/relevance-queries.js';
import { formatViolations, runAxe } from '../support/axe.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { GuidancePage } from './pages/guidance-page.js';
import { SearchPage } from './pages/search-page.js';

const site = useBuiltSite();

/** Where a search document links: a guidance section's anchor, a tool's page or a scenario's page. */
function hrefOf(id: string): string {
  const [kind, rest = ''] = id.split(/:(.*)/s);
  if (kind === 'guidance') return guidanceSectionHref(rest) ?? `unknown section ${rest}`;
  if (kind === 'tool') return siteTools(siteProtocol).find((tool) => tool.id === rest)?.url ?? `unknown tool ${rest}`;
  return `/scenarios/${rest}/`;
}

const fromIssue = relevanceQueries.filter((entry) => entry.fromIssue);
const typos = relevanceQueries.filter((entry) => entry.suggestion !== undefined).slice(0, 2);

describe('search answers practitioners’ questions in the browser', () => {
  it.each(fromIssue)('$query shows $first first', async ({ query, first }) => {
    const search = new SearchPage(await site.newPage(), site.origin);
    await search.openWithQuery(query);
    const [top] = await search.results();
    expect(top?.href).toBe(hrefOf(first));
  });

  it.each(typos)('offers $suggestion for $query and shows its answer', async ({ query, first, suggestion }) => {
    const search = new SearchPage(await site.newPage(), site.origin);
    await search.openWithQuery(query);
    expect(await search.status().textContent()).toBe(`No results for “${query}”. Showing ${(await search.results()).length} ${(await search.results()).length === 1 ? 'result' : 'results'} for “${suggestion}” instead.`);
    expect((await search.results())[0]?.href).toBe(hrefOf(first));
  });

  it('offers "did you mean" as a link that searches for the correction in place', async () => {
    const search = new SearchPage(await site.newPage(), site.origin);
    await search.openWithQuery('designated safegaurding lead');
    const suggestion = search.page.locator('.search-suggestion[aria-live="polite"]');
    expect(await suggestion.textContent()).toBe('Did you mean designated safeguarding lead?');
    await suggestion.getByRole('link', { name: 'designated safeguarding lead' }).click();
    await search.waitForAnswer('designated safeguarding lead');
    expect(new URL(search.page.url()).searchParams.get('q')).toBe('designated safeguarding lead');
    expect(await search.input().inputValue()).toBe('designated safeguarding lead');
    expect(await suggestion.textContent()).toBe('');
    expect((await search.results())[0]?.href).toBe(hrefOf('guidance:stage-3'));
  });

  it.each([1280, 390])('finds no axe violations with a suggestion and tool, guidance and scenario results (%ipx)', async (width) => {
    const violations = await runAxe(site.browser, `${site.origin}/search/?q=${encodeURIComponent('capacity safegaurding')}`, {
      width,
      ready: (page) => page.waitForSelector('.search-suggestion a').then(() => undefined),
    });
    expect(formatViolations(violations)).toBe('');
  });

  it('highlights what was asked, not "having", "doing" or "long-sleeved"', async () => {
    const search = new SearchPage(await site.newPage(), site.origin);
    await search.openWithQuery('how long do I have');
    const marked = await search.highlighted();
    expect(marked).toContain('deadline');
    expect(marked.filter((word) => /^(hav|do|long|sleeve)/.test(word))).toEqual([]);
  });

  it('shows a scenario by its title and summary only, never a scene’s heading', async () => {
    const search = new SearchPage(await site.newPage(), site.origin);
    await search.openWithQuery('a night too late');
    const results = await search.results();
    expect(results.map((result) => result.title)).not.toContain('A night too late');
    const scenario = search.page.locator('.search-result', { has: search.page.locator('a[href="/scenarios/bruise-at-pickup/"]') });
    if ((await scenario.count()) > 0) {
      expect(await scenario.locator('.search-result__context').textContent()).toBe('Scenario');
      expect(await scenario.locator('.search-result__passage').textContent()).not.toContain('…');
    }
  });

  it('has one search box on the search page, and the header’s on every other page', async () => {
    const search = new SearchPage(await site.newPage(), site.origin);
    await search.openWithQuery('panel');
    expect(await search.page.getByRole('searchbox').count()).toBe(1);
    expect(await search.page.getByRole('search').count()).toBe(1);
    const guidance = new GuidancePage(search.page, site.origin);
    await guidance.goto('/guidance/key-principles/');
    expect(await search.page.getByRole('searchbox', { name: 'Search Common Ground' }).count()).toBe(1);
  });

  it.each([
    { name: 'desktop', viewport: { width: 1280, height: 800 } },
    { name: 'phone', viewport: { width: 390, height: 844 } },
  ])('answers "how long do I have" on a $name without sideways scrolling', async ({ name, viewport }) => {
    const search = new SearchPage(await site.newPage({ viewport }), site.origin);
    await search.openWithQuery('how long do I have');
    expect(await search.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await search.page.screenshot({ path: site.artifact(`search-how-long-do-i-have-${name}.png`) });
  });
});
