/**
 * Exporting the workshop's record, a partial workshop too: Markdown and one
 * self-contained HTML page, written beside the session or in a chosen
 * folder, never over an earlier export, with links absolute to the site
 * address or left as words, and a failed write said in words.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportTargetFor, exportWorkshopRecord, nodeExportFs } from '../../../cli/commands/workshop/export-workshop-record.js';
import { buildWorkshopDebrief, decideRound, startWorkshop } from '../../../engine/index.js';
import { bundled } from '../../engine/workshop/load-bundled.js';

const scenario = bundled('closing-too-soon');
const tables = ['Police', 'Health', 'School', "Children's social care"];
// One decision in: a partial workshop, whose feedback cites guidance sections.
const partial = buildWorkshopDebrief(scenario, decideRound(scenario, startWorkshop(scenario, { tables }), [1, 1, 2, 4]));
const date = '2026-12-18T09:00:00.000Z';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every link target in a Markdown or HTML record. */
function linkTargets(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]*)\)|href="([^"]*)"/g)].map((match) => match[1] ?? match[2] ?? '');
}

describe('exportWorkshopRecord', () => {
  it('writes a partial workshop to Markdown and to a self-contained HTML page beside the session, with the date in London time', () => {
    const { dir: folder, stem } = exportTargetFor(join(dir, 'workshop-room.json'), undefined);
    expect(folder).toBe(dir);
    const markdown = exportWorkshopRecord(partial, 'markdown', { dir: folder, stem, date, siteUrl: undefined, token: 't' });
    const html = exportWorkshopRecord(partial, 'html', { dir: folder, stem, date, siteUrl: undefined, token: 't' });
    expect(markdown).toEqual({ files: [join(dir, 'workshop-room-record.md')] });
    expect(html).toEqual({ files: [join(dir, 'workshop-room-record.html')] });
    const text = readFileSync(join(dir, 'workshop-room-record.md'), 'utf8');
    expect(text).toContain('Fri 18 Dec 2026, 09:00 (London time)');
    expect(text).toContain("Children's social care");
    expect(text).toMatch(/not finished: 1 decision taken/);
    const page = readFileSync(join(dir, 'workshop-room-record.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<script|<link|src="http/);
    expect(readdirSync(dir).sort()).toEqual(['workshop-room-record.html', 'workshop-room-record.md']);
  });

  it('makes every link absolute to the site address when one is given, and leaves no relative link without it', () => {
    const { stem } = exportTargetFor(join(dir, 'room.json'), undefined);
    exportWorkshopRecord(partial, 'markdown', { dir, stem: `${stem}-plain`, date, siteUrl: undefined, token: 't' });
    exportWorkshopRecord(partial, 'html', { dir, stem: `${stem}-plain`, date, siteUrl: undefined, token: 't' });
    exportWorkshopRecord(partial, 'markdown', { dir, stem: `${stem}-site`, date, siteUrl: 'https://common-ground.example.org', token: 't' });
    exportWorkshopRecord(partial, 'html', { dir, stem: `${stem}-site`, date, siteUrl: 'https://common-ground.example.org', token: 't' });
    for (const name of ['room-record-plain.md', 'room-record-plain.html']) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(linkTargets(text).filter((target) => !/^(https?:|mailto:)/.test(target)), name).toEqual([]);
      expect(text).toContain('Stage 1: talk it through between the agencies');
    }
    for (const name of ['room-record-site.md', 'room-record-site.html']) {
      const targets = linkTargets(readFileSync(join(dir, name), 'utf8'));
      expect(targets.length, name).toBeGreaterThan(0);
      for (const target of targets) expect(target, name).toMatch(/^https:\/\/common-ground\.example\.org\/|^mailto:/);
    }
  });

  it('never overwrites an earlier export: the next one gets a number', () => {
    const target = { dir, stem: 'room-record', date, siteUrl: undefined, token: 't' };
    writeFileSync(join(dir, 'room-record.md'), 'an earlier export, kept');
    expect(exportWorkshopRecord(partial, 'markdown', target)).toEqual({ files: [join(dir, 'room-record-2.md')] });
    expect(exportWorkshopRecord(partial, 'markdown', target)).toEqual({ files: [join(dir, 'room-record-3.md')] });
    expect(readFileSync(join(dir, 'room-record.md'), 'utf8')).toBe('an earlier export, kept');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes into a chosen folder, creating it', () => {
    const chosen = join(dir, 'records', 'december');
    const { dir: folder, stem } = exportTargetFor('/elsewhere/room.json', chosen);
    expect(exportWorkshopRecord(partial, 'html', { dir: folder, stem, date, siteUrl: undefined, token: 't' })).toEqual({ files: [join(chosen, 'room-record.html')] });
  });

  it('says clearly why a write failed, and leaves nothing behind', () => {
    // A file where the folder should be: refused whoever runs the test, root included.
    writeFileSync(join(dir, 'not-a-folder'), '');
    const failed = exportWorkshopRecord(partial, 'markdown', { dir: join(dir, 'not-a-folder'), stem: 'room-record', date, siteUrl: undefined, token: 't' });
    expect(failed).toMatchObject({ error: expect.stringMatching(/^The record was not exported to .*not-a-folder: .+\. .*--export-dir/) });
    // A full disk while the file is written.
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const fs = { ...nodeExportFs(), createFileSynced: () => { throw full; } };
    const onFullDisk = exportWorkshopRecord(partial, 'html', { dir, stem: 'room-record', date, siteUrl: undefined, token: 't', fs });
    expect(onFullDisk).toMatchObject({ error: expect.stringContaining('the disk is full. Free some space, then try again.') });
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });

  it('falls back to a rename onto a free name on a disk without hard links', () => {
    const noLinks = Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
    const fs = { ...nodeExportFs(), link: () => { throw noLinks; } };
    writeFileSync(join(dir, 'room-record.md'), 'kept');
    expect(exportWorkshopRecord(partial, 'markdown', { dir, stem: 'room-record', date, siteUrl: undefined, token: 't', fs })).toEqual({ files: [join(dir, 'room-record-2.md')] });
    expect(readFileSync(join(dir, 'room-record.md'), 'utf8')).toBe('kept');
    expect(readdirSync(dir).sort()).toEqual(['room-record-2.md', 'room-record.md']);
  });
});
