import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/use-built-site.js';
import { PlayerPage } from './pages/player-page.js';
import { playRoute, recommendedClosingTooSoon } from './play-route.js';

const site = useBuiltSite();
const sessionKey = 'common-ground:v1:session:closing-too-soon';
const logKey = 'common-ground:v1:reflective-log';

describe('scenario player', () => {
  it('plays a scenario to its debrief with the keyboard only, moving focus and announcing feedback', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('closing-too-soon');
    for (const step of recommendedClosingTooSoon) {
      if (typeof step === 'string') {
        await player.chooseByKeyboard(step);
        expect(await player.focusedHeading()).toMatch(/^H[23] \S/);
        expect(await player.announcement()).toMatch(/^You chose: .+ Feedback: .+/);
      } else {
        await player.writeByKeyboard(step.write, step.text);
      }
    }
    expect(await player.nodeId()).toBe('kept-open-with-a-plan');
    await player.page.locator('.player-debrief').waitFor();
    expect(await player.page.locator('.player-debrief svg[role="img"] title').textContent()).toMatch(/Timeline of the case/);
    expect(await player.page.locator('.timeline__table tbody tr').count()).toBeGreaterThan(0);
    expect(await player.page.locator('.timeline__table').textContent()).toMatch(/Met/i);
    expect(await player.page.locator('[data-response="call-record"]').textContent()).toBe('Closure postponed; review in six weeks.');
  });

  it('shows the simulated clock and the next deadline with the time left in one unit', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('closing-too-soon');
    const clock = await player.page.locator('.player-clock').textContent();
    expect(clock).toContain('Mon 5 Oct 2026, 15:30');
    expect(clock).toMatch(/Next deadline.*Tue 6 Oct 2026, 15:30/);
    expect(clock).toContain('1 working day left');
    expect(clock).not.toMatch(/working days? left \(/);
  });

  it('resumes where it stopped after a reload, with what was typed', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('closing-too-soon');
    await playRoute(player, recommendedClosingTooSoon.slice(0, 2));
    const node = await player.nodeId();
    await player.reload();
    expect(await player.nodeId()).toBe(node);
    expect(await player.promptValue('plan-the-call')).toBe('Share what Amara said and what breakfast club has seen.');
    await expect.poll(async () => (await player.notices()).join(' '), { timeout: 10_000 }).toMatch(/Welcome back/);
  });

  it('steps back and restarts', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('closing-too-soon');
    const start = await player.nodeId();
    await playRoute(player, ['ask-for-time-tomorrow']);
    expect(await player.nodeId()).not.toBe(start);
    await player.page.getByRole('button', { name: 'Step back' }).click();
    expect(await player.nodeId()).toBe(start);
    await playRoute(player, ['ask-for-time-tomorrow', 'start-with-amara']);
    await player.page.getByRole('button', { name: 'Restart' }).click();
    expect(await player.nodeId()).toBe(start);
    expect(await player.page.getByRole('button', { name: 'Step back' }).isDisabled()).toBe(true);
  });

  it('sets a damaged saved session aside, says so, and still plays', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('closing-too-soon');
    await player.setStorage(sessionKey, '{"envelope":1,"kind":"session","data":"{\\"formatVersion\\":1,');
    await player.reload();
    await expect.poll(async () => (await player.notices()).join(' '), { timeout: 10_000 }).toMatch(/could not be resumed .*set aside/);
    const storage = await player.storage();
    const corrupt = Object.keys(storage).filter((key) => key.startsWith(`${sessionKey}:corrupt:`));
    expect(corrupt).toHaveLength(1);
    expect(storage[corrupt[0]!]).toContain('"formatVersion\\":1,');
    expect((await player.choiceIds()).length).toBeGreaterThan(0);
  });

  it('shows HTML typed into reflections and records as text in the player, the debrief and the log', async () => {
    const page = await site.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const player = new PlayerPage(page, site.origin);
    await player.open('closing-too-soon');
    const hostile = '<script>window.__pwned = 1; alert(1)</script><img src=x onerror="window.__pwned = 2; alert(2)">';
    const route = recommendedClosingTooSoon.map((step) => (typeof step === 'string' ? step : { ...step, text: `${step.write}: ${hostile}` }));
    await playRoute(player, route.slice(0, 2));
    expect(await player.promptValue('plan-the-call')).toBe(`plan-the-call: ${hostile}`);
    await playRoute(player, route.slice(2));
    await player.page.locator('.player-debrief').waitFor();
    for (const id of ['plan-the-call', 'during-the-call', 'call-record']) {
      expect(await page.locator(`[data-response="${id}"]`).textContent()).toBe(`${id}: ${hostile}`);
    }
    expect(await page.locator('.player img, .player script').count()).toBe(0);

    await player.goto('/log/');
    await player.waitForIslands();
    await page.locator('[data-log-entry]').first().waitFor();
    const shown = await page.locator('[data-log-entry]').evaluateAll((items) => items.map((item) => item.textContent));
    expect(shown).toEqual(expect.arrayContaining([`plan-the-call: ${hostile}`, `call-record: ${hostile}`]));
    expect(await page.locator('.reflective-log img, .reflective-log script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('adds what is written to the reflective log store as it is typed', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('closing-too-soon');
    await playRoute(player, recommendedClosingTooSoon.slice(0, 2));
    const stored = JSON.parse((await player.storage())[logKey] ?? 'null') as { data: { entries: Array<{ promptId: string; text: string }> } };
    expect(stored.data.entries.map((entry) => [entry.promptId, entry.text])).toEqual([['plan-the-call', 'Share what Amara said and what breakfast club has seen.']]);
  });
});
