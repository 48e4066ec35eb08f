import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidancePages, guidanceSections, guidanceSource } from '../../../engine/guidance/guidance-sections.js';
import { siteDist } from '../support/site-build.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { GuidancePage } from './pages/guidance-page.js';
import { StagesPage } from './pages/stages-page.js';
import protocol from '../../../engine/protocol/data/north-yorkshire.protocol.json';

const site = useBuiltSite();

describe('guidance pages', () => {
  it.each(guidancePages.map((page) => [page.path, page.title] as const))(
    'renders %s with every section listed for it, each under its stable id',
    async (path, title) => {
      const guidance = new GuidancePage(await site.newPage(), site.origin);
      await guidance.goto(path);
      expect(await guidance.heading()).toBe(title);
      const expected = guidanceSections.filter((section) => section.page === path).map((section) => section.id);
      expect(await guidance.sectionIds()).toEqual(expect.arrayContaining(expected));
      for (const id of expected) expect(await guidance.hasUniqueId(id)).toBe(true);
    },
  );

  it('cites the source document and its date on every guidance page', async () => {
    const guidance = new GuidancePage(await site.newPage(), site.origin);
    for (const page of guidancePages) {
      await guidance.goto(page.path);
      const citation = await guidance.citation();
      expect(citation).toContain(guidanceSource.title);
      expect(citation).toContain('16 September 2024');
    }
  });

  it('ships no JavaScript: no <script> in the built HTML and no .js requested in the browser', async () => {
    for (const page of [...guidancePages.map((entry) => entry.path), '/guidance/']) {
      const html = readFileSync(join(siteDist, page, 'index.html'), 'utf8');
      expect(html, page).not.toMatch(/<script\b/i);
      const guidance = new GuidancePage(await site.newPage(), site.origin);
      await guidance.goto(page);
      expect(await guidance.scriptCount(), page).toBe(0);
      expect(guidance.javascriptRequests(), page).toEqual([]);
    }
  });

  it('lands on the section when opened with its anchor', async () => {
    const guidance = new GuidancePage(await site.newPage(), site.origin);
    await guidance.goto('/guidance/resolution-process/#stage-3');
    expect(await guidance.targetId()).toBe('stage-3');
    expect(await guidance.page.locator('#stage-3').isVisible()).toBe(true);
  });

  it('lists every page and section on the guidance index, linking to their anchors', async () => {
    const guidance = new GuidancePage(await site.newPage(), site.origin);
    await guidance.goto('/guidance/');
    const hrefs = await guidance.page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const page of guidancePages) expect(hrefs).toContain(page.path);
    for (const section of guidanceSections) expect(hrefs).toContain(`${section.page}#${section.id}`);
  });
});

describe('stage table', () => {
  it('has a caption, column headers and one row header per stage', async () => {
    const stages = new StagesPage(await site.newPage(), site.origin);
    await stages.open();
    expect(await stages.table().locator('caption').textContent()).toMatch(/^The 7 stages of the North Yorkshire Professional Resolutions process$/);
    expect(await stages.columnHeaders()).toEqual(['Stage', 'Action', 'Owner', 'Timescale']);
    const headers = await stages.rowHeaders();
    expect(headers).toHaveLength(protocol.stages.length);
    protocol.stages.forEach((stage, index) => expect(headers[index]).toContain(`Stage ${stage.stage}`));
  });

  it('shows our wording from the protocol and the source wording in a disclosure', async () => {
    const stages = new StagesPage(await site.newPage(), site.origin);
    await stages.open();
    const table = await stages.table().innerText();
    for (const stage of protocol.stages) expect(table).toContain(stage.timescale);
    const stage3 = protocol.stages[2]!;
    expect(await stages.sourceWording(3)).toContain(stage3.source.timescale);
  });

  it('shows both routes where they differ and the interpretation notes', async () => {
    const stages = new StagesPage(await site.newPage(), site.origin);
    await stages.open();
    const main = await stages.page.locator('main').innerText();
    expect(main).toContain(protocol.routes.child.referralRecipient);
    expect(main).toContain(protocol.routes.adult.referralRecipient);
    expect(main).toContain(protocol.routes.adult.learningSubgroup);
    expect(main).toContain('How Common Ground reads these timescales');
    for (const note of protocol.notes) expect(main).toContain(note.text);
  });

  it('has the built guidance folder for every page and nothing else', () => {
    const built = readdirSync(join(siteDist, 'guidance'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/guidance/${entry.name}/`)
      .sort();
    expect(built).toEqual(guidancePages.map((page) => page.path).sort());
  });
});
