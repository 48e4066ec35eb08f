import type { Download } from 'playwright-core';
import { SitePage } from '../../support/site-page.js';

/** The deadline calculator, `/calculator/`. */
export class CalculatorPage extends SitePage {
  /** Opens the calculator and waits for its form. */
  async open(): Promise<void> {
    await this.goto('/calculator/');
    await this.waitForIslands();
    await this.page.locator('.calculator__form').waitFor();
  }

  /** Picks children or adults. */
  async audience(label: 'Children (NYSCP)' | 'Adults (NYSAB)'): Promise<void> {
    await this.page.getByLabel(label).check();
  }

  /** Fills a date-and-time field by its label (`YYYY-MM-DDTHH:mm`). */
  async fill(label: string, value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  /** Submits the form. */
  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Work out the deadlines' }).click();
  }

  /** The answer table's rows as [stage cell, due cell] text. */
  resultRows(): Promise<string[][]> {
    return this.page.locator('.calculator__result tbody tr:not(.deadline-table__warning-row)').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '')),
    );
  }

  /** The warnings of the answer, each as its text. */
  warnings(): Promise<string[]> {
    return this.page.locator('.calculator__result .deadline-table__warnings li').evaluateAll((items) =>
      items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  /** The skipped-days lines of the answer. */
  skipped(): Promise<string[]> {
    return this.page.locator('.calculator__result .deadline-skipped li').allTextContents();
  }

  /** The error summary's links. */
  errorSummary(): Promise<string[]> {
    return this.page.locator('.error-summary li').allTextContents();
  }

  /** Clicks the .ics download and returns the download. */
  async downloadCalendar(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: /Download these deadlines/ }).click(),
    ]);
    return download;
  }
}
