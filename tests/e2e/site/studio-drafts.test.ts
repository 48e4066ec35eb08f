/**
 * The scenario studio (issue 19), starting and keeping drafts: a case file
 * opened from this computer and one of the built-in examples scaffolded
 * into drafts with their audits; an NHS number planted in a case file
 * refused with where it is, and one typed into a draft found as it is
 * typed, with nothing sent anywhere; drafts kept through reloads (after a
 * pause and straight after typing), listed with names and times, and a
 * full storage said in words with the text kept and offered as a download.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../support/site-build.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { fillLocalStorage, freeLocalStorage, storedValues } from './pages/browser-storage.js';
import { StudioPage } from './pages/studio-page.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const site = useBuiltSite();
const cases = join(packageRoot, 'scenarios', 'cases');

/** A valid NHS number (its check digit holds), as a guard must catch it. */
const NHS_NUMBER = '943 476 5919';

async function openStudio(): Promise<StudioPage> {
  const studio = new StudioPage(await site.newPage({ viewport: { width: 1280, height: 800 } }), site.origin);
  await studio.open();
  return studio;
}

/**
 * Puts the cursor on the blank line before the last `</Ending>` of the
 * template (the poor ending's debrief) and types a sentence there, which
 * joins the paragraph above it.
 */
async function typeIntoLastEnding(studio: StudioPage, sentence: string): Promise<void> {
  await studio.moveUpFromEnd(1);
  expect((await studio.cursorLineText()).trim()).toBe('</Ending>');
  await studio.page.keyboard.press('ArrowUp');
  await studio.page.keyboard.type(sentence, { delay: 20 });
}

