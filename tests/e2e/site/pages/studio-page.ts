import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { type AxeViolation, axeViolationsIn } from '../../support/axe.js';
import { recordPageErrors } from '../../support/page-errors.js';
import { SitePage } from '../../support/site-page.js';

/** One finding as the Findings panel lists it. */
export interface ListedFinding {
  severity: 'Error' | 'Warning';
  line: number;
  column: number;
  code: string;
  message: string;
}

/** The studio's panels, by the words on their tabs. */
export type StudioPanel = 'Findings' | 'Map' | 'Play' | 'Test plan';

/** A row of the drafts table. */
export interface DraftRow {
  name: string;
  changed: string;
  open: boolean;
}

/** A row of a test plan's results. */
export interface PlanRow {
  route: string;
  result: string;
  failure: string;
}

/** Where the editor's text lives: CodeMirror's content element, inside the editor's shadow root (Playwright's CSS reaches into open shadow roots). */
const CONTENT = '.studio-editor__host .cm-content';

/**
 * The scenario studio, `/studio/`: the CodeMirror editor (in a shadow root
 * of its own), the Findings, Map, Play and Test plan panels, the drafts
 * kept in this browser and the ways to start a new one. It drives the page
 * the way a person does (keyboard in the editor, buttons, file inputs) and
 * reads back what is on screen. From the moment it is made it records
 * uncaught errors, console errors and Content-Security-Policy violations
 * (see {@link problems}).
 *
 * @example
 * ```ts
 * const studio = new StudioPage(await site.newPage(), site.origin);
 * await studio.open();
 * await studio.typeAtEnd('\nMore words.');
 * await studio.waitForFinding('dead-end');
 * ```
 */
export class StudioPage extends SitePage {
  /** Uncaught errors and console errors (a CSP refusal is one), as {@link recordPageErrors} collects them. */
  readonly errors: string[];
  /** Content-Security-Policy violations, as `securitypolicyviolation` events report them. */
  readonly cspViolations: string[] = [];
  /** Every URL the page asked for, to show nothing leaves the browser. */
  readonly requests: string[] = [];

