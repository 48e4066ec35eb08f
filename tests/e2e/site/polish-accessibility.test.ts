/**
 * axe-core (WCAG 2.2 AA) on the pages and states this part of the site
 * added: the accessibility statement and hosting guide, the library at
 * 320 px, feedback on a poor choice, the "Welcome back" notice, and the
 * debrief with its timeline at phone width.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe, type RunAxeOptions } from '../support/axe.js';
import { useBuiltSite } from '../support/use-built-site.js';

const site = useBuiltSite();

const waitForPlayer = (page: Page) => page.locator('.player[data-loaded="true"]').waitFor();
const choose = async (page: Page, choices: readonly string[]) => {
  await waitForPlayer(page);
  for (const choice of choices) await page.locator(`button[data-choice="${choice}"]`).click();
};
const capacityRoute = ['spend-time-with-edith', 'call-owen-with-observations', 'agree-to-disagree-and-escalate', 'priya-to-gwen', 'prepare-for-joint-assessment', 'joint-assessment-next-morning', 'agree-the-outcome', 'record-and-debrief'];

const cases: Array<{ name: string; path: string; width?: number; ready?: RunAxeOptions['ready'] }> = [
  { name: 'the accessibility statement', path: '/accessibility/' },
  { name: 'the accessibility statement at 320px', path: '/accessibility/', width: 320 },
  { name: 'the hosting guide', path: '/hosting/' },
  { name: 'the phones guide', path: '/phones/' },
  { name: 'the Moodle guide', path: '/moodle/' },
  { name: 'the library at 320px', path: '/scenarios/', width: 320, ready: (page) => page.locator('.library-filters').waitFor() },
  {
    name: 'feedback on a poor choice',
    path: '/scenarios/a-question-of-capacity/',
    ready: async (page) => {
      await choose(page, ['block-the-discharge']);
      await page.locator('.player-feedback[data-verdict="poor"]').waitFor();
    },
  },
  {
    name: 'feedback on a poor choice at phone width',
    path: '/scenarios/a-question-of-capacity/',
    width: 390,
    ready: async (page) => {
      await choose(page, ['block-the-discharge']);
      await page.locator('.player-feedback[data-verdict="poor"]').waitFor();
    },
  },
  {
    name: 'the "Welcome back" notice',
    path: '/scenarios/a-question-of-capacity/',
    ready: async (page) => {
      await choose(page, capacityRoute.slice(0, 2));
      await page.locator('button[data-choice="agree-to-disagree-and-escalate"]').waitFor();
      await page.reload();
      await page.locator('[data-notice="resumed"]').waitFor();
    },
  },
  {
    name: 'the debrief with its timeline at phone width',
    path: '/scenarios/a-question-of-capacity/',
    width: 390,
    ready: async (page) => {
      await choose(page, capacityRoute);
      await page.locator('.timeline__svg[data-narrow="true"]').waitFor();
    },
  },
];

describe('accessibility of the pages and polish (axe-core, WCAG 2.2 AA tags)', () => {
  it.each(cases)('finds no violations on $name', async ({ path, width, ready }) => {
    const options: RunAxeOptions = { ...(width ? { width } : {}), ...(ready ? { ready } : {}) };
    expect(formatViolations(await runAxe(site.browser, `${site.origin}${path}`, options))).toBe('');
  });
});
