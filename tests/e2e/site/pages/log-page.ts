import type { Download } from 'playwright-core';
import { SitePage } from '../../support/site-page.js';

/** The reflective log, `/log/`. */
export class LogPage extends SitePage {
  /** Opens the log and waits until the island has read the stored log. */
  async open(): Promise<void> {
    await this.goto('/log/');
    await this.waitForIslands();
    await this.page.locator('.reflective-log[data-loaded="true"]').waitFor();
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
  downloadMarkdown(): Promise<Download> {
    return this.download('Download as Markdown');
  }

  /** Deletes everything, confirming. */
  async deleteAll(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete everything in the log' }).click();
    await this.page.getByRole('button', { name: 'Yes, delete everything' }).click();
  }
}
