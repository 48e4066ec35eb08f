/**
 * The scenario studio (issue 19), writing a scenario: a new draft from the
 * template, changed with the keyboard in the editor until it has a dead
 * end (shown in the findings and in the editor), fixed, and played to an
 * ending in the real player; and a test plan run against it. Nothing may
 * go wrong on the page meanwhile: no uncaught errors, no console errors,
 * no Content-Security-Policy violations.
 */
import { describe, expect, it } from 'vitest';
import { formatViolations } from '../support/axe.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { storedValues } from './pages/browser-storage.js';
import { StudioPage } from './pages/studio-page.js';

const site = useBuiltSite();

/** The template's recommended choice in its second scene, as the template has it. */
const TEMPLATE_CHOICE = '<Choice id="agree-a-plan" to="kept-open" recommended>';

/** A scene the author adds, to be reached from that choice; on its own it is a dead end. */
const REVIEW_SCENE = ['', '<Scene id="review-meeting" stage={1}>', '', '## The review meeting', '', 'Four weeks on, you and Alex Morgan meet to see how Sam is getting on.', ''];
const FIX = '<Continue to="kept-open" />';

/**
 * The text without the indentation CodeMirror adds after Enter inside a
 * component's tags (which MDX ignores), so it can be compared with what was typed.
 */
const unindented = (text: string) => text.replace(/^[ \t]+/gm, '');

/** Opens the studio at a desktop size and starts a fresh draft from the template. */
async function templateDraft(): Promise<StudioPage> {
  const studio = new StudioPage(await site.newPage({ viewport: { width: 1280, height: 800 } }), site.origin);
  await studio.open();
  await studio.startFromTemplate();
  return studio;
}

/**
 * Writes the review meeting into the draft with the keyboard: the outline's
 * entry for the recommended choice puts the cursor on its line, which is
 * deleted (Ctrl+Shift+K) and typed again leading to the new scene; the new
 * scene is typed at the end of the file, with no way on.
 */
async function writeReviewMeeting(studio: StudioPage): Promise<void> {
  await studio.showPanel('Map');
  await studio.jumpByOutline("Choice 'Share your evidence");
  expect(await studio.cursorLineText()).toBe(TEMPLATE_CHOICE);
  await studio.page.keyboard.press('Control+Shift+KeyK');
  await studio.typeLines([TEMPLATE_CHOICE.replace('to="kept-open"', 'to="review-meeting"')]);
  await studio.page.keyboard.press('Control+End');
  await studio.typeLines([...REVIEW_SCENE, '</Scene>']);
  await studio.showPanel('Findings');
}

