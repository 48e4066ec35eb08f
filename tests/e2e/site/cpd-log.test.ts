/**
 * The reflective log as CPD evidence, in Chromium: free CPD entries with
 * every heading, added, edited and deleted one by one; a workshop record
 * attached as evidence of peer reflection; replays that keep the earlier
 * reflections; the Word document opened by a third-party reader (mammoth,
 * and the XML inside the zip); the JSON backup and its import; and
 * "delete everything" leaving no trace, player drafts included.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildWorkshopDebrief, decideRound, startWorkshop, workshopRecordToHtml, workshopRecordToMarkdown } from '../../../engine/index.js';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { LogPage } from './pages/log-page.js';
import { PlayerPage } from './pages/player-page.js';
import { playRoute, recommendedClosingTooSoon, type RouteStep } from './play-route.js';

const site = useBuiltSite();
const logKey = 'common-ground:v1:reflective-log';

/** The recommended route with other words in each prompt. */
const secondPlay: RouteStep[] = recommendedClosingTooSoon.map((step) => (typeof step === 'string' ? step : { ...step, text: `Second time: ${step.text}` }));

/** A workshop record as the terminal workshop exports it, in Markdown and HTML. */
async function workshopFiles(): Promise<{ markdown: string; html: string }> {
  const file = 'scenarios/closing-too-soon.mdx';
  const scenario = parseScenario(readFileSync(file, 'utf8'), file).scenario!;
  const debrief = buildWorkshopDebrief(scenario, decideRound(scenario, startWorkshop(scenario, { tables: ['Police', 'Health'] }), [1, 1]));
  const dir = await mkdtemp(join(tmpdir(), 'cg-workshop-'));
  const markdown = join(dir, 'workshop-record-closing-too-soon.md');
  const html = join(dir, 'workshop-record-closing-too-soon.html');
  writeFileSync(markdown, workshopRecordToMarkdown(debrief, { date: '2026-12-01T14:00:00Z' }));
  writeFileSync(html, workshopRecordToHtml(debrief, { date: '2026-12-01T14:00:00Z' }));
  return { markdown, html };
}

/** Every key Common Ground has in this page's storage. */
function commonGroundKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('common-ground:')).sort());
}

/** Adds a CPD entry through the form. */
async function addEntry(log: LogPage, activity: string, fields: Record<string, string>, date: [string, string, string] = ['15', '12', '2025']): Promise<void> {
  await log.page.getByRole('button', { name: 'Add a CPD entry' }).click();
  await log.fillCpdForm({ activity, date, fields });
  await log.page.getByRole('button', { name: 'Save CPD entry' }).click();
  await expect.poll(() => log.status()).toBe(`CPD entry “${activity}” saved.`);
}

