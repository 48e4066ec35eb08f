import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { CalculatorPage } from './pages/calculator-page.js';

const site = useBuiltSite();

/** A calculator whose clock reads `now` (London winter time is UTC). */
async function calculatorAt(now: string, options: Parameters<typeof site.newPage>[0] = {}): Promise<CalculatorPage> {
  const page = await site.newPage(options);
  await page.clock.setFixedTime(new Date(now));
  const calculator = new CalculatorPage(page, site.origin);
  await calculator.open();
  return calculator;
}

/** Whether an element is wholly inside the viewport. */
function whollyVisible(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });
}

describe('deadline calculator', () => {
  it('opens with the answer in one line, then the deadlines across Christmas with the skipped days', async () => {
    const calculator = await calculatorAt('2026-12-18T11:00:00Z');
    await calculator.fill('When the disagreement was raised', '2026-12-18T10:00');
    await calculator.submit();
    expect(await calculator.answer()).toBe('Your next deadline: stage 1, by Tuesday 22 December 2026, 10am');
    // The answer comes first in the result, and takes focus.
    expect(await calculator.page.locator('.calculator__result > :first-child h2').textContent()).toMatch(/^Your next deadline/);
    await expect.poll(() => calculator.focusedId()).toBe('calculator-answer');
    expect(await calculator.answerText()).toContain('Aim to resolve sooner, by Saturday 19 December 2026, 10am: an aim inside the window, not a deadline.');
    const rows = await calculator.resultRows();
    expect(rows).toHaveLength(7);
    expect(rows[0]!.join(' ')).toMatch(/Resolve at the latest: Tue 22 Dec 2026, 10:00/);
    expect(rows[2]!.join(' ')).toContain('Wed 6 Jan 2027, 23:59');
    expect(rows[4]!.join(' ')).toMatch(/\*/);
    const skipped = await calculator.skipped();
    expect(skipped).toContain('Fri 25 Dec 2026: bank holiday: Christmas Day');
    expect(skipped).toContain('Mon 28 Dec 2026: bank holiday: Boxing Day (substitute day)');
  });

  it.each([
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ])('puts the whole answer line on screen after working it out ($name)', async ({ width, height }) => {
    const calculator = await calculatorAt('2026-12-18T17:00:00Z', { viewport: { width, height } });
    await calculator.fill('When the disagreement was raised', '2026-12-18T16:30');
    await calculator.submit();
    expect(await calculator.answer()).toBe('Your next deadline: stage 1, by Tuesday 22 December 2026, 4.30pm');
    await expect.poll(() => whollyVisible(calculator.page, '.calculator__answer-title')).toBe(true);
    // One sentence, in one heading: nothing else comes before it in the result.
    expect(await calculator.page.locator('.calculator__result h2').count()).toBe(1);
    await calculator.page.screenshot({ path: site.artifact(`calculator-answer-${width}.png`) });
  });

  it("shows the engine's weekend warning beside the answer", async () => {
    const calculator = await calculatorAt('2026-12-18T17:00:00Z');
    await calculator.fill('When the disagreement was raised', '2026-12-18T16:30');
    await calculator.submit();
    const answer = await calculator.answerText();
    expect(answer).toContain('Worth knowing about stage 1');
    expect(answer).toMatch(/Stage 1's "Aim to resolve" falls on Sat 19 Dec 2026, 16:30, a weekend\. Our advice: plan to settle it by Fri 18 Dec 2026, 17:00/);
  });

  it('explains why a Saturday raise gives the same stage 3 date as the Friday', async () => {
    const calculator = await calculatorAt('2026-12-19T11:00:00Z');
    await calculator.fill('When the disagreement was raised', '2026-12-18T10:00');
    await calculator.submit();
    const friday = (await calculator.resultRows())[2]!.join(' ');
    expect(await calculator.page.locator('.calculator__explain').count()).toBe(0);
    await calculator.fill('When the disagreement was raised', '2026-12-19T10:00');
    await calculator.submit();
    await expect.poll(async () => (await calculator.resultRows())[0]!.join(' ')).toContain('Wed 23 Dec 2026, 10:00');
    expect((await calculator.resultRows())[2]!.join(' ')).toBe(friday);
    const explanation = (await calculator.page.locator('.calculator__explain').innerText()).replace(/\s+/g, ' ');
    expect(explanation).toContain('Why a weekend or bank holiday does not move these dates');
    expect(explanation).toContain('The disagreement was raised on Saturday 19 December 2026, which is not a working day (a weekend).');
    expect(explanation).toContain('the first day counted is Monday 21 December 2026, just as it would be from Friday 18 December 2026, the working day before.');
    expect(explanation).toContain('That is why stage 3 is due by the end of Wednesday 6 January 2027, the same as if it had been on the Friday');
  });

  it('asks for the disputed decision and the safety deadline: stages 3 and 4 count from the one, every stage is capped at the other', async () => {
    const calculator = await calculatorAt('2026-12-18T17:00:00Z');
    expect(await calculator.field('Disputed decision, action or referral (optional)').count()).toBe(1);
    expect(await calculator.field('Deadline that keeps the person safe (optional)').count()).toBe(1);
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
    await expect.poll(async () => (await calculator.resultRows())[1]!.join(' ')).toContain('Mon 21 Dec 2026, 12:00 (pulled forward)');
    rows = await calculator.resultRows();
    for (const row of rows.slice(1)) expect(row.join(' ')).toContain('Mon 21 Dec 2026, 12:00 (pulled forward)');
    const warnings = await calculator.warnings();
    expect(warnings[0]).toMatch(/^Stage 1's "Aim to resolve" falls on Sat 19 Dec 2026, 16:30, a weekend\. Our advice:/);
    expect(rows[0]!.join(' ')).toContain('Aim to resolve (an aim, not a deadline)');
    expect(await calculator.answer()).toBe('Your next deadline: stage 1, by Monday 21 December 2026, midday');
  });

  it("links each row to the notes on how its timescale is read, and every link lands on a note", async () => {
    const calculator = await calculatorAt('2026-12-18T11:00:00Z');
    await calculator.fill('When the disagreement was raised', '2026-12-18T10:00');
    await calculator.submit();
    const targets = await calculator.page.locator('.calculator__result .deadline-table__notes a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(7);
    for (const target of new Set(targets)) expect(await calculator.page.locator(target!).count()).toBe(1);
    expect((await calculator.page.locator('#note-stage-1-window').textContent())?.replace(/\s+/g, ' ').trim()).toMatch(/^Stage 1: Stage 1 'seek to resolve within 24 to 96 hrs' is a window/);
  });

  it('uses the later events given and the adults route, and skips the stages they closed', async () => {
    const calculator = await calculatorAt('2026-11-10T15:00:00Z');
    await calculator.audience('Adults (NYSAB)');
    await calculator.fill('When the disagreement was raised', '2026-11-02T09:00');
    await calculator.fill('Stage 4 discussion between senior managers (optional)', '2026-11-10T14:00');
    await calculator.submit();
    const rows = await calculator.resultRows();
    expect(rows[4]!.join(' ')).toContain('Wed 11 Nov 2026, 23:59');
    expect(rows[4]!.join(' ')).not.toMatch(/\*/);
    expect(rows[5]!.join(' ')).toContain('NYSAB Business Unit Manager');
    expect(await calculator.answer()).toBe('Your next deadline: stage 5, by the end of Wednesday 11 November 2026');
  });

  it('accepts the day, month and year as a person types them: a month name, a 12-hour time', async () => {
    const calculator = await calculatorAt('2026-12-18T11:00:00Z');
    await calculator.fillBoxes('When the disagreement was raised', { day: '18', month: 'Dec', year: '2026', time: '4.30pm' });
    await calculator.submit();
    expect(await calculator.answer()).toBe('Your next deadline: stage 1, by Tuesday 22 December 2026, 4.30pm');
  });

  it('says "31 February is not a real date", marks only those boxes, and the summary link takes you to the day box with its question in view', async () => {
    const calculator = await calculatorAt('2026-12-18T11:00:00Z', { viewport: { width: 390, height: 844 } });
    await calculator.fillBoxes('When the disagreement was raised', { day: '31', month: '2', year: '2026', time: '10:00' });
    await calculator.submit();
    expect(await calculator.errorSummary()).toEqual(['31 February is not a real date']);
    await expect.poll(() => calculator.page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    const field = calculator.field('When the disagreement was raised');
    expect((await field.locator('.error-message').textContent())?.trim()).toBe('Error: 31 February is not a real date');
    const invalid = await field.locator('input').evaluateAll((inputs) => inputs.map((input) => `${(input as HTMLInputElement).name}=${input.getAttribute('aria-invalid') ?? ''}`));
    expect(invalid).toEqual(['raised-day=true', 'raised-month=true', 'raised-year=', 'raised-time=']);
    // The boxes are described by the hint and the error, read out with each box.
    expect(await field.getAttribute('aria-describedby')).toBe('calculator-raised-hint calculator-raised-error');
    await calculator.page.locator('.error-summary a').click();
    expect(await calculator.focusedId()).toBe('calculator-raised-day');
    // Its question (the legend above the boxes) is scrolled into view too, as GOV.UK's error summary does.
    await expect.poll(() => whollyVisible(calculator.page, 'fieldset:has(#calculator-raised-day) legend')).toBe(true);
    await calculator.page.screenshot({ path: site.artifact('calculator-error-390.png') });
  });

  it('says which box is missing, and a time the clocks skip', async () => {
    const calculator = await calculatorAt('2026-12-18T11:00:00Z');
    await calculator.fillBoxes('When the disagreement was raised', { day: '18', month: '', year: '2026', time: '10:00' });
    await calculator.fillBoxes('Stage 5 referral made (optional)', { day: '29', month: '3', year: '2026', time: '1.30am' });
    await calculator.submit();
    expect(await calculator.errorSummary()).toEqual([
      'The date the disagreement was raised must include a month',
      '1.30am on 29 March 2026 never happens in London: the clocks go forward from 1am to 2am that night, so enter a time before 1am or from 2am',
    ]);
    await calculator.page.locator('.error-summary a').first().click();
    expect(await calculator.focusedId()).toBe('calculator-raised-month');
    await calculator.page.locator('.error-summary a').nth(1).click();
    expect(await calculator.focusedId()).toBe('calculator-stage5Referral-time');
  });

  it('shows errors beside the field and in a focused summary, the engine\'s too', async () => {
    const calculator = await calculatorAt('2026-12-18T11:00:00Z');
    await calculator.submit();
    expect(await calculator.errorSummary()).toEqual(['Enter the date and time the disagreement was raised']);
    await expect.poll(() => calculator.page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await calculator.page.locator('.form-group--error .error-message').textContent()).toContain('Enter the date and time the disagreement was raised');

    await calculator.fill('When the disagreement was raised', '2026-12-18T10:00');
    await calculator.fill('Stage 5 referral made (optional)', '2026-12-17T10:00');
    await calculator.submit();
    await expect.poll(async () => (await calculator.errorSummary())[0]).toMatch(/Stage 5 referral made.*before the disagreement was raised/);
    await calculator.page.locator('.error-summary a').click();
    expect(await calculator.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('stage5Referral-day');
  });

  it('downloads an iCalendar file that ical.js reads as one due event per stage with a reminder the working day before', async () => {
    const calculator = await calculatorAt('2026-12-18T11:00:00Z', { acceptDownloads: true });
    await calculator.fill('When the disagreement was raised', '2026-12-18T10:00');
    await calculator.submit();
    const download = await calculator.downloadCalendar();
    expect(download.suggestedFilename()).toBe('deadlines-2026-12-18.ics');
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(7);
    for (const event of events) {
      expect(event.startDate.compare(event.endDate)).toBe(0);
      expect(event.component.getFirstPropertyValue('transp')).toBeNull();
      expect(event.component.getAllSubcomponents('valarm').length).toBeGreaterThan(0);
    }
    const [stage1] = events;
    expect(stage1!.summary).toBe('Stage 1 due by 10:00: Talk it through between the agencies (aim to resolve by Sat 19 Dec 2026, 10:00)');
    expect(stage1!.endDate.toJSDate().toISOString()).toBe('2026-12-22T10:00:00.000Z');
    // The reminder: 09:00 on Monday 21 December, the working day before.
    const trigger = stage1!.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(new Date(stage1!.startDate.toJSDate().getTime() + trigger.toSeconds() * 1000).toISOString()).toBe('2026-12-21T09:00:00.000Z');
    // Stage 3 is due by the end of Wed 6 Jan 2027.
    expect(events[2]!.startDate.toJSDate().toISOString()).toBe('2027-01-06T23:59:59.000Z');
  });

  it.each([1280, 390])('finds no axe violations with the answer, its warnings and explanation, or with box-by-box errors (%i px)', async (width) => {
    const fillRaised = async (page: Page, boxes: [string, string, string, string]) => {
      await page.clock.setFixedTime(new Date('2026-12-19T11:00:00Z'));
      await page.reload();
      await page.locator('.calculator__form').waitFor();
      const raised = page.getByRole('group', { name: 'When the disagreement was raised' });
      for (const [index, box] of ['Day', 'Month', 'Year', 'Time'].entries()) await raised.getByLabel(box, { exact: true }).fill(boxes[index]!);
      await page.getByRole('button', { name: 'Work out the deadlines' }).click();
    };
    const answer = await runAxe(site.browser, `${site.origin}/calculator/`, {
      width,
      ready: async (page) => {
        await fillRaised(page, ['19', '12', '2026', '10:00']);
        await page.locator('.calculator__explain').waitFor();
      },
    });
    expect(formatViolations(answer)).toBe('');
    const errors = await runAxe(site.browser, `${site.origin}/calculator/`, {
      width,
      ready: async (page) => {
        await fillRaised(page, ['31', '2', '', '25:00']);
        await page.locator('.error-summary').waitFor();
      },
    });
    expect(formatViolations(errors)).toBe('');
  });

  it('explains the rules and shows a worked example without JavaScript', async () => {
    const calculator = new CalculatorPage(await site.newPage({ javaScriptEnabled: false }), site.origin);
    await calculator.goto('/calculator/');
    expect(await calculator.page.locator('.calculator__form').count()).toBe(0);
    expect(await calculator.page.locator('table.deadline-table tbody tr:not(.deadline-table__warning-row)').count()).toBe(7);
    expect(await calculator.page.locator('.deadline-skipped').first().textContent()).toContain('Christmas Day');
  });
});
