import type { Download } from 'playwright-core';
import { SitePage } from '../../support/site-page.js';

/** The reflective log, `/log/`. */
export class LogPage extends SitePage {
  /** Opens the log and waits for the island. */
  async open(): Promise<void> {
    await this.goto('/log/');
    await this.waitForIslands();
    await this.page.locator('.reflective-log').waitFor();
  }

  /** The learner texts shown, by prompt id. */
  entries(): Promise<Record<string, string>> {
    return this.page.locator('[data-log-entry]').evaluateAll((items) =>
      Object.fromEntries(items.map((item) => [(item as HTMLElement).dataset.logEntry ?? '', item.textContent ?? ''])),
    );
  }

  /** The scenario headings. */
  scenarioHeadings(): Promise<string[]> {
    return this.page.locator('.reflective-log__scenario h2').allTextContents();
  }

  /** The notices (e.g. a damaged log set aside). */
  notices(): Promise<string[]> {
    return this.page.locator('.reflective-log .notice[role="note"]').allTextContents();
  }

  /** Downloads the Markdown export. */
  async downloadMarkdown(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Download as Markdown' }).click(),
    ]);
    return download;
  }

  /** Deletes everything, confirming. */
  async deleteAll(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete everything in the log' }).click();
    await this.page.getByRole('button', { name: 'Yes, delete everything' }).click();
  }
}
