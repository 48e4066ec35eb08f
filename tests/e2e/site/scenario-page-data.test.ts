/**
 * Each scenario page carries its own scenario: the JSON data block is named
 * for the page, holds that page's scenario, the island is told that block,
 * and the server-rendered player shows that scenario's first choices. The
 * site renders pages side by side (astro.config.mjs), and the server render
 * finds the model by the block's id (site/src/lib/island-data.ts), so a
 * shared id could hand one page another's scenario.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureSiteBuilt, siteDist } from '../support/site-build.js';

beforeAll(() => ensureSiteBuilt(), 300_000);

interface PageData {
  id: string;
  start: string;
  scenes: Record<string, { choices: Array<{ label: string }> }>;
}

/** The text of some HTML, as a reader sees it: tags out, the common entities read. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('scenario pages built side by side', () => {
  it('each holds, names and server-renders its own scenario', () => {
    const folder = join(siteDist, 'scenarios');
    const pages = readdirSync(folder).filter((name) => existsSync(join(folder, name, 'index.html')));
    expect(pages.length).toBeGreaterThan(5);
    for (const id of pages) {
      const html = readFileSync(join(folder, id, 'index.html'), 'utf8');
      const block = /<script type="application\/json" id="([^"]+)">([\s\S]*?)<\/script>/.exec(html);
      expect(block?.[1], id).toBe(`scenario-data-${id}`);
      const data = JSON.parse(block![2]!) as PageData;
      expect(data.id, id).toBe(id);
      const island = html.slice(html.indexOf('<astro-island'), html.lastIndexOf('</astro-island>'));
      expect(island, id).toContain(`&quot;dataId&quot;:[0,&quot;scenario-data-${id}&quot;]`);
      const shown = textOf(island);
      for (const choice of data.scenes[data.start]!.choices) expect(shown, `${id}: ${choice.label}`).toContain(textOf(choice.label).trim());
    }
  });
});
