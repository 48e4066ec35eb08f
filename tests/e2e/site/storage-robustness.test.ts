/**
 * Damaged browser storage beyond what the player and log tests cover:
 * stored values that are valid JSON but the wrong shape or version, a
 * session for another scenario or from a future format, and a damaged log
 * met on the player page (where reflections are written into it). Each time
 * the page still loads, says what happened, sets the bad value aside under
 * a `:corrupt:` key, and carries on.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/use-built-site.js';
import { LogPage } from './pages/log-page.js';
import { PlayerPage } from './pages/player-page.js';

const site = useBuiltSite();
const sessionKey = 'common-ground:v1:session:closing-too-soon';
const logKey = 'common-ground:v1:reflective-log';

/** Valid JSON that is not a usable saved session, and why. */
const BAD_SESSIONS: Record<string, string> = {
  'JSON that is not ours': '{"hello":"world"}',
  'a list': '[1,2,3]',
  'an envelope from a future storage format': '{"envelope":99,"kind":"session","savedAt":"2026-12-18T10:00:00Z","data":"{}"}',
  'a session from a future session format': JSON.stringify({
    envelope: 1,
    kind: 'session',
    savedAt: '2026-12-18T10:00:00Z',
    data: JSON.stringify({ formatVersion: 99, scenarioId: 'closing-too-soon', scenarioDigest: 'x', steps: [] }),
  }),
  'steps of the wrong type': JSON.stringify({
    envelope: 1,
    kind: 'session',
    savedAt: '2026-12-18T10:00:00Z',
    data: JSON.stringify({ formatVersion: 1, scenarioId: 'closing-too-soon', scenarioDigest: 'x', steps: 'all of them' }),
  }),
};

describe('scenario player with damaged storage', () => {
  it('sets aside every kind of unusable saved session, says so, and still plays', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('closing-too-soon');
    for (const [what, value] of Object.entries(BAD_SESSIONS)) {
      await player.page.evaluate(() => localStorage.clear());
      await player.setStorage(sessionKey, value);
      await player.reload();
      await expect.poll(async () => (await player.notices()).join(' '), { message: what, timeout: 10_000 }).not.toBe('');
      const storage = await player.storage();
      const setAside = Object.keys(storage).filter((key) => key.startsWith(`${sessionKey}:corrupt:`));
      expect(setAside, what).toHaveLength(1);
      expect(storage[setAside[0]!], what).toBe(value);
      expect((await player.choiceIds()).length, what).toBeGreaterThan(0);
    }
  });

  it('keeps writing reflections when the reflective log it adds to is damaged', async () => {
    const player = new PlayerPage(await site.newPage(), site.origin);
    await player.open('closing-too-soon');
    await player.page.evaluate(() => localStorage.clear());
    await player.setStorage(logKey, '{"envelope":1,"kind":"reflective-log","savedAt":"x","data":{"entries":"broken"}}');
    await player.reload();
    await player.choose('ask-for-time-tomorrow');
    await player.write('plan-the-call', 'Bring the attendance figures.');
    expect(await player.promptValue('plan-the-call')).toBe('Bring the attendance figures.');
    // The damaged log is kept aside, and a readable log now holds the new reflection.
    await player.page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('Bring the attendance figures.'), logKey);
    const storage = await player.storage();
    expect(Object.keys(storage).some((key) => key.startsWith(`${logKey}:corrupt:`))).toBe(true);

    const log = new LogPage(player.page, site.origin);
    await log.open();
    expect(Object.values(await log.entries())).toContain('Bring the attendance figures.');
  });
});

describe('reflective log with damaged storage', () => {
  it('sets aside a log that is valid JSON of the wrong shape, with a message', async () => {
    const log = new LogPage(await site.newPage(), site.origin);
    await log.goto('/log/');
    const value = '{"envelope":1,"kind":"reflective-log","savedAt":"x","data":[1,2,3]}';
    await log.page.evaluate(([key, v]) => localStorage.setItem(key!, v!), [logKey, value]);
    await log.open();
    await expect.poll(async () => (await log.notices()).join(' '), { timeout: 10_000 }).not.toBe('');
    const storage = await log.page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));
    const setAside = Object.keys(storage).filter((key) => key.startsWith(`${logKey}:corrupt:`));
    expect(setAside).toHaveLength(1);
    expect(storage[setAside[0]!]).toBe(value);
  });
});
