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
    return this.page.locator('.reflective-log__scenario-title').allTextContents();
  }

  /** The earlier versions of each prompt's answer, most recent first, by prompt id. */
  earlierVersions(): Promise<Record<string, string[]>> {
    return this.page.locator('[data-log-version]').evaluateAll((items) => {
      const versions: Record<string, string[]> = {};
      for (const item of items) (versions[(item as HTMLElement).dataset.logVersion ?? ''] ??= []).push(item.textContent ?? '');
      return versions;
    });
  }

  /** The CPD entries' headings (activities), in the order shown. */
  cpdActivities(): Promise<string[]> {
    return this.page.locator('.cpd-record__title').allTextContents();
  }

  /** What one CPD entry shows under each heading it has text for, by field key. */
  cpdFields(activity: string): Promise<Record<string, string>> {
    return this.page
      .locator('.cpd-record', { has: this.page.getByRole('heading', { name: activity, exact: true }) })
      .locator('[data-cpd-field]')
      .evaluateAll((items) => Object.fromEntries(items.map((item) => [(item as HTMLElement).dataset.cpdField ?? '', item.textContent ?? ''])));
  }

  /** The status banner's words (saved, deleted, imported). */
  async status(): Promise<string> {
    return ((await this.page.locator('.reflective-log__status').textContent()) ?? '').trim();
  }

  /** The field of the open CPD form labelled `label`. */
  formField(label: string) {
    return this.page.locator('.cpd-form').getByLabel(label, { exact: true });
  }

  /** Fills the open CPD form: the activity, the date as day, month and year, and any headings by label. */
  async fillCpdForm(values: { activity?: string; date?: [string, string, string]; hours?: string; minutes?: string; fields?: Record<string, string> }): Promise<void> {
    if (values.activity !== undefined) await this.formField('The activity').fill(values.activity);
    if (values.date) {
      await this.formField('Day').fill(values.date[0]);
      await this.formField('Month').fill(values.date[1]);
      await this.formField('Year').fill(values.date[2]);
    }
    if (values.hours !== undefined) await this.formField('Hours').fill(values.hours);
    if (values.minutes !== undefined) await this.formField('Minutes').fill(values.minutes);
    for (const [label, text] of Object.entries(values.fields ?? {})) await this.formField(label).fill(text);
  }

  /** Clicks a CPD entry's own button (Edit or Delete), named for the entry. */
  async entryButton(action: 'Edit' | 'Delete', activity: string): Promise<void> {
    await this.page.getByRole('button', { name: `${action} ${activity}`, exact: true }).click();
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
    await this.page.getByRole('button', { name: 'Delete everything', exact: true }).click();
    await this.page.getByRole('button', { name: 'Yes, delete everything' }).click();
  }
}