  constructor(page: Page, origin: string) {
    super(page, origin);
    this.errors = recordPageErrors(page);
    page.on('request', (request) => this.requests.push(`${request.method()} ${request.url()}`));
    page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('securitypolicyviolation: ')) this.cspViolations.push(text);
    });
  }

  /**
   * Opens the studio, with a listener for CSP violations in place before
   * any script runs, and waits until the draft on screen has been checked.
   */
  async open(): Promise<void> {
    await this.page.addInitScript(() => {
      document.addEventListener(
        'securitypolicyviolation',
        (event) => console.info(`securitypolicyviolation: ${event.violatedDirective} ${event.blockedURI || 'inline'} at ${event.sourceFile || 'no script'}:${event.lineNumber}`),
        true,
      );
    });
    await this.goto('/studio/');
    await this.ready();
  }

  /** Reloads the page and waits for the studio again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  private async ready(): Promise<void> {
    await this.waitForIslands();
    await this.page.locator('.studio[data-checked="true"]').waitFor();
    await this.page.locator(CONTENT).waitFor();
    // Count the checks' answers from here on (see `checkCount`).
    await this.page.evaluate(() => {
      const counter = window as unknown as { studioChecks: number };
      counter.studioChecks = 0;
      new MutationObserver((records) => {
        for (const record of records) if (record.oldValue === 'false' && (record.target as Element).getAttribute('data-checked') === 'true') counter.studioChecks += 1;
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-checked'], attributeOldValue: true });
    });
  }

  /**
   * Everything that went wrong on the page so far: uncaught errors, console
   * errors, CSP violations, and the studio's own alert that its checks
   * stopped. Empty when all is well.
   */
  async problems(): Promise<string[]> {
    const broken = await this.page.locator('.studio > .notice--alert').allTextContents();
    return [...this.errors, ...this.cspViolations, ...broken];
  }

  // The editor

  /** CodeMirror's editable content. */
  get editor(): Locator {
    return this.page.locator(CONTENT);
  }

  /** Puts the keyboard focus in the editor, where its cursor was. */
  async focusEditor(): Promise<void> {
    await this.editor.focus();
  }

  /** Whether the keyboard focus is in the editor's text (inside its shadow root). */
  editorHasFocus(): Promise<boolean> {
    return this.page.evaluate(() => {
      const host = document.querySelector('.studio-editor__host');
      return document.activeElement === host && host?.shadowRoot?.activeElement?.classList.contains('cm-content') === true;
    });
  }

  /** Focuses the editor, moves to the very end of the text and types `text` there (see {@link typeText}). */
  async typeAtEnd(text: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+End');
    await this.typeText(text);
  }

  /**
   * Types text at the cursor as a person does: each line's words as one
   * input, and Enter between lines, which CodeMirror handles itself (and
   * indents inside a component's tags, as it would for a person). A line
   * break is never sent inside an input: CodeMirror on Chromium drops
   * those (`insertText('\nX\n')` at the end of a file adds only `X\n`).
   */
  async typeText(text: string): Promise<void> {
    const lines = text.split('\n');
    for (const [index, line] of lines.entries()) {
      if (index > 0) await this.page.keyboard.press('Enter');
      if (line !== '') await this.page.keyboard.insertText(line);
    }
  }

  /** Types each line, then Enter (see {@link typeText}). */
  async typeLines(lines: readonly string[]): Promise<void> {
    await this.typeText(`${lines.join('\n')}\n`);
  }

  /** Focuses the editor and puts the cursor `lines` lines above the end of the text (Ctrl+End, then the up arrow). */
  async moveUpFromEnd(lines: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+End');
    for (let line = 0; line < lines; line += 1) await this.page.keyboard.press('ArrowUp');
  }

  /** The 1-based line the cursor is on, from the line-number gutter. */
  async cursorLine(): Promise<number> {
    return Number(await this.page.locator('.studio-editor__host .cm-lineNumbers .cm-activeLineGutter').textContent());
  }

  /** The text of the line the cursor is on. */
  async cursorLineText(): Promise<string> {
    return (await this.page.locator('.studio-editor__host .cm-activeLine').textContent()) ?? '';
  }

  /**
   * The editor's own diagnostics, read from its lint panel as a keyboard
   * user opens it (Ctrl+Shift+M, as the editor's hint says), then closed
   * again with Escape, which gives the focus back to the text.
   */
  async editorDiagnostics(): Promise<string[]> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Shift+KeyM');
    const panel = this.page.locator('.studio-editor__host .cm-panel-lint');
    await panel.waitFor();
    const items = await panel.locator('li').allTextContents();
    await this.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    return items;
  }

  /** The text the editor underlines as an error, one entry a marked range. */
  errorRanges(): Promise<string[]> {
    return this.page.locator('.studio-editor__host .cm-lintRange-error').allTextContents();
  }

  /**
   * The whole text of the draft, as the "Download this draft (.mdx)" button
   * gives it (the editor draws only the lines in view, so its DOM never
   * holds them all).
   */
  async draftText(): Promise<string> {
    const download = await this.download('Download this draft (.mdx)');
    return readFile((await download.path())!, 'utf8');
  }

  // Checks and findings

  /** How many times the studio has answered a check since the page was opened (or reloaded). */
  checkCount(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { studioChecks: number }).studioChecks);
  }

  /** Waits until the studio has answered a check after `count` and the text on screen is checked. */
  async waitForCheckAfter(count: number): Promise<void> {
    await this.page.waitForFunction(
      (before) => (window as unknown as { studioChecks: number }).studioChecks > before && document.querySelector('.studio')?.getAttribute('data-checked') === 'true',
      count,
    );
  }

  /** Whether the text on screen has been checked. */
  async isChecked(): Promise<boolean> {
    return (await this.page.locator('.studio').getAttribute('data-checked')) === 'true';
  }

  /** The Findings panel's list (it stays rendered while another panel is shown). */
  async findings(): Promise<ListedFinding[]> {
    const items = await this.page.locator('.studio-finding').evaluateAll((nodes) =>
      nodes.map((node) => ({ where: node.querySelector('.studio-finding__where')?.textContent ?? '', message: node.querySelector('.studio-finding__message')?.textContent ?? '' })),
    );
    return items.map(({ where, message }) => {
      const match = /^(Error|Warning) Line (\d+), column (\d+) (\S+)$/.exec(where.replace(/\s+/g, ' ').trim());
      if (!match) throw new Error(`A finding's heading is not "Severity Line n, column n code": ${where}`);
      return { severity: match[1] as ListedFinding['severity'], line: Number(match[2]), column: Number(match[3]), code: match[4]!, message };
    });
  }

  /** The findings with this code. */
  async findingsWithCode(code: string): Promise<ListedFinding[]> {
    return (await this.findings()).filter((finding) => finding.code === code);
  }

  /** The Findings panel's one-line summary, e.g. `5 warnings.`. */
  async summary(): Promise<string> {
    return ((await this.page.locator('.studio-findings__summary').textContent()) ?? '').trim();
  }

  /** The button of the first finding with this code. */
  findingButton(code: string): Locator {
    return this.page.locator('.studio-finding__button', { has: this.page.locator('code', { hasText: new RegExp(`^${code}$`) }) }).first();
  }

  /** The polite live region that says what changed after each check. */
  get announcer(): Locator {
    return this.page.locator('[data-studio-announcement]');
  }

  /**
   * Starts recording what the polite live region says: one entry for each
   * change of its text (what a screen reader would announce).
   */
  async recordAnnouncements(): Promise<() => Promise<string[]>> {
    await this.page.evaluate(() => {
      const region = document.querySelector('[data-studio-announcement]')!;
      const said: string[] = [];
      (window as unknown as { studioSaid: string[] }).studioSaid = said;
      let last = region.textContent ?? '';
      new MutationObserver(() => {
        const text = region.textContent ?? '';
        if (text !== last && text !== '') said.push(text);
        last = text;
      }).observe(region, { childList: true, subtree: true, characterData: true });
    });
    return () => this.page.evaluate(() => [...(window as unknown as { studioSaid: string[] }).studioSaid]);
  }

  // Panels

  /** Shows a panel by clicking its tab. */
  async showPanel(name: StudioPanel): Promise<void> {
    await this.tab(name).click();
    await this.page.locator(`#studio-panel-${this.panelId(name)}:not([hidden])`).waitFor();
  }

  /** A panel's tab. */
  tab(name: StudioPanel): Locator {
    return this.page.locator(`#studio-tab-${this.panelId(name)}`);
  }

  /** A panel. */
  panel(name: StudioPanel): Locator {
    return this.page.locator(`#studio-panel-${this.panelId(name)}`);
  }

  private panelId(name: StudioPanel): string {
    return { Findings: 'findings', Map: 'map', Play: 'play', 'Test plan': 'plan' }[name];
  }

  /** Shows the map and waits until it is drawn. */
  async showMap(): Promise<void> {
    await this.showPanel('Map');
    await this.page.locator('.studio-map__svg').waitFor();
  }

  /** A map box (scene, ending or missing marker) by the id its name ends with, e.g. `Scene the-conversation`. */
  mapNode(kindAndId: string): Locator {
    return this.page.locator(`.studio-map__svg [role="button"][aria-label*="${kindAndId}:"]`);
  }

  /** The map's text outline: every entry's words (without the hidden "go to line" part). */
  outlineEntries(): Promise<string[]> {
    return this.page.locator('.studio-outline__button').evaluateAll((buttons) => buttons.map((button) => (button.firstChild?.textContent ?? '').trim()));
  }

  /** Presses the map outline's entry that starts with `text`, which puts the cursor on its line. */
  async jumpByOutline(text: string): Promise<void> {
    await this.page.locator('.studio-outline__button', { hasText: text }).first().click();
  }

  /** The preview's player. */
  get player(): Locator {
    return this.page.locator('.studio-preview .player');
  }

  /** Shows the Play panel and waits until the player has started. */
  async showPreview(): Promise<void> {
    await this.showPanel('Play');
    await this.page.locator('.studio-preview .player[data-loaded="true"]').waitFor();
  }

  /** Takes a choice in the preview and waits for the scene to change. */
  async choose(choiceId: string): Promise<void> {
    const before = await this.player.getAttribute('data-node');
    await this.player.locator(`button[data-choice="${choiceId}"]`).click();
    await this.page.waitForFunction((node) => document.querySelector('.studio-preview .player')?.getAttribute('data-node') !== node, before);
  }

  /** Presses Continue in the preview and waits for the scene to change. */
  async continueOn(): Promise<void> {
    const before = await this.player.getAttribute('data-node');
    await this.player.getByRole('button', { name: 'Continue', exact: true }).click();
    await this.page.waitForFunction((node) => document.querySelector('.studio-preview .player')?.getAttribute('data-node') !== node, before);
  }

  /** The heading of the scene or ending on screen in the preview. */
  async previewHeading(): Promise<string> {
    return ((await this.player.locator('.player-scene h2').first().textContent()) ?? '').trim();
  }

  /** Writes a plan into the Test plan panel and runs it; resolves to the results table's caption. */
  async runPlan(planText: string): Promise<string> {
    await this.showPanel('Test plan');
    await this.page.getByLabel('Or write the plan here').fill(planText);
    await this.page.getByRole('button', { name: 'Run the plan' }).click();
    const caption = this.page.locator('.studio-plan__table caption');
    await caption.waitFor();
    return ((await caption.textContent()) ?? '').trim();
  }

  /** The plan results' rows. */
  planRows(): Promise<PlanRow[]> {
    return this.page.locator('.studio-plan__table tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.children].map((cell) => (cell.textContent ?? '').trim());
        return { route: cells[0] ?? '', result: cells[1] ?? '', failure: cells[2] ?? '' };
      }),
    );
  }

  // Drafts

  /** The open draft's name, from its heading. */
  async draftName(): Promise<string> {
    return ((await this.page.locator('.studio-draft__heading').textContent()) ?? '').replace(/^Draft: /, '').trim();
  }

  /** What the page says about saving (the alert when a save was refused, else the status line). */
  async saveStatus(): Promise<string> {
    return ((await this.page.locator('.studio-save').innerText()) ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The alert shown when the browser refused to keep the draft. */
  get notSavedAlert(): Locator {
    return this.page.locator('[data-notice="draft-not-saved"]');
  }

  /** Opens "Your drafts" (if closed) and reads its table. */
  async draftRows(): Promise<DraftRow[]> {
    const details = this.page.locator('details.studio-manage', { has: this.page.locator('summary', { hasText: 'Your drafts' }) });
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
    return details.locator('.studio-drafts tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const header = row.querySelector('th');
        const name = [...(header?.childNodes ?? [])].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
        return { name, changed: (row.querySelector('td')?.textContent ?? '').trim(), open: row.getAttribute('aria-current') === 'true' };
      }),
    );
  }

  /** The "Start a new draft" section, opened. */
  private async startSection(): Promise<Locator> {
    const details = this.page.locator('details.studio-manage', { has: this.page.locator('summary', { hasText: 'Start a new draft' }) });
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
    return details;
  }

  /** How many drafts the "Your drafts" summary counts. */
  async draftCount(): Promise<number> {
    const summary = (await this.page.locator('summary', { hasText: 'Your drafts' }).textContent()) ?? '';
    return Number(/\((\d+)\)/.exec(summary)?.[1] ?? Number.NaN);
  }

  /** Starts a draft with `start`, then waits until there is one draft more, its notes name it, and it has been checked. */
  private async newDraft(title: string | undefined, start: () => Promise<void>): Promise<void> {
    const drafts = await this.draftCount();
    const checks = await this.checkCount();
    await start();
    await this.page.waitForFunction((before) => /\((\d+)\)/.exec(document.querySelector('details.studio-manage summary')?.textContent ?? '')?.[1] === String(before + 1), drafts);
    if (title !== undefined) await this.page.locator('#studio-started-heading', { hasText: `New draft: ${title}` }).waitFor();
    await this.waitForCheckAfter(checks);
  }

  /** Starts a new draft from the template and waits until it is open and checked. */
  async startFromTemplate(): Promise<void> {
    const section = await this.startSection();
    await this.newDraft(undefined, () => section.getByRole('button', { name: 'Start from the template' }).click());
  }

  /** Starts a new draft from one of the built-in example case files, by its file name. */
  async startFromExample(fileName: string, title: string): Promise<void> {
    const section = await this.startSection();
    await section.getByLabel('Try an example case file').selectOption(fileName);
    await this.newDraft(title, () => section.getByRole('button', { name: 'Start from this example' }).click());
  }

  /** Chooses a case file of one's own in the file input (it becomes a draft, or its errors are listed). */
  async chooseCaseFile(path: string): Promise<void> {
    const section = await this.startSection();
    await section.getByLabel('Or open a case file of your own').setInputFiles(path);
  }

  /** Opens a case file of one's own and waits for the draft made from it. */
  async startFromCaseFile(path: string, title: string): Promise<void> {
    await this.newDraft(title, () => this.chooseCaseFile(path));
  }

  /** What stopped a file becoming a draft, line by line, once it is shown. */
  async startErrors(): Promise<{ title: string; lines: string[] }> {
    const notice = this.page.locator('.studio-start__errors .notice');
    await notice.waitFor();
    return {
      title: ((await notice.locator('.notice__title').textContent()) ?? '').trim(),
      lines: (await notice.locator('li pre').allTextContents()).map((line) => line.trim()),
    };
  }

  /** The notes on the draft just started. */
  get startedNotes(): Locator {
    return this.page.locator('.studio-started');
  }

  /** Opens "The case audit" in the started notes and returns its Markdown. */
  async caseAudit(): Promise<string> {
    await this.startedNotes.locator('summary', { hasText: 'The case audit' }).click();
    return (await this.startedNotes.getByRole('region', { name: 'The case audit' }).textContent()) ?? '';
  }

  // Accessibility

  /** axe's WCAG 2.2 AA violations on the page as it is now (axe is put on the page outside its CSP). */
  axe(): Promise<AxeViolation[]> {
    return axeViolationsIn(this.page, { inject: true });
  }

  /** Scrolls the editor and panels to the top of the window, for a screenshot of the workspace. */
  async scrollToWorkspace(): Promise<void> {
    await this.page.evaluate(() => {
      const workspace = document.querySelector('.studio-workspace')!;
      window.scrollTo({ top: workspace.getBoundingClientRect().top + window.scrollY - 8, behavior: 'instant' });
    });
  }
}