describe('the scenario studio: writing from the template', () => {
  it('shows a dead end in the findings and the editor as it is written, clears it when fixed, and plays the draft to its ending', async () => {
    const studio = await templateDraft();
    const before = await studio.draftText();
    expect(before).toContain(TEMPLATE_CHOICE);
    const baseline = await studio.summary();
    expect(await studio.findingsWithCode('dead-end')).toEqual([]);

    await writeReviewMeeting(studio);
    await expect.poll(async () => (await studio.isChecked()) && (await studio.findingsWithCode('dead-end')).length, { timeout: 15_000 }).toBe(1);

    // The draft is what was typed: the choice leads on, and the new scene ends the file.
    const written = unindented(await studio.draftText());
    expect(written).toContain('<Choice id="agree-a-plan" to="review-meeting" recommended>\nShare your evidence');
    expect(written).not.toContain(TEMPLATE_CHOICE);
    expect(written.endsWith(`${REVIEW_SCENE.join('\n')}\n</Scene>\n`)).toBe(true);
    const sceneLine = written.split('\n').indexOf('<Scene id="review-meeting" stage={1}>') + 1;

    // In the findings list, at the scene's tag, worded as `validate` words it.
    const [deadEnd] = await studio.findingsWithCode('dead-end');
    expect(deadEnd).toEqual({ severity: 'Error', line: sceneLine, column: 1, code: 'dead-end', message: 'Scene "review-meeting" has no way on: no <Choice>, no <Continue> and no <Event to>.' });
    // And in the editor: the tag underlined, and the same words in its list of diagnostics.
    await expect.poll(() => studio.errorRanges()).toContain('<Scene id="review-meeting" stage={1}>');
    expect((await studio.editorDiagnostics()).filter((line) => line.startsWith('dead-end:'))).toEqual([
      expect.stringMatching(/^dead-end: Scene "review-meeting" has no way on: .* Hint: Add <Choice to="…"> elements/),
    ]);

    await studio.findingButton('dead-end').scrollIntoViewIfNeeded();
    await studio.scrollToWorkspace();
    await studio.page.screenshot({ path: site.artifact('studio-editor-findings.png') });

    // The finding's button takes the cursor to the scene; a way on is typed just before its closing tag.
    await studio.findingButton('dead-end').click();
    expect(await studio.editorHasFocus()).toBe(true);
    expect(await studio.cursorLine()).toBe(sceneLine);
    await studio.moveUpFromEnd(1);
    expect((await studio.cursorLineText()).trim()).toBe('</Scene>');
    await studio.page.keyboard.press('Home');
    await studio.page.keyboard.type(FIX);
    await studio.page.keyboard.press('Enter');
    await studio.page.keyboard.press('Enter');

    await expect.poll(async () => (await studio.isChecked()) && (await studio.findings()).filter((finding) => finding.severity === 'Error').length, { timeout: 15_000 }).toBe(0);
    expect(await studio.findingsWithCode('dead-end')).toEqual([]);
    expect(await studio.summary()).toBe(baseline);
    await expect.poll(() => studio.errorRanges()).toEqual([]);
    expect((await studio.editorDiagnostics()).filter((line) => line.startsWith('dead-end:'))).toEqual([]);
    expect(unindented(await studio.draftText())).toContain(`Four weeks on, you and Alex Morgan meet to see how Sam is getting on.\n\n${FIX}\n\n</Scene>\n`);

    // The map shows the new scene in its place, with no dead end left.
    await studio.showMap();
    await studio.mapNode('Scene review-meeting').waitFor();
    expect(await studio.page.locator('.studio-map__node--dead-end').count()).toBe(0);
    expect(await studio.outlineEntries()).toContain("Choice 'Share your evidence and agree together to keep the case open and review it in four weeks.' leads to review-meeting, recommended");
    await studio.page.getByRole('button', { name: 'Fit the map to the panel' }).click();
    await studio.scrollToWorkspace();
    await studio.page.screenshot({ path: site.artifact('studio-map.png') });

    // Played in the real player: through the scene just written, to the ending it leads to.
    await studio.showPreview();
    expect(await studio.previewHeading()).toBe('The concern');
    await studio.choose('call-today');
    expect(await studio.previewHeading()).toBe('The conversation');
    await studio.choose('agree-a-plan');
    expect(await studio.previewHeading()).toBe('The review meeting');
    await studio.continueOn();
    expect(await studio.player.getAttribute('data-node')).toBe('kept-open');
    expect((await studio.player.locator('.player-ending h2').textContent())?.trim()).toBe('Settled between the two of you');
    await studio.player.locator('.player-debrief').waitFor();
    await studio.scrollToWorkspace();
    await studio.page.screenshot({ path: site.artifact('studio-preview.png') });

    expect(await studio.problems()).toEqual([]);
  });

  it('raises no Content-Security-Policy violation when typing over a selection of several lines', async () => {
    const studio = await templateDraft();
    await studio.showPanel('Map');
    await studio.jumpByOutline("Choice 'Share your evidence");
    // Alt+L selects the whole line and its line break, as Shift+Down does; typing then replaces it.
    await studio.page.keyboard.press('Alt+KeyL');
    await studio.page.keyboard.type('<');
    await expect.poll(async () => (await studio.isChecked()) && (await studio.findingsWithCode('mdx-syntax')).length, { timeout: 15_000 }).toBe(1);
    expect(await studio.draftText()).toContain('\n<Share your evidence and agree together');
    expect(await studio.problems()).toEqual([]);
  });

  it("does not tell an author that what they type into the preview's prompts is saved or added to their reflective log", async () => {
    const studio = await templateDraft();
    await studio.showPreview();
    const prompt = studio.player.locator('textarea[data-prompt="before-the-call"]');
    await prompt.pressSequentially('An author trying the draft.');
    await expect.poll(() => prompt.inputValue()).toBe('An author trying the draft.');
    expect(Object.keys(await storedValues(studio.page)).filter((key) => !key.includes('studio'))).toEqual([]);
    const hint = (await studio.player.locator('.player-prompt__hint').first().textContent()) ?? '';
    expect(hint).not.toMatch(/reflective log|^Saved in this browser/);
    expect(await studio.problems()).toEqual([]);
  });

  it('runs a test plan against the draft and shows which routes pass and which fail', async () => {
    const studio = await templateDraft();
    const caption = await studio.runPlan(
      [
        'routes:',
        '  - name: Agreed at stage 1',
        '    steps: [call-today, agree-a-plan]',
        '    expect:',
        '      ending: kept-open',
        '  - name: Taken to the managers',
        '    steps: [call-today, talk-to-manager, manager-resolves]',
        '    expect:',
        '      ending: kept-open',
        '',
      ].join('\n'),
    );
    expect(caption).toBe('2 routes, 1 passed, 1 failed');
    expect(await studio.planRows()).toEqual([
      { route: 'Agreed at stage 1', result: 'Passed', failure: 'Nothing' },
      { route: 'Taken to the managers', result: 'Failed', failure: expect.stringMatching(/^draft\.plan\.yaml:\d+:\d+: route "Taken to the managers": expected ending "kept-open", actual the ending "resolved-by-managers"/) },
    ]);
    await studio.page.screenshot({ path: site.artifact('studio-test-plan.png') });

    // The plan runs against the draft as written. The first change (the agreed plan now goes to the managers'
    // ending) leaves the good ending unreachable, an error, so the plan still runs against the last version without one…
    await studio.showPanel('Map');
    await studio.jumpByOutline("Choice 'Share your evidence");
    await studio.page.keyboard.press('Control+Shift+KeyK');
    await studio.typeLines([TEMPLATE_CHOICE.replace('to="kept-open"', 'to="resolved-by-managers"')]);
    await expect.poll(async () => (await studio.isChecked()) && (await studio.findingsWithCode('unreachable-ending')).map((finding) => finding.message), { timeout: 15_000 }).toEqual([
      'No path from the start ("the-concern") reaches ending "kept-open".',
    ]);
    await studio.showPanel('Test plan');
    await studio.page.getByRole('button', { name: 'Run the plan' }).click();
    await expect.poll(() => studio.planRows()).toEqual([
      { route: 'Agreed at stage 1', result: 'Passed', failure: 'Nothing' },
      expect.objectContaining({ route: 'Taken to the managers', result: 'Failed' }),
    ]);
    // …and once the managers' call leads to the good ending instead, against the new version: the results swap.
    await studio.showPanel('Map');
    await studio.jumpByOutline("Choice 'Your line manager's call");
    await studio.page.keyboard.press('Control+Shift+KeyK');
    await studio.typeLines(['<Choice id="manager-resolves" to="kept-open" after="1 working day">']);
    await expect.poll(async () => (await studio.isChecked()) && (await studio.findings()).filter((finding) => finding.severity === 'Error').map((finding) => finding.code), { timeout: 15_000 }).toEqual([]);
    await studio.showPanel('Test plan');
    await studio.page.getByRole('button', { name: 'Run the plan' }).click();
    await expect.poll(() => studio.planRows()).toEqual([
      { route: 'Agreed at stage 1', result: 'Failed', failure: expect.stringMatching(/route "Agreed at stage 1": expected ending "kept-open", actual the ending "resolved-by-managers"/) },
      { route: 'Taken to the managers', result: 'Passed', failure: 'Nothing' },
    ]);
    expect(formatViolations(await studio.axe())).toBe('');
    expect(await studio.problems()).toEqual([]);
  });
});
