/**
 * The player's panels as a learner reads them: the clock in one unit at a
 * time, the "Welcome back" notice that stays until closed, poor-choice
 * feedback that looks different without relying on colour, a debrief that
 * says what really happened when stage 1 ended in an agreement to disagree,
 * the timeline readable on a phone (with its table), and a downloaded
 * debrief whose links work away from the site.
 */
import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/use-built-site.js';
import { PlayerPage } from './pages/player-page.js';
import { playRoute, recommendedClosingTooSoon } from './play-route.js';

const site = useBuiltSite();

/** A question of capacity's recommended route: stage 1 ends in an agreement to disagree (Tue 9 Feb 2027, 16:00), resolved at stage 3. */
const capacityRoute = [
  'spend-time-with-edith',
  'call-owen-with-observations',
  'agree-to-disagree-and-escalate',
  'priya-to-gwen',
  'prepare-for-joint-assessment',
  'joint-assessment-next-morning',
  'agree-the-outcome',
  'record-and-debrief',
];

const clockLeft = async (player: PlayerPage) => (await player.page.locator('.player-clock__left').textContent())?.trim() ?? '';
/** Only one unit: working days, or hours and minutes, or Overdue. */
const ONE_UNIT = /^(\d+ working days? left|(Due today: )?(\d+ hours?( \d+ minutes?)?|\d+ minutes?|less than a minute) left|Overdue)$/i;

/** The page is no wider than the screen. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('the clock', () => {
  it('shows working days while a working day or more is left, with no hours beside them', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('a-question-of-capacity');
    expect(await clockLeft(player)).toBe('1 working day left');
    await playRoute(player, capacityRoute.slice(0, 4));
    await player.page.locator('button[data-choice="prepare-for-joint-assessment"]').waitFor();
    // Wed 10 Feb 2027, 11:00; stage 3 is due at the end of Tue 23 Feb: 9 working days (324 hours).
    expect(await player.page.locator('.player-clock').textContent()).toContain('Resolve or escalate: Tue 23 Feb 2027, 23:59');
    expect(await clockLeft(player)).toBe('9 working days left');
    expect(await player.page.locator('.player-clock').textContent()).not.toMatch(/hours?\)/);
  });

  it('shows hours and minutes once less than a working day is left', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('closing-too-soon');
    await playRoute(player, recommendedClosingTooSoon.slice(0, 3));
    await player.page.locator('button[data-choice="call-bea"]').waitFor();
    // Tue 6 Oct 2026, 08:45; the aim is due at 15:30 the same day.
    expect(await clockLeft(player)).toBe('Due today: 6 hours 45 minutes left');
  });

  it('never mixes units along a whole play-through', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('a-question-of-capacity');
    for (const choice of capacityRoute.slice(0, -1)) {
      if ((await player.page.locator('.player-clock__left').count()) > 0) expect(await clockLeft(player)).toMatch(ONE_UNIT);
      await player.choose(choice);
    }
  });
});

describe('the "Welcome back" notice', () => {
  it('stays, move after move, until the learner closes it, then focus goes to the scene', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('closing-too-soon');
    await playRoute(player, recommendedClosingTooSoon.slice(0, 2));
    await player.reload();
    const notice = player.page.locator('[data-notice="resumed"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Welcome back: you are where you stopped\./);
    await playRoute(player, recommendedClosingTooSoon.slice(2, 5));
    await player.page.locator('button[data-choice="acknowledge-and-propose"]').waitFor();
    await player.page.waitForTimeout(500);
    expect(await notice.isVisible()).toBe(true);

    await player.page.getByRole('button', { name: 'Close this notice' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await player.focusedHeading()).toMatch(/^H[23] \S/);
    await playRoute(player, ['acknowledge-and-propose']);
    await player.page.locator('button[data-choice="agree-actions"]').waitFor();
    expect(await notice.count()).toBe(0);
  });
});

describe('feedback on a poor choice', () => {
  /** What tells the panels apart, besides colour. */
  const look = (page: Page) =>
    page.locator('.player-feedback').evaluate((panel) => {
      const style = getComputedStyle(panel);
      const band = getComputedStyle(panel, '::before');
      return {
        verdict: panel.getAttribute('data-verdict'),
        words: panel.querySelector('.player-feedback__verdict')?.textContent?.replace(/\s+/g, ' ').trim(),
        borderStyle: style.borderTopStyle,
        borderWidth: style.borderTopWidth,
        band: band.content !== 'none' && band.content !== 'normal' ? band.backgroundImage : 'none',
      };
    });

  it('says so in words and a symbol, with a dashed border and a striped band, where good feedback has a plain solid border', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('a-question-of-capacity');
    await player.choose('spend-time-with-edith');
    await player.page.locator('.player-feedback').waitFor();
    const good = await look(player.page);
    expect(await player.page.getByRole('heading', { name: 'Feedback on your choice: A strong choice', exact: true }).count()).toBe(1);
    expect(good).toMatchObject({ verdict: 'good', words: '✓ A strong choice', borderStyle: 'solid', band: 'none' });
    expect(await player.announcement()).toMatch(/^You chose: .+\. A strong choice\. (That took|No time passed|Time moved on).+ Feedback: /);

    await player.page.getByRole('button', { name: 'Step back' }).click();
    await player.choose('block-the-discharge');
    await player.page.locator('.player-feedback[data-verdict="poor"]').waitFor();
    const poor = await look(player.page);
    expect(poor).toMatchObject({ verdict: 'poor', words: '✗ A poor choice', borderStyle: 'dashed' });
    expect(poor.band).toMatch(/repeating-linear-gradient/);
    expect(await player.page.getByRole('heading', { name: 'Feedback on your choice: A poor choice', exact: true }).count()).toBe(1);
    expect(await player.announcement()).toMatch(/^You chose: .+\. A poor choice\. (That took|No time passed|Time moved on).+ Feedback: /);
  });
});

