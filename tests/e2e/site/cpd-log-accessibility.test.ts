/**
 * axe (WCAG 2.2 AA) on the reflective log's CPD states, at desktop and
 * phone widths: the log with CPD entries and earlier versions of a
 * reflection, the entry form showing its errors, the confirmations, and
 * the message after "delete everything".
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe.js';
import { useBuiltSite } from '../support/use-built-site.js';

const site = useBuiltSite();
const now = '2026-11-30T10:00:00.000Z';

/** A stored log with two CPD entries (one with evidence) and a reflection replayed once. */
export function seededLog(): string {
  const reflection = (text: string, updatedAt: string) => ({ scenarioId: 'closing-too-soon', scenarioTitle: 'Closing too soon', promptId: 'plan-the-call', kind: 'reflect', phase: 'before', prompt: 'What do you want to achieve?', text, updatedAt });
  const texts = { description: 'Two tables played Closing too soon.', relevance: 'I chair core groups.', learning: 'Ask for reasons in writing.', impactOnPractice: 'I write disagreements down.', impactOnPeople: '', peerReflection: 'We compared routes.' };
  const evidence = [{ id: 'e', fileName: 'workshop-record.md', title: 'Workshop record: Closing too soon', text: '# Workshop record: Closing too soon\n\nTables: Police, Health', attachedAt: now }];
  const records = [
    { id: 'a', activity: 'Team workshop: Closing too soon', date: '2026-11-30', minutes: 135, ...texts, evidence, createdAt: now, updatedAt: now },
    { id: 'b', activity: 'Supervision', date: '2026-11-20', ...texts, learning: '', evidence: [], createdAt: now, updatedAt: now },
  ];
  const data = { formatVersion: 2, entries: [reflection('First play.', '2026-11-27T09:00:00.000Z'), reflection('Second play.', '2026-11-30T09:00:00.000Z')], records };
  return JSON.stringify({ envelope: 1, kind: 'reflective-log', savedAt: now, data });
}

/** Opens the log with {@link seededLog} stored, then does `then`. */
function seeded(then: (page: Page) => Promise<void> = async () => undefined) {
  return async (page: Page) => {
    await page.locator('.reflective-log[data-loaded="true"]').waitFor();
    await page.evaluate((value) => localStorage.setItem('common-ground:v1:reflective-log', value), seededLog());
    await page.reload();
    await page.locator('.cpd-record').first().waitFor();
    await then(page);
  };
}

const states: Array<{ name: string; ready: (page: Page) => Promise<void> }> = [
  { name: 'CPD entries and earlier versions', ready: seeded(async (page) => page.locator('.cpd-record__evidence summary').click()) },
  {
    name: 'the CPD form showing its errors',
    ready: seeded(async (page) => {
      await page.getByRole('button', { name: 'Add a CPD entry' }).click();
      await page.getByLabel('Day', { exact: true }).fill('31');
      await page.getByLabel('Month', { exact: true }).fill('2');
      await page.getByLabel('Year', { exact: true }).fill('2026');
      await page.getByLabel('Minutes', { exact: true }).fill('99');
      await page.getByRole('button', { name: 'Save CPD entry' }).click();
      await page.locator('.cpd-error-summary').waitFor();
    }),
  },
  {
    name: 'an entry being edited, and another being deleted',
    ready: seeded(async (page) => {
      await page.getByRole('button', { name: 'Delete Supervision', exact: true }).click();
      await page.getByRole('button', { name: 'Edit Team workshop: Closing too soon', exact: true }).click();
      await page.locator('.cpd-form').waitFor();
    }),
  },
  {
    name: 'the message after deleting everything',
    ready: seeded(async (page) => {
      await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
      await page.getByRole('button', { name: 'Yes, delete everything' }).click();
      await page.locator('.cpd-banner').waitFor();
    }),
  },
];

describe('accessibility of the CPD log', () => {
  for (const width of [1280, 390]) {
    it.each(states)(`finds no violations on $name (${width}px)`, async ({ ready }) => {
      expect(formatViolations(await runAxe(site.browser, `${site.origin}/log/`, { width, ready }))).toBe('');
    });
  }
});
