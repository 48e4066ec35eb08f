/**
 * Where the page lands after each move, as a learner sees it: A question of
 * capacity played by keyboard alone along its recommended route, at desktop
 * and phone sizes, with smooth scrolling on and with reduced motion. After
 * every choice the focus is on the feedback heading and the heading is
 * wholly on screen, near the top, once the page has stopped moving.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../engine/index.js';
import { packageRoot } from '../support/site-build.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { PlayerPage } from './pages/player-page.js';

const site = useBuiltSite();

const PLAN = 'scenarios/a-question-of-capacity.plan.yaml';
/** The recommended route from the scenario's test plan (8 choices and 2 records). */
const route = parsePlan(readFileSync(join(packageRoot, PLAN), 'utf8'), PLAN).plan!.routes[0]!.steps;

/** Where the screenshots for the closing note go. */
const shotsDir = '/work/notes/shots';

const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

/** Where the focused element is on screen, once scrolling has stopped. */
interface Landing {
  focusedId: string;
  focusedTag: string;
  top: number;
  bottom: number;
  viewportHeight: number;
}

/** Waits until the page has not scrolled for a while (a smooth scroll has ended), then reads where focus is. */
async function landing(page: Page): Promise<Landing> {
  let last = -1;
  let still = 0;
  for (let tries = 0; tries < 60 && still < 3; tries++) {
    await page.waitForTimeout(100);
    const y = await page.evaluate(() => window.scrollY);
    still = y === last ? still + 1 : 0;
    last = y;
  }
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const box = focused.getBoundingClientRect();
    return { focusedId: focused.id, focusedTag: focused.tagName, top: box.top, bottom: box.bottom, viewportHeight: window.innerHeight };
  });
}

/** Expects the focused element to be wholly on screen, in the top third. */
function expectWhollyOnScreenNearTop(where: Landing, step: string): void {
  expect(where.top, `top of the focused heading after ${step}`).toBeGreaterThanOrEqual(0);
  expect(where.bottom, `bottom of the focused heading after ${step}`).toBeLessThanOrEqual(where.viewportHeight);
  expect(where.top, `the focused heading after ${step} is near the top`).toBeLessThan(where.viewportHeight / 3);
}

describe('where the page lands after a choice', () => {
  for (const size of sizes) {
    for (const motion of ['no-preference', 'reduce'] as const) {
      it(`puts focus and the screen on the feedback heading after every choice in A question of capacity (${size.name}, motion ${motion === 'reduce' ? 'reduced' : 'on'})`, async () => {
        const player = new PlayerPage(await site.newPage({ viewport: size.viewport, reducedMotion: motion }), site.origin);
        await player.open('a-question-of-capacity');
        expect(await player.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(motion === 'reduce' ? 'auto' : 'smooth');
        let moves = 0;
        for (const step of route) {
          if (step.kind === 'write') {
            await player.writeByKeyboard(step.id, step.text);
            continue;
          }
          if (step.kind !== 'choose') throw new Error(`The route has a ${step.kind} step; this test plays choices.`);
          await player.chooseByKeyboard(step.choice);
          moves += 1;
          const where = await landing(player.page);
          expect(where.focusedId, `focus after ${step.choice}`).toBe('player-feedback-heading');
          expectWhollyOnScreenNearTop(where, step.choice);
          if (motion === 'no-preference' && moves === 3) {
            mkdirSync(shotsDir, { recursive: true });
            await player.page.screenshot({ path: join(shotsDir, `player-after-a-move-${size.name}.png`) });
          }
        }
        expect(moves).toBe(8);
        expect(await player.nodeId()).toBe('home-with-a-plan');
      });
    }

    it(`lands on the new scene's heading after Step back (${size.name})`, async () => {
      const player = new PlayerPage(await site.newPage({ viewport: size.viewport }), site.origin);
      await player.open('a-question-of-capacity');
      await player.chooseByKeyboard('spend-time-with-edith');
      await player.chooseByKeyboard('call-owen-with-observations');
      await landing(player.page);
      await player.page.getByRole('button', { name: 'Step back' }).click();
      const where = await landing(player.page);
      expect(where.focusedTag).toMatch(/^H[23]$/);
      expect(where.focusedId).not.toBe('player-feedback-heading');
      expectWhollyOnScreenNearTop(where, 'Step back');
    });
  }

  it('lands on the feedback of a poor choice too, which says so in words and looks different', async () => {
    for (const size of sizes) {
      const player = new PlayerPage(await site.newPage({ viewport: size.viewport }), site.origin);
      await player.open('a-question-of-capacity');
      await player.chooseByKeyboard('block-the-discharge');
      const where = await landing(player.page);
      expect(where.focusedId).toBe('player-feedback-heading');
      expectWhollyOnScreenNearTop(where, 'block-the-discharge');
      mkdirSync(shotsDir, { recursive: true });
      await player.page.screenshot({ path: join(shotsDir, `player-after-a-poor-choice-${size.name}.png`) });
    }
  });
});