describe('CPD entries', () => {
  it('adds an entry with every heading and its prompt, checks the date, attaches a workshop record, and edits and deletes entries one by one', async () => {
    const log = new LogPage(await site.newPage(), site.origin);
    await log.open();
    await log.page.getByRole('button', { name: 'Add a CPD entry' }).click();
    // The form's heading takes focus; every heading has its prompt as hint text.
    expect(await log.page.evaluate(() => document.activeElement?.textContent)).toBe('New CPD entry');
    expect(await log.formField('Why it is relevant to your practice').getAttribute('aria-describedby')).toBe('cpd-new-relevance-hint');
    expect(await log.page.locator('#cpd-new-relevance-hint').textContent()).toMatch(/^How does it relate to your role/);

    // An impossible date and no activity: a summary that takes focus, and a message by each field.
    await log.fillCpdForm({ activity: '', date: ['31', '2', '2026'], hours: '1', minutes: '75' });
    await log.page.getByRole('button', { name: 'Save CPD entry' }).click();
    const summary = log.page.locator('.cpd-error-summary');
    await expect.poll(() => summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await summary.locator('li').allTextContents()).toEqual([
      'Enter the activity, for example the scenario you played',
      '31 February 2026 is not a real date',
      'The minutes must be a whole number from 0 to 59',
    ]);
    await summary.getByRole('link', { name: '31 February 2026 is not a real date' }).click();
    expect(await log.focusedId()).toBe('cpd-new-day');

    const { markdown, html } = await workshopFiles();
    await log.fillCpdForm({
      activity: 'Team workshop: Closing too soon',
      date: ['1', '12', '2025'],
      hours: '2',
      minutes: '15',
      fields: {
        'Description of the activity': 'Two tables played Closing too soon with the trainer.',
        'Why it is relevant to your practice': 'I chair core groups where closure is debated.',
        'What you learnt': 'Ask for the reasons in writing before stage 1 ends.',
        'The impact on your practice': 'I now write down the disagreement on the day.',
        'The impact on the people you work with': 'Amara’s voice is in the record.',
        'Peer reflection': 'We compared our routes at each table.',
      },
    });
    await log.page.locator('.cpd-form input[type="file"]').setInputFiles(markdown);
    await expect.poll(() => log.page.locator('.cpd-form__status').textContent()).toBe('Attached “Workshop record: Closing too soon”. Save the entry to keep it.');
    await log.page.locator('.cpd-form input[type="file"]').setInputFiles(html);
    await expect.poll(() => log.page.locator('.cpd-form__files li').count()).toBe(2);
    await log.page.getByRole('button', { name: 'Save CPD entry' }).click();
    await expect.poll(() => log.status()).toBe('CPD entry “Team workshop: Closing too soon” saved.');
    expect(await log.page.evaluate(() => document.activeElement?.textContent)).toBe('Team workshop: Closing too soon');

    // Saved before it was shown: a reload shows the same.
    await log.open();
    expect(await log.cpdFields('Team workshop: Closing too soon')).toMatchObject({ learning: 'Ask for the reasons in writing before stage 1 ends.', impactOnPeople: 'Amara’s voice is in the record.' });
    const entry = log.page.locator('.cpd-record').first();
    expect(await entry.locator('dd').allTextContents()).toEqual(['Monday 1 December 2025', '2 hours 15 minutes']);
    // The HTML record's words are kept, never its markup.
    const htmlEvidence = entry.locator('[data-cpd-evidence="workshop-record-closing-too-soon.html"]');
    await htmlEvidence.locator('summary').click();
    const htmlText = (await htmlEvidence.locator('.cpd-record__evidence-text').textContent()) ?? '';
    expect(htmlText).toMatch(/^# Workshop record: Closing too soon/);
    expect(htmlText).toContain('Police');
    expect(htmlText).not.toMatch(/<[a-z]/i);

    await addEntry(log, 'Supervision with my manager', { 'What you learnt': 'Escalate sooner.' }, ['10', '12', '2025']);
    // Most recent activity first.
    expect(await log.cpdActivities()).toEqual(['Supervision with my manager', 'Team workshop: Closing too soon']);

    await log.entryButton('Edit', 'Team workshop: Closing too soon');
    await log.formField('What you learnt').fill('Ask for the reasons in writing, then escalate.');
    // The HTML record, attached second.
    await log.page.locator('.cpd-form__files li').nth(1).getByRole('button', { name: /^Remove / }).click();
    await log.page.getByRole('button', { name: 'Save CPD entry' }).click();
    await expect.poll(() => log.cpdFields('Team workshop: Closing too soon')).toMatchObject({ learning: 'Ask for the reasons in writing, then escalate.' });
    expect(await log.page.locator('[data-cpd-evidence]').count()).toBe(1);

    await log.entryButton('Delete', 'Supervision with my manager');
    await log.page.getByRole('button', { name: 'Yes, delete this entry' }).click();
    await expect.poll(() => log.cpdActivities()).toEqual(['Team workshop: Closing too soon']);
    expect(await log.status()).toBe('CPD entry “Supervision with my manager” deleted.');
    const stored = await log.page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).data, logKey);
    expect(stored.formatVersion).toBe(2);
    expect(stored.records.map((record: { activity: string }) => record.activity)).toEqual(['Team workshop: Closing too soon']);
  });

  it('refuses a file that is not a debrief or record, with a message beside the box', async () => {
    const log = new LogPage(await site.newPage(), site.origin);
    await log.open();
    await log.page.getByRole('button', { name: 'Add a CPD entry' }).click();
    await log.page.locator('.cpd-form input[type="file"]').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) });
    await expect.poll(() => log.page.locator('#cpd-new-file-error').textContent()).toMatch(/^Error: photo\.jpg is not a Markdown, HTML or text file\./);
  });
});

