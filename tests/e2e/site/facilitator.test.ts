/**
 * The facilitator notes a trainer reads before a workshop: one page per
 * scenario with the objectives, the running order, the safe-practice points
 * and each decision's questions for the room, linked from the scenario's
 * page; none of it reaches the learner's player. Checked with axe too.
 */
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { loadScenario } from '../../engine/runner/load-fixture.js';

const site = useBuiltSite();
const scenario = loadScenario('scenarios/self-neglect-and-hoarding.mdx');
const firstDiscuss = Object.values(scenario.scenes).find((scene) => scene.discuss)!;
const firstQuestion = firstDiscuss.discuss!.markdown.split('\n').find((line) => line.startsWith('- '))!.slice(2).trim();

describe('the facilitator notes', () => {
  it('lists the objectives, the running order, the safe practice and every decision with its questions', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/scenarios/self-neglect-and-hoarding/facilitator/`);
    expect(await page.locator('h1').textContent()).toBe('Facilitator notes: Self-neglect and hoarding');
    const headings = await page.locator('h2').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['Learning objectives', 'Running order', 'Safe practice the room must hear', 'Questions for each decision']));
    const total = scenario.frontmatter.facilitator!.timing.reduce((sum, part) => sum + part.minutes, 0);
    expect(await page.locator('caption').textContent()).toBe(`About ${total} minutes in all`);
    const decisions = Object.values(scenario.scenes).filter((scene) => scene.discuss).length;
    expect(await page.locator('h3').count()).toBe(decisions);
    expect(await page.locator('main').textContent()).toContain(firstQuestion.slice(0, 40));
  });

  it("is linked from the scenario's page, whose player carries none of it", async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/scenarios/self-neglect-and-hoarding/`);
    expect(await page.locator('a[href="/scenarios/self-neglect-and-hoarding/facilitator/"]').count()).toBe(1);
    const html = await page.content();
    expect(html).not.toContain(firstQuestion.slice(0, 40).replace(/'/g, '&#39;'));
    expect(html).not.toContain(scenario.frontmatter.facilitator!.safePractice[0]!.slice(0, 40));
  });

  it.each([1280, 390])('finds no axe violations at %ipx', async (width) => {
    expect(formatViolations(await runAxe(site.browser, `${site.origin}/scenarios/self-neglect-and-hoarding/facilitator/`, { width }))).toBe('');
  });
});