describe('the debrief when stage 1 ended in an agreement to disagree', () => {
  it('says the limit was kept by escalating, not that the stage was resolved, on the page and in the download', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('a-question-of-capacity');
    await playRoute(player, capacityRoute);
    await player.page.locator('.timeline__table').waitFor();
    const stage1 = await player.page.locator('.timeline__table tbody tr').evaluateAll((rows) => rows.map((row) => row.textContent ?? '').filter((text) => text.startsWith('1:')));
    expect(stage1).toHaveLength(2);
    expect(stage1[0]).toContain('An aim, not scored: the stage ended without agreement and was escalated Tue 9 Feb 2027, 16:00');
    expect(stage1[1]).toContain('Escalated in time, not resolved: the stage ended without agreement and was escalated Tue 9 Feb 2027, 16:00');
    expect(stage1.join(' ')).not.toMatch(/Met:/);
    expect(await player.page.locator('[data-marker="1.limit"]').textContent()).toBe('Resolve at the latestEscalated in time');
    expect(await player.page.locator('.player-outcome').textContent()).toBe('Good outcome: resolved at stage 3 on Thu 11 Feb 2027, 12:00');

    const download = await player.download('Download the debrief (Markdown)');
    const markdown = await readFile((await download.path())!, 'utf8');
    expect(markdown).toContain('**Good outcome**: resolved at stage 3 on Thu 11 Feb 2027, 12:00.');
    expect(markdown).not.toMatch(/reached .* at stage/);
    expect(markdown).toContain('| 1 | Resolve at the latest | Sat 13 Feb 2027, 14:00 | Escalated in time | Escalated in time, not resolved:');
    // No COMMON_GROUND_SITE_URL in this build: links are absolute to the address the page came from.
    const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((href) => !href.startsWith(`${site.origin}/`))).toEqual([]);
    expect(markdown).toContain(`- **Play it again:** ${site.origin}/scenarios/a-question-of-capacity/`);
  });
});

describe('the timeline on a phone', () => {
  for (const width of [390, 320]) {
    it(`is drawn at the phone's width with text at a readable size, no sideways scrolling, and keeps its table (${width}px)`, async () => {
      const player = new PlayerPage(await site.newPage({ viewport: { width, height: 844 } }), site.origin);
      await player.open('a-question-of-capacity');
      await playRoute(player, capacityRoute);
      await player.page.locator('.timeline__svg[data-narrow="true"]').waitFor();
      const chart = await player.page.locator('.timeline__svg').evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        const viewBox = (svg as SVGSVGElement).viewBox.baseVal;
        const texts = [...svg.querySelectorAll('text')].map((text) => {
          const rect = text.getBoundingClientRect();
          return { left: rect.left, right: rect.right, size: parseFloat(getComputedStyle(text).fontSize) * (box.width / viewBox.width) };
        });
        return { left: box.left, right: box.right, scale: box.width / viewBox.width, texts };
      });
      expect(chart.scale).toBeCloseTo(1, 1);
      expect(Math.min(...chart.texts.map((text) => text.size))).toBeGreaterThanOrEqual(13);
      for (const text of chart.texts) {
        expect(text.left).toBeGreaterThanOrEqual(chart.left - 1);
        expect(text.right).toBeLessThanOrEqual(chart.right + 1);
      }
      expect(await scrollsSideways(player.page)).toBe(false);
      expect(await player.page.locator('.timeline__table tbody tr').count()).toBeGreaterThanOrEqual(9);
      if (width === 390) {
        mkdirSync('/work/notes/shots', { recursive: true });
        await player.page.locator('.timeline').screenshot({ path: join('/work/notes/shots', 'debrief-timeline-phone.png') });
      }
    });
  }
});
