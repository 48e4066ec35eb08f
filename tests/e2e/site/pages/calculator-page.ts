import type { Download, Locator } from 'playwright-core';
import { SitePage } from '../../support/site-page.js';

/** The four boxes of a date-and-time field. */
export interface DateTimeBoxes {
  day: string;
  month: string;
  year: string;
  time: string;
}

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

  /** A date-and-time field: the group its legend names, e.g. "When the disagreement was raised". */
  field(legend: string): Locator {
    return this.page.getByRole('group', { name: legend, exact: true });
  }

  /**
   * Fills a date-and-time field as a person would, box by box, from
   * `YYYY-MM-DDTHH:mm` (or clears it with `''`).
   */
  async fill(legend: string, value: string): Promise<void> {
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(value);
    if (value !== '' && match === null) throw new Error(`fill() takes YYYY-MM-DDTHH:mm or '', not ${value}; use fillBoxes for anything else.`);
    await this.fillBoxes(legend, match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]!, time: match[4]! } : { day: '', month: '', year: '', time: '' });
  }

  /** Types exactly these words into the four boxes of a field. */
  async fillBoxes(legend: string, boxes: DateTimeBoxes): Promise<void> {
    const field = this.field(legend);
    for (const [label, text] of [['Day', boxes.day], ['Month', boxes.month], ['Year', boxes.year], ['Time', boxes.time]] as const) {
      await field.getByLabel(label, { exact: true }).fill(text);
    }
  }

  /** Submits the form. */
  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Work out the deadlines' }).click();
  }

  /** The one-line answer that opens the result. */
  async answer(): Promise<string> {
    const heading = this.page.locator('.calculator__answer-title');
    await heading.waitFor();
    return (await heading.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The answer's paragraphs and lists below its first line, as text. */
  answerText(): Promise<string> {
    return this.page.locator('.calculator__answer').evaluate((answer) => (answer as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
  }

  /** The answer table's rows as [stage cell, due cell] text. */
  resultRows(): Promise<string[][]> {
    return this.page.locator('.calculator__result tbody tr:not(.deadline-table__warning-row)').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? '')),
    );
  }

  /** The warnings of the answer table, each as its text. */
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
