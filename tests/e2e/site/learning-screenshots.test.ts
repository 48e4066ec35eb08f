import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/use-built-site.js';
import { CalculatorPage } from './pages/calculator-page.js';
import { PlayerPage } from './pages/player-page.js';
import { SearchPage } from './pages/search-page.js';
import { StagesPage } from './pages/stages-page.js';
import { playRoute, recommendedClosingTooSoon } from './play-route.js';

const site = useBuiltSite();

const widths = [
  { name: 'desktop', width: 1280 },
  { name: 'phone', width: 375 },
] as const;

/**
 * Screenshots for people to look at (tests/e2e/.artifacts/, gitignored):
 * the pages a learner spends most time on, at desktop and phone widths.
 * Each also checks nothing overflows sideways, the commonest layout fault.
 */
describe.each(widths)('screenshots at $name width ($width px)', ({ name, width }) => {
  const viewport = { width, height: 900 };

  async function noSidewaysScroll(page: import('playwright-core').Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  }

  it('the guidance stage table', async () => {
    const stages = new StagesPage(await site.newPage({ viewport }), site.origin);
    await stages.goto('/guidance/resolution-process/');
    await noSidewaysScroll(stages.page);
    await stages.screenshot(site.artifact(`learning-stage-table-${name}.png`));
  });

  it('a scenario mid-play', async () => {
    const player = new PlayerPage(await site.newPage({ viewport }), site.origin);
    await player.open('closing-too-soon');
    await playRoute(player, recommendedClosingTooSoon.slice(0, 2));
    await noSidewaysScroll(player.page);
    await player.screenshot(site.artifact(`learning-player-mid-play-${name}.png`));
  });

  it('a debrief', async () => {
    const player = new PlayerPage(await site.newPage({ viewport }), site.origin);
    await player.open('closing-too-soon');
    // Escalates through stages 2 and 3, so the timeline has several bands and deadlines.
    await playRoute(player, ['ask-for-time-tomorrow', 'start-with-amara', 'call-bea', 'insist-unsafe', 'agree-to-disagree', 'ask-for-team-manager', 'agree-review']);
    await player.page.locator('.player-debrief').waitFor();
    await noSidewaysScroll(player.page);
    await player.screenshot(site.artifact(`learning-debrief-${name}.png`));
    await player.page.locator('.timeline').screenshot({ path: site.artifact(`learning-timeline-${name}.png`) });
  });

  it('search results including scenarios', async () => {
    const search = new SearchPage(await site.newPage({ viewport }), site.origin);
    await search.openWithQuery('closing the case');
    expect((await search.results()).some((result) => result.href.startsWith('/scenarios/'))).toBe(true);
    await noSidewaysScroll(search.page);
    await search.screenshot(site.artifact(`learning-search-${name}.png`));
  });

  it('the calculator with an answer', async () => {
    const calculator = new CalculatorPage(await site.newPage({ viewport }), site.origin);
    await calculator.open();
    await calculator.fill('When the disagreement was raised', '2026-12-18T10:00');
    await calculator.submit();
    await noSidewaysScroll(calculator.page);
    await calculator.screenshot(site.artifact(`learning-calculator-${name}.png`));
  });
});
