/**
 * The order of the choices on the site: shuffled for each play-through, so
 * where the author put the recommended choice gives nothing away, and the
 * same on resume, after a step back and after a reload. Each new page has
 * its own browser storage, so it is a new learner's first play-through.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/use-built-site.js';
import { PlayerPage } from './pages/player-page.js';

const site = useBuiltSite();

async function firstChoices(): Promise<{ player: PlayerPage; order: string[] }> {
  const player = new PlayerPage(await site.newPage(), site.origin);
  await player.open('closing-too-soon');
  return { player, order: await player.choiceIds() };
}

describe('the order of the choices on the site', () => {
  it('differs between two play-throughs', async () => {
    const first = await firstChoices();
    expect(first.order.length).toBeGreaterThanOrEqual(3);
    // With four choices two orders agree one time in 24; six tries make a false failure one in 191 million.
    const others: string[][] = [];
    for (let tries = 0; tries < 6; tries += 1) {
      const other = await firstChoices();
      expect([...other.order].sort()).toEqual([...first.order].sort());
      others.push(other.order);
      if (other.order.join() !== first.order.join()) break;
    }
    expect(others.some((order) => order.join() !== first.order.join())).toBe(true);
  });

  it('is the same after a move, a reload and a step back, and new after Restart', async () => {
    const { player, order } = await firstChoices();
    const chosen = order.includes('ask-for-time-tomorrow') ? 'ask-for-time-tomorrow' : order[0]!;
    await player.choose(chosen);
    const second = await player.choiceIds();
    await player.reload();
    expect(await player.choiceIds()).toEqual(second);
    await player.page.getByRole('button', { name: 'Step back' }).click();
    expect(await player.choiceIds()).toEqual(order);
    // Restart (offered once a move is made) is a new play-through: a new order, sooner or later.
    let restarted = order;
    for (let tries = 0; tries < 6 && restarted.join() === order.join(); tries += 1) {
      await player.choose(restarted[0]!);
      await player.page.getByRole('button', { name: 'Restart' }).click();
      restarted = await player.choiceIds();
    }
    expect(restarted.join()).not.toBe(order.join());
  });
});
