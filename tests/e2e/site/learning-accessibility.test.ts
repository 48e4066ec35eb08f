import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { PlayerPage } from './pages/player-page.js';
import { playRoute, recommendedClosingTooSoon } from './play-route.js';

const site = useBuiltSite();

type Ready = (page: import('playwright-core').Page) => Promise<void>;

const waitForPlayer: Ready = async (page) => {
  await page.locator('.player[data-loaded="true"]').waitFor();
};

const play = (steps: number): Ready => async (page) => {
  await waitForPlayer(page);
  await playRoute(new PlayerPage(page, ''), recommendedClosingTooSoon.slice(0, steps));
};

describe('accessibility of the learning pages (axe-core, WCAG 2.2 AA tags)', () => {
  const cases: Array<{ name: string; path: string; width?: number; ready?: Ready }> = [
    { name: 'the library', path: '/scenarios/', ready: (page) => page.locator('.library-filters').waitFor() },
    { name: 'the library at phone width', path: '/scenarios/?audience=adult', width: 375, ready: (page) => page.locator('.library-filters').waitFor() },
    { name: 'the player at the start', path: '/scenarios/closing-too-soon/', ready: waitForPlayer },
    { name: 'the player mid-play with feedback and a prompt', path: '/scenarios/closing-too-soon/', ready: play(2) },
    { name: 'the player at the debrief', path: '/scenarios/closing-too-soon/', ready: play(recommendedClosingTooSoon.length) },
    { name: 'the debrief at phone width', path: '/scenarios/closing-too-soon/', width: 375, ready: play(recommendedClosingTooSoon.length) },
    { name: 'the calculator', path: '/calculator/', ready: (page) => page.locator('.calculator__form').waitFor() },
    {
      name: 'the calculator with an answer',
      path: '/calculator/',
      ready: async (page) => {
        const raised = page.getByRole('group', { name: 'When the disagreement was raised' });
        for (const [box, text] of [['Day', '18'], ['Month', '12'], ['Year', '2026'], ['Time', '10:00']]) await raised.getByLabel(box!, { exact: true }).fill(text!);
        await page.getByRole('button', { name: 'Work out the deadlines' }).click();
        await page.locator('.calculator__result').waitFor();
      },
    },
    {
      name: 'the calculator with errors',
      path: '/calculator/',
      ready: async (page) => {
        await page.getByRole('button', { name: 'Work out the deadlines' }).click();
        await page.locator('.error-summary').waitFor();
      },
    },
    { name: 'the empty reflective log', path: '/log/', ready: (page) => page.locator('.reflective-log').waitFor() },
  ];

  it.each(cases)('finds no violations on $name', async ({ path, width, ready }) => {
    const options = { ...(width ? { width } : {}), ...(ready ? { ready } : {}) };
    expect(formatViolations(await runAxe(site.browser, `${site.origin}${path}`, options))).toBe('');
  });

  it('finds no violations on the reflective log with entries', async () => {
    const violations = await runAxe(site.browser, `${site.origin}/scenarios/closing-too-soon/`, {
      ready: async (page) => {
        await play(recommendedClosingTooSoon.length)(page);
        await page.goto(`${new URL(page.url()).origin}/log/`);
        await page.locator('[data-log-entry]').first().waitFor();
      },
    });
    expect(formatViolations(violations)).toBe('');
  });
});