describe('the scenario studio: starting from a case file', () => {
  it('scaffolds a case file opened from this computer into a new draft, with its audit', async () => {
    const studio = await openStudio();
    expect(await studio.draftCount()).toBe(1);
    await studio.startFromCaseFile(join(cases, 'missed-deadlines.case.yaml'), 'A safeguarding enquiry declined, escalated to the panel over Easter');

    expect(await studio.draftName()).toBe('A safeguarding enquiry declined, escalated to the panel over Easter');
    expect(await studio.draftCount()).toBe(2);
    // The keyboard focus goes to the new draft's name, so a screen reader hears where it is.
    expect(await studio.page.evaluate(() => document.activeElement?.classList.contains('studio-draft__heading'))).toBe(true);
    const notes = await studio.startedNotes.innerText();
    expect(notes).toContain('2 of 8 deadlines met; 6 missed, skipped or not recorded');
    expect(notes).toContain('A draft scenario from missed-deadlines.case.yaml: replace each "> **Author:**" note with your own words');
    const audit = await studio.caseAudit();
    expect(audit).toMatch(/^## Case audit: A safeguarding enquiry declined, escalated to the panel over Easter\n/);
    expect(audit).toContain('| 1.limit Resolve at the latest |');
    const download = await studio.download('Download the audit (Markdown)');
    expect(download.suggestedFilename()).toMatch(/-audit\.md$/);
    expect(await readFile((await download.path())!, 'utf8')).toBe(audit);

    // The draft made from it: the case's scaffold, checked like any other, with notes to replace and no errors.
    const text = await studio.draftText();
    expect(text).toContain('> **Author:**');
    expect(text).toMatch(/^---\n[\s\S]*title: "?A safeguarding enquiry declined, escalated to the panel over Easter"?\n/);
    expect((await studio.findings()).filter((finding) => finding.severity === 'Error')).toEqual([]);
    expect((await studio.findings()).length).toBeGreaterThan(0);
    await studio.page.screenshot({ path: site.artifact('studio-case-started.png'), fullPage: true });
    expect(await studio.problems()).toEqual([]);
  });

  it('scaffolds one of the built-in example case files', async () => {
    const studio = await openStudio();
    await studio.startFromExample('on-time.case.yaml', 'A case closure challenged and settled by senior managers');
    expect(await studio.draftName()).toBe('A case closure challenged and settled by senior managers');
    expect(await studio.draftCount()).toBe(2);
    expect(await studio.caseAudit()).toMatch(/^## Case audit: A case closure challenged and settled by senior managers\n/);
    expect(await studio.draftText()).toContain('> **Author:**');
    await studio.showPreview();
    expect(await studio.previewHeading()).not.toBe('');
    expect(await studio.problems()).toEqual([]);
  });

  it('refuses a case file with an NHS number planted in a note, saying where it is, and sends nothing anywhere', async () => {
    const studio = await openStudio();
    const original = await readFile(join(cases, 'on-time.case.yaml'), 'utf8');
    const planted = original.replace("summary: The class teacher's concerns", `summary: NHS number ${NHS_NUMBER}. The class teacher's concerns`);
    expect(planted).not.toBe(original);
    const lines = planted.split('\n');
    const line = lines.findIndex((text) => text.includes(NHS_NUMBER)) + 1;
    const column = lines[line - 1]!.indexOf(NHS_NUMBER) + 1;
    const file = join(temporaryFolder('studio-case-'), 'planted.case.yaml');
    await writeFile(file, planted);

    const requestsBefore = studio.requests.length;
    await studio.chooseCaseFile(file);
    const errors = await studio.startErrors();
    expect(errors.title).toBe('planted.case.yaml could not become a draft');
    expect(errors.lines).toEqual([expect.stringMatching(new RegExp(`^planted\\.case\\.yaml:${line}:${column}: error: "${NHS_NUMBER}" is a valid NHS number\\.\\n  hint: Remove it`))]);
    // No draft was made from it, and the one on screen is untouched.
    expect(await studio.draftCount()).toBe(1);
    expect(await studio.draftName()).toBe('A new scenario');
    expect(JSON.stringify(await storedValues(studio.page))).not.toContain(NHS_NUMBER);
    // Nothing was fetched or sent because of it: checking happens in the page's own worker.
    expect(studio.requests.slice(requestsBefore)).toEqual([]);
    expect(await studio.problems()).toEqual([]);
  });

  it('finds an NHS number typed into a draft, in the findings and in the editor', async () => {
    const studio = await openStudio();
    await typeIntoLastEnding(studio, `Her NHS number is ${NHS_NUMBER}.`);
    await expect.poll(async () => (await studio.isChecked()) && (await studio.findingsWithCode('personal-data')).length, { timeout: 15_000 }).toBe(1);
    const text = (await studio.draftText()).split('\n');
    const line = text.findIndex((each) => each.includes(NHS_NUMBER)) + 1;
    expect(await studio.findingsWithCode('personal-data')).toEqual([
      { severity: 'Error', line, column: text[line - 1]!.indexOf(NHS_NUMBER) + 1, code: 'personal-data', message: `"${NHS_NUMBER}" is a valid NHS number.` },
    ]);
    expect(await studio.errorRanges()).toContain(`${NHS_NUMBER}.`);
    expect((await studio.editorDiagnostics()).filter((each) => each.startsWith('personal-data:'))).toEqual([expect.stringContaining(`personal-data: "${NHS_NUMBER}" is a valid NHS number.`)]);
    // The number never left the page.
    expect(studio.requests.filter((request) => request.includes('943') || !request.startsWith(`GET ${site.origin}/`))).toEqual([]);
    expect(await studio.problems()).toEqual([]);
  });
});

describe('the scenario studio: keeping drafts', () => {
  it('keeps the draft through a reload, whether saved after a pause or straight after typing', async () => {
    const studio = await openStudio();
    const name = await studio.draftName();

    // Saved a second after typing stops.
    await studio.typeAtEnd('\nA first note, kept after a pause.\n');
    await expect.poll(() => studio.saveStatus(), { timeout: 10_000 }).toMatch(/^Saved in this browser: /);
    const paused = await studio.draftText();
    expect(paused.endsWith('A first note, kept after a pause.\n')).toBe(true);
    await studio.reload();
    expect(await studio.draftName()).toBe(name);
    expect(await studio.draftText()).toBe(paused);

    // Left straight after typing, before the pause: the page saves as it is hidden.
    const typed = '\nA second note, typed just before leaving.\n';
    await studio.typeAtEnd(typed);
    expect(await studio.saveStatus()).toBe('Saving in this browser when you pause…');
    expect(JSON.stringify(await storedValues(studio.page))).not.toContain('A second note');
    await studio.reload();
    expect(await studio.draftName()).toBe(name);
    expect(await studio.draftText()).toBe(paused + typed);
    expect(await studio.draftCount()).toBe(1);
    expect(await studio.problems()).toEqual([]);
  });

  it('lists several drafts, newest first, with their names and when each last changed', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
    await page.clock.setFixedTime(new Date('2026-11-20T10:42:00Z'));
    const studio = new StudioPage(page, site.origin);
    await studio.open();
    await page.clock.setFixedTime(new Date('2026-11-20T10:50:00Z'));
    await studio.startFromExample('on-time.case.yaml', 'A case closure challenged and settled by senior managers');
    await page.clock.setFixedTime(new Date('2026-11-20T14:05:00Z'));
    await studio.startFromExample('a-working-week.case.yaml', 'A decision not to assess, taken to an independently chaired review meeting');

    expect(await studio.draftRows()).toEqual([
      { name: 'A decision not to assess, taken to an independently chaired review meeting', changed: 'Friday 20 November 2026, 2.05pm', open: true },
      { name: 'A case closure challenged and settled by senior managers', changed: 'Friday 20 November 2026, 10.50am', open: false },
      { name: 'A new scenario', changed: 'Friday 20 November 2026, 10.42am', open: false },
    ]);

    // Opening an older one puts it in the editor and marks it open.
    const checks = await studio.checkCount();
    await page.getByRole('button', { name: 'Open A new scenario' }).click();
    await studio.waitForCheckAfter(checks);
    expect(await studio.draftName()).toBe('A new scenario');
    expect((await studio.draftRows()).map((row) => row.open)).toEqual([false, false, true]);
    expect(await studio.draftText()).toContain('title: A new scenario');
    expect(await studio.problems()).toEqual([]);
  });

  it('says so in words when the storage is full, keeps the text in the editor and offers it as a download', async () => {
    const studio = await openStudio();
    await fillLocalStorage(studio.page);
    const sentence = 'Written while the storage is full.';
    await studio.typeAtEnd(`\n${sentence}\n`);

    await studio.notSavedAlert.waitFor({ timeout: 10_000 });
    const said = await studio.saveStatus();
    expect(said).toContain('Your draft could not be saved in this browser');
    expect(said).toContain('"A new scenario" was not saved: this browser\'s storage is full.');
    // The text is still in the editor, and the alert's button offers it all.
    await expect.poll(() => studio.editor.locator('.cm-line', { hasText: sentence }).count()).toBe(1);
    const download = await studio.download('Download a-new-scenario.mdx');
    expect(download.suggestedFilename()).toBe('a-new-scenario.mdx');
    const offered = await readFile((await download.path())!, 'utf8');
    expect(offered.endsWith(`\n${sentence}\n`)).toBe(true);
    expect(offered).toBe(await studio.draftText());
    await studio.page.screenshot({ path: site.artifact('studio-storage-full.png') });

    // Once there is room again, the next pause saves it and the alert goes.
    await freeLocalStorage(studio.page);
    await studio.typeAtEnd('More.');
    await expect.poll(() => studio.saveStatus(), { timeout: 10_000 }).toMatch(/^Saved in this browser: /);
    expect(await studio.notSavedAlert.count()).toBe(0);
    expect(JSON.stringify(await storedValues(studio.page))).toContain(sentence);
    expect(await studio.problems()).toEqual([]);
  });
});
