/**
 * The scenario studio (issue 19), by keyboard and screen reader: Tab
 * leaves the editor, a finding's button and a map box take the cursor to
 * their line, the map has its outline in words, axe finds nothing on any
 * panel at a desktop and a phone size, and the polite live region speaks
 * once per pause in typing, not on every keystroke.
 */
import { describe, expect, it } from 'vitest';
import { formatViolations } from '../support/axe.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { type StudioPanel, StudioPage } from './pages/studio-page.js';

const site = useBuiltSite();

async function openStudio(viewport = { width: 1280, height: 800 }): Promise<StudioPage> {
  const studio = new StudioPage(await site.newPage({ viewport }), site.origin);
  await studio.open();
  return studio;
}

/** What the focused element is, in words a failure can show. */
function focused(studio: StudioPage): Promise<string> {
  return studio.page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}` : 'nothing';
  });
}

describe('the scenario studio by keyboard', () => {
  it('lets Tab leave the editor and Shift+Tab come back, without typing a tab', async () => {
    const studio = await openStudio();
    const before = await studio.draftText();
    await studio.focusEditor();
    expect(await studio.editorHasFocus()).toBe(true);
    await studio.page.keyboard.press('Tab');
    expect(await studio.editorHasFocus()).toBe(false);
    // On to the panels' tab list, at the selected tab.
    expect(await focused(studio)).toMatch(/^button#studio-tab-findings Findings \(\d+\)$/);
    await studio.page.keyboard.press('Shift+Tab');
    expect(await studio.editorHasFocus()).toBe(true);
    expect(await studio.draftText()).toBe(before);
    expect(await studio.problems()).toEqual([]);
  });

  it("takes the cursor to a finding's line from its button, and moves between panels with the arrow keys", async () => {
    const studio = await openStudio();
    const recommended = (await studio.findingsWithCode('long-recommended'))[0]!;
    expect(recommended.message).toMatch(/^The recommended choice "agree-a-plan"/);
    await studio.findingButton('long-recommended').focus();
    await studio.page.keyboard.press('Enter');
    expect(await studio.editorHasFocus()).toBe(true);
    expect(await studio.cursorLine()).toBe(recommended.line);
    expect(await studio.cursorLineText()).toBe('<Choice id="agree-a-plan" to="kept-open" recommended>');

    await studio.tab('Findings').focus();
    await studio.page.keyboard.press('ArrowRight');
    expect(await studio.tab('Map').getAttribute('aria-selected')).toBe('true');
    expect(await focused(studio)).toBe('button#studio-tab-map Map');
    await studio.page.keyboard.press('End');
    expect(await studio.tab('Test plan').getAttribute('aria-selected')).toBe('true');
    await studio.page.keyboard.press('Home');
    expect(await studio.tab('Findings').getAttribute('aria-selected')).toBe('true');
    expect(await studio.problems()).toEqual([]);
  });

  it('takes the cursor to a scene from its map box with Enter or Space, and from its line in the outline', async () => {
    const studio = await openStudio();
    await studio.showMap();
    const conversation = studio.mapNode('Scene the-conversation');
    const label = (await conversation.getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/^The conversation\. Scene the-conversation: go to line \d+\.$/);
    await conversation.focus();
    await studio.page.keyboard.press('Enter');
    expect(await studio.editorHasFocus()).toBe(true);
    expect(await studio.cursorLine()).toBe(Number(/line (\d+)/.exec(label)![1]));
    expect(await studio.cursorLineText()).toBe('<Scene id="the-conversation" stage={1}>');

    const poor = studio.mapNode('Ending involvement-ended');
    await poor.focus();
    await studio.page.keyboard.press('Space');
    expect(await studio.cursorLine()).toBe(Number(/line (\d+)/.exec((await poor.getAttribute('aria-label')) ?? '')![1]));
    expect(await studio.cursorLineText()).toBe('<Ending id="involvement-ended" outcome="poor">');

    // The same map in words: each stage, its scenes and endings with their marks, and each scene's ways on.
    expect(await studio.outlineEntries()).toEqual([
      'Stage 1: Talk it through between the agencies (2 scenes, 2 endings)',
      'The concern (the-concern) — scene, start',
      "Choice 'Phone Alex Morgan this afternoon to talk it through.' leads to the-conversation, recommended",
      "Choice 'Wait to see whether anything else happens first.' leads to involvement-ended, mistake",
      'The conversation (the-conversation) — scene',
      "Choice 'Share your evidence and agree together to keep the case open and review it in four weeks.' leads to kept-open, recommended",
      "Choice 'You cannot agree. Tell Alex you will take it to your line manager.' leads to line-manager",
      expect.stringMatching(/^Settled between the two of you \(kept-open\) — ending\W+good$/),
      expect.stringMatching(/^Involvement ended without challenge \(involvement-ended\) — ending\W+poor$/),
      'Stage 2: Discuss with your line manager (1 scene, 1 ending)',
      'Talking to your line manager (line-manager) — scene',
      "Choice 'Your line manager's call with their counterpart settles it.' leads to resolved-by-managers",
      expect.stringMatching(/^Settled by the managers \(resolved-by-managers\) — ending\W+mixed$/),
    ]);
    await studio.page.locator('.studio-outline__button', { hasText: 'Talking to your line manager (line-manager)' }).focus();
    await studio.page.keyboard.press('Enter');
    expect(await studio.editorHasFocus()).toBe(true);
    expect(await studio.cursorLineText()).toBe('<Scene id="line-manager" stage={2}>');

    // A dead end typed into the draft is marked on the map and named in its outline.
    await studio.typeAtEnd('\n<Scene id="stuck" stage={1}>\n\n## Stuck\n\n</Scene>\n');
    await expect.poll(async () => (await studio.isChecked()) && (await studio.findingsWithCode('dead-end')).length, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => studio.page.locator('.studio-map__node--dead-end').count()).toBe(1);
    expect(await studio.mapNode('Scene stuck').getAttribute('aria-label')).toMatch(/dead end/i);
    expect((await studio.outlineEntries()).find((entry) => entry.startsWith('Stuck (stuck)'))).toMatch(/dead end/i);
    expect(await studio.problems()).toEqual([]);
  });
});

describe('the scenario studio for screen readers', () => {
  const panels: StudioPanel[] = ['Findings', 'Map', 'Play', 'Test plan'];

  it.each([
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])('finds no axe violations on any panel at $width×$height', async (viewport) => {
    const studio = await openStudio(viewport);
    // A draft with something to show on every panel: a dead end (an error and a mark on the map) and a plan's results.
    await studio.typeAtEnd('\n<Scene id="stuck" stage={1}>\n\n## Stuck\n\n</Scene>\n');
    await expect.poll(async () => (await studio.isChecked()) && (await studio.findingsWithCode('dead-end')).length, { timeout: 15_000 }).toBe(1);
    await studio.runPlan('routes:\n  - name: Agreed\n    steps: [call-today, agree-a-plan]\n    expect:\n      ending: kept-open\n  - name: Wrong\n    steps: [wait-and-see]\n    expect:\n      ending: kept-open\n');

    const found: Record<string, string> = {};
    const wider: Record<string, number> = {};
    for (const panel of panels) {
      if (panel === 'Map') await studio.showMap();
      else if (panel === 'Play') await studio.showPreview();
      else await studio.showPanel(panel);
      found[panel] = formatViolations(await studio.axe());
      // Reflow (WCAG 1.4.10): no panel makes the page scroll sideways; a wide map scrolls inside its own box.
      wider[panel] = (await studio.page.evaluate(() => document.documentElement.scrollWidth)) - viewport.width;
      await studio.page.screenshot({ path: site.artifact(`studio-${panel.toLowerCase().replace(' ', '-')}-${viewport.width}.png`), fullPage: viewport.width < 600 });
    }
    expect(found).toEqual({ Findings: '', Map: '', Play: '', 'Test plan': '' });
    expect(wider).toEqual({ Findings: 0, Map: 0, Play: 0, 'Test plan': 0 });
    expect(await studio.problems()).toEqual([]);
  });

  it('announces what changed politely, once per pause in typing and not on every keystroke', async () => {
    const studio = await openStudio();
    expect(await studio.announcer.getAttribute('aria-live')).toBe('polite');
    expect(await studio.announcer.getAttribute('role')).toBe('status');
    const announcements = await studio.recordAnnouncements();
    const baseline = await studio.summary();
    const withOneError = baseline === 'No problems found.' ? '1 error.' : `1 error and ${baseline}`;

    // A sentence typed a key at a time (31 keystrokes, each well inside the pause that starts a check).
    const sentence = 'Her NHS number is 943 476 5919.';
    await studio.moveUpFromEnd(2);
    const line = await studio.cursorLine();
    const checks = await studio.checkCount();
    await studio.page.keyboard.type(sentence, { delay: 30 });
    await expect.poll(async () => (await studio.isChecked()) && (await studio.findingsWithCode('personal-data')).length, { timeout: 15_000 }).toBe(1);
    expect(await announcements()).toEqual([`New: personal data at line ${line}. ${withOneError}`]);
    expect(await studio.checkCount()).toBeLessThan(checks + sentence.length);

    // A word that changes no finding is not announced at all.
    const quiet = await studio.checkCount();
    await studio.page.keyboard.type(' Thanks', { delay: 30 });
    await studio.waitForCheckAfter(quiet);
    expect(await announcements()).toHaveLength(1);

    // Removing the number, a key at a time: one more announcement, when the pause comes.
    for (let key = 0; key < ' Thanks'.length + '5919.'.length; key += 1) await studio.page.keyboard.press('Backspace', { delay: 30 });
    await expect.poll(async () => (await studio.isChecked()) && (await studio.findingsWithCode('personal-data')).length, { timeout: 15_000 }).toBe(0);
    expect(await announcements()).toEqual([`New: personal data at line ${line}. ${withOneError}`, `Fixed: personal data at line ${line}. ${baseline}`]);
    expect(await studio.problems()).toEqual([]);
  });
});
