import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/use-built-site.js';
import { CalculatorPage } from './pages/calculator-page.js';

const site = useBuiltSite();

describe('deadline calculator', () => {
  it('works out the deadlines across Christmas, showing the skipped days', async () => {
    const calculator = new CalculatorPage(await site.newPage(), site.origin);
    await calculator.open();
    await calculator.fill('When the disagreement was raised', '2026-12-18T10:00');
    await calculator.submit();
    const rows = await calculator.resultRows();
    expect(rows).toHaveLength(7);
    expect(rows[0]!.join(' ')).toMatch(/Resolve at the latest: Tue 22 Dec 2026, 10:00/);
    expect(rows[2]!.join(' ')).toContain('Wed 6 Jan 2027, 23:59');
    expect(rows[4]!.join(' ')).toMatch(/\*/);
    const skipped = await calculator.skipped();
    expect(skipped).toContain('Fri 25 Dec 2026: bank holiday: Christmas Day');
    expect(skipped).toContain('Mon 28 Dec 2026: bank holiday: Boxing Day (substitute day)');
    expect(await calculator.focusedId()).toMatch(/result/);
  });

  it('counts stages 3 and 4 from a disputed decision, caps every stage at a safety deadline and shows the warnings', async () => {
    const calculator = new CalculatorPage(await site.newPage(), site.origin);
    await calculator.open();
    await calculator.fill('When the disagreement was raised', '2026-12-18T16:30');
    await calculator.fill('Disputed decision, action or referral (optional)', '2026-12-14T11:00');
    await calculator.submit();
    let rows = await calculator.resultRows();
    expect(rows[2]!.join(' ')).toContain('Wed 30 Dec 2026, 23:59');
    expect(await calculator.warnings()).toContain(
      'Stage 3\'s "Resolve or escalate" counts from the disputed decision, action or referral (Mon 14 Dec 2026, 11:00), which came before the disagreement was raised.',
    );
    await calculator.fill('Disputed decision, action or referral (optional)', '');
    await calculator.fill('Deadline that keeps the person safe (optional)', '2026-12-21T12:00');
    await calculator.submit();
    rows = await calculator.resultRows();
    for (const row of rows.slice(1)) expect(row.join(' ')).toContain('Mon 21 Dec 2026, 12:00 (pulled forward)');
    const warnings = await calculator.warnings();
    expect(warnings[0]).toMatch(/^Stage 1's "Aim to resolve" falls on Sat 19 Dec 2026, 16:30, a weekend\. Our advice:/);
    expect(rows[0]!.join(' ')).toContain('Aim to resolve (an aim, not a deadline)');
  });

  it("links each row to the notes on how its timescale is read, and every link lands on a note", async () => {
    const calculator = new CalculatorPage(await site.newPage(), site.origin);
    await calculator.open();
    await calculator.fill('When the disagreement was raised', '2026-12-18T10:00');
    await calculator.submit();
    const targets = await calculator.page.locator('.calculator__result .deadline-table__notes a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(7);
    for (const target of new Set(targets)) expect(await calculator.page.locator(target!).count()).toBe(1);
    expect((await calculator.page.locator('#note-stage-1-window').textContent())?.replace(/\s+/g, ' ').trim()).toMatch(/^Stage 1: Stage 1 'seek to resolve within 24 to 96 hrs' is a window/);
  });

  it('uses the later events given and the adults route', async () => {
    const calculator = new CalculatorPage(await site.newPage(), site.origin);
    await calculator.open();
    await calculator.audience('Adults (NYSAB)');
    await calculator.fill('When the disagreement was raised', '2026-11-02T09:00');
    await calculator.fill('Stage 4 discussion between senior managers (optional)', '2026-11-10T14:00');
    await calculator.submit();
    const rows = await calculator.resultRows();
    expect(rows[4]!.join(' ')).toContain('Wed 11 Nov 2026, 23:59');
    expect(rows[4]!.join(' ')).not.toMatch(/\*/);
    expect(rows[5]!.join(' ')).toContain('NYSAB Business Unit Manager');
  });

  it('downloads the deadlines as an iCalendar file', async () => {
    const calculator = new CalculatorPage(await site.newPage({ acceptDownloads: true }), site.origin);
    await calculator.open();
    await calculator.fill('When the disagreement was raised', '2026-12-18T10:00');
    await calculator.submit();
    const download = await calculator.downloadCalendar();
    expect(download.suggestedFilename()).toBe('deadlines-2026-12-18.ics');
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(7);
    expect(text).toContain('SUMMARY:Stage 1 due');
    expect(text).toContain('DTEND:20261222T100000Z');
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('shows errors beside the field and in a focused summary', async () => {
    const calculator = new CalculatorPage(await site.newPage(), site.origin);
    await calculator.open();
    await calculator.submit();
    expect(await calculator.errorSummary()).toEqual(['Enter the date and time the disagreement was raised']);
    expect(await calculator.page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await calculator.page.locator('.form-group--error .error-message').textContent()).toContain('Enter the date and time the disagreement was raised');

    await calculator.fill('When the disagreement was raised', '2026-12-18T10:00');
    await calculator.fill('Stage 5 referral made (optional)', '2026-12-17T10:00');
    await calculator.submit();
    const [message] = await calculator.errorSummary();
    expect(message).toMatch(/Stage 5 referral made.*before the disagreement was raised/);
    const link = calculator.page.locator('.error-summary a');
    await link.click();
    expect(await calculator.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('stage5Referral');
  });

  it('explains the rules and shows a worked example without JavaScript', async () => {
    const calculator = new CalculatorPage(await site.newPage({ javaScriptEnabled: false }), site.origin);
    await calculator.goto('/calculator/');
    expect(await calculator.page.locator('.calculator__form').count()).toBe(0);
    expect(await calculator.page.locator('table.deadline-table tbody tr:not(.deadline-table__warning-row)').count()).toBe(7);
    expect(await calculator.page.locator('.deadline-skipped').first().textContent()).toContain('Christmas Day');
  });
});