describe('replaying a scenario', () => {
  it('keeps the first play-through’s reflections as earlier versions, in the page and in the exports', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    const player = new PlayerPage(page, site.origin);
    await player.open('closing-too-soon');
    await playRoute(player, recommendedClosingTooSoon);
    await page.getByRole('button', { name: 'Restart' }).click();
    await playRoute(player, secondPlay);

    const log = new LogPage(page, site.origin);
    await log.open();
    expect(await log.entries()).toEqual({
      'plan-the-call': 'Second time: Share what Amara said and what breakfast club has seen.',
      'during-the-call': 'Second time: Acknowledge the progress, then share the last fortnight.',
      'call-record': 'Second time: Closure postponed; review in six weeks.',
    });
    expect(await log.earlierVersions()).toEqual({
      'plan-the-call': ['Share what Amara said and what breakfast club has seen.'],
      'during-the-call': ['Acknowledge the progress, then share the last fortnight.'],
      'call-record': ['Closure postponed; review in six weeks.'],
    });
    const markdown = readFileSync((await (await log.downloadMarkdown()).path())!, 'utf8');
    expect(markdown).toContain('> Closure postponed; review in six weeks.');
    expect(markdown).toContain('> Second time: Closure postponed; review in six weeks.');
  });
});

describe('the Word document', () => {
  it('is built only when asked for, and opens in a third-party reader with every heading and the learner’s words', async () => {
    const log = new LogPage(await site.newPage({ acceptDownloads: true }), site.origin);
    await log.open();
    await addEntry(log, 'Team workshop: Closing too soon', { 'What you learnt': 'Ask for the reasons in writing.', 'Peer reflection': 'Talked it through with Sam.' });
    expect(log.javascriptRequests().some((url) => url.includes('log-docx'))).toBe(false);
    const download = await log.download('Download as a Word document');
    expect(download.suggestedFilename()).toMatch(/^reflective-log-\d{4}-\d\d-\d\d\.docx$/);
    expect(log.javascriptRequests().some((url) => url.includes('log-docx'))).toBe(true);
    const path = (await download.path())!;

    const { value: text } = await mammoth.extractRawText({ path });
    for (const words of [
      'Reflective log and CPD record',
      'CPD entries',
      'Team workshop: Closing too soon',
      'Date of the activity: Monday 15 December 2025',
      'Description of the activity',
      'Why it is relevant to your practice',
      'What you learnt',
      'Ask for the reasons in writing.',
      'The impact on your practice',
      'The impact on the people you work with',
      'Peer reflection',
      'Talked it through with Sam.',
    ]) {
      expect(text).toContain(words);
    }
    const { value: html } = await mammoth.convertToHtml({ path });
    expect(html).toContain('<h1>CPD entries</h1>');
    expect(html).toContain('<h3>What you learnt</h3>');
    // The zip itself: a Word package whose document part holds the text.
    const documentXml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
    expect(documentXml).toContain('Ask for the reasons in writing.');
    expect(execFileSync('unzip', ['-l', path], { encoding: 'utf8' })).toContain('[Content_Types].xml');
  });
});

