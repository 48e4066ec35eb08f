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
    expect(await calculator.page.locator('table.deadline-table tbody tr').count()).toBe(7);
    expect(await calculator.page.locator('.deadline-skipped').first().textContent()).toContain('Christmas Day');
  });
});
