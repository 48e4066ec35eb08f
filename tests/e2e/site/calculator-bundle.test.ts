/**
 * The calculator page ships less JavaScript: the iCalendar library (`ics`
 * and its schema checker, about 26 kB gzipped) is its own chunk, loaded
 * only when someone asks for the .ics download. Checked in Chromium (what
 * the page really requests) against the build's own list of the modules in
 * each chunk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { islandModuleReportPath, type IslandChunk } from '../../../site/src/lib/island-module-report.js';
import { packageRoot, siteDist } from '../support/site-build.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { CalculatorPage } from './pages/calculator-page.js';

const site = useBuiltSite();

/** Most JavaScript, gzipped, the calculator page may load before anything is clicked (it was 118 kB with the .ics builder in it). */
const UP_FRONT_BUDGET = 105_000;

let icsChunks: string[] = [];
beforeAll(() => {
  const chunks = JSON.parse(readFileSync(join(packageRoot, islandModuleReportPath), 'utf8')) as IslandChunk[];
  icsChunks = chunks.filter((chunk) => chunk.modules.some((module) => module.startsWith('node_modules/ics/'))).map((chunk) => chunk.fileName);
});

/** The site's own scripts among the responses, as paths like `_astro/x.js`. */
function scripts(responses: readonly string[], origin: string): string[] {
  return responses.filter((url) => url.startsWith(origin) && url.endsWith('.js')).map((url) => new URL(url).pathname.slice(1));
}

describe('the calculator page', () => {
  it('loads the iCalendar library only when the download is asked for', async () => {
    expect(icsChunks).toHaveLength(1);
    const calculator = new CalculatorPage(await site.newPage({ acceptDownloads: true }), site.origin);
    await calculator.page.clock.setFixedTime(new Date('2026-12-18T11:00:00Z'));
    await calculator.open();
    await calculator.fill('When the disagreement was raised', '2026-12-18T10:00');
    await calculator.submit();
    await calculator.answer();
    const before = scripts(calculator.responses, site.origin);
    expect(before.some((path) => path.includes('DeadlineCalculator'))).toBe(true);
    expect(before.filter((path) => icsChunks.includes(path))).toEqual([]);
    await calculator.downloadCalendar();
    expect(scripts(calculator.responses, site.origin).filter((path) => icsChunks.includes(path))).toEqual(icsChunks);
  });

  it(`ships at most ${UP_FRONT_BUDGET / 1000} kB of gzipped JavaScript before anything is clicked`, async () => {
    const calculator = new CalculatorPage(await site.newPage(), site.origin);
    await calculator.open();
    await calculator.page.waitForLoadState('networkidle');
    const loaded = [...new Set(scripts(calculator.responses, site.origin))];
    const size = loaded.reduce((total, path) => total + gzipSync(readFileSync(join(siteDist, path))).length, 0);
    expect(size, `${loaded.join(', ')}: ${size} bytes`).toBeLessThan(UP_FRONT_BUDGET);
  });
});