describe('the JSON backup', () => {
  it('restores into an empty browser, merges without overwriting, and refuses a bad file with a clear message', async () => {
    const log = new LogPage(await site.newPage({ acceptDownloads: true }), site.origin);
    await log.open();
    await addEntry(log, 'Team workshop: Closing too soon', { 'What you learnt': 'Ask for the reasons in writing.' });
    const backupPath = (await (await log.download('Download a backup (JSON)')).path())!;
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(backup).toMatchObject({ backup: 'common-ground-reflective-log', formatVersion: 2 });

    await log.deleteAll();
    await expect.poll(() => log.cpdActivities()).toEqual([]);
    const importFile = (name: string, text: string) => log.page.locator('#log-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

    await importFile('backup.json', JSON.stringify(backup));
    await expect.poll(() => log.status()).toBe('backup.json: Imported 1 CPD entry.');
    expect(await log.cpdActivities()).toEqual(['Team workshop: Closing too soon']);

    await importFile('backup.json', JSON.stringify(backup));
    await expect.poll(() => log.status()).toBe('backup.json: Nothing new was imported: everything in the file is already in this log.');

    // The same entry changed on another computer: both versions are kept, nothing overwritten.
    const changed = structuredClone(backup);
    changed.records[0].learning = 'Changed elsewhere.';
    await importFile('other-computer.json', JSON.stringify(changed));
    await expect.poll(() => log.status()).toMatch(/^other-computer\.json: Imported 1 CPD entry\. .*both versions of it are kept: nothing was overwritten\.$/);
    expect((await log.page.locator('[data-cpd-field="learning"]').allTextContents()).sort()).toEqual(['Ask for the reasons in writing.', 'Changed elsewhere.']);

    const before = await log.page.evaluate((key) => localStorage.getItem(key), logKey);
    await importFile('notes.json', 'these are my notes');
    await expect.poll(() => log.page.locator('#log-import-error').textContent()).toBe(
      'Error: This file could not be imported: it is not a Common Ground backup (it is not JSON). Choose a backup made with “Download a backup (JSON)” on this page. Nothing was imported, and your log is as it was.',
    );
    const broken = structuredClone(backup);
    broken.records.push({ id: 'x' });
    await importFile('broken.json', JSON.stringify(broken));
    await expect.poll(() => log.page.locator('#log-import-error').textContent()).toMatch(/could not be imported: 1 entry in it cannot be read \(Its CPD entry 2 has no activity\.\)/);
    expect(await log.page.evaluate((key) => localStorage.getItem(key), logKey)).toBe(before);
  });
});

describe('delete everything', () => {
  it('removes every trace, player drafts included, and says what it removed', async () => {
    const page = await site.newPage();
    const player = new PlayerPage(page, site.origin);
    await player.open('closing-too-soon');
    await playRoute(player, recommendedClosingTooSoon.slice(0, 2));
    // A draft typed and left in the player's box, never moved on from.
    await player.choose('start-with-amara');
    await player.choose('call-bea');
    await player.write('during-the-call', 'Private words typed on a shared computer.');
    await page.locator('textarea[data-prompt="during-the-call"]').blur();

    const log = new LogPage(page, site.origin);
    await log.open();
    await addEntry(log, 'Supervision', { 'What you learnt': 'Escalate sooner.' });
    expect(await commonGroundKeys(page)).toEqual([logKey, 'common-ground:v1:session:closing-too-soon']);
    await log.deleteAll();
    await expect.poll(() => log.status()).toBe(
      'Deleted from this browser: your reflective log (1 CPD entry and 2 scenario reflections) and your saved progress in 1 scenario, with everything typed there. Nothing from Common Ground is left in this browser’s storage.',
    );
    expect(await commonGroundKeys(page)).toEqual([]);
    expect(await log.cpdActivities()).toEqual([]);

    // The player starts afresh: nothing typed reappears.
    await player.open('closing-too-soon');
    expect(await player.notices()).toEqual([]);
    await player.choose('ask-for-time-tomorrow');
    expect(await player.promptValue('plan-the-call')).toBe('');
    expect(await page.locator('textarea').evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value).filter(Boolean))).toEqual([]);
    expect(await page.content()).not.toContain('Private words typed on a shared computer.');
    expect(await player.notices()).toEqual([]);
  });
});

describe('a log saved before CPD entries existed', () => {
  it('is read, shown and kept when the first CPD entry is saved', async () => {
    const log = new LogPage(await site.newPage(), site.origin);
    await log.open();
    const old = { scenarioId: 'closing-too-soon', scenarioTitle: 'Closing too soon', promptId: 'call-record', kind: 'record', prompt: 'Write it down', text: 'Agreed in 2025.', updatedAt: '2025-11-25T10:00:00.000Z' };
    await log.page.evaluate(([key, entry]) => localStorage.setItem(key as string, JSON.stringify({ envelope: 1, kind: 'reflective-log', savedAt: '2025-11-25T10:00:00.000Z', data: { formatVersion: 1, entries: [entry] } })), [logKey, old] as const);
    await log.open();
    expect(await log.entries()).toEqual({ 'call-record': 'Agreed in 2025.' });
    await addEntry(log, 'Supervision', {});
    const stored = await log.page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).data, logKey);
    expect(stored).toMatchObject({ formatVersion: 2, entries: [old], records: [{ activity: 'Supervision' }] });
  });
});
