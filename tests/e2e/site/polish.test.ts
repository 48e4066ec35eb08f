/**
 * Pages and polish: the library's filters reflow at 320 and 390 px, the
 * accessibility statement, the favicon, debrief downloads linking to the
 * configured site address, and the security headers for hosts doing what
 * they say in Chromium.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { addressedSiteDist, ensureAddressedSiteBuilt, packageRoot, runAstroBuild, siteDist } from '../support/site-build.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';
import { useBuiltSite } from '../support/use-built-site.js';
import { LibraryPage } from './pages/library-page.js';
import { PlayerPage } from './pages/player-page.js';
import { playRoute } from './play-route.js';

const site = useBuiltSite();

/** Whether anything makes the page wider than the screen, and what. */
function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    const clientWidth = document.documentElement.clientWidth;
    const widest = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > clientWidth + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`)
      .slice(0, 5);
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth, widest };
  });
}

describe('reflow (WCAG 1.4.10)', () => {
  for (const width of [320, 390]) {
    it(`lays the library's filters out without sideways scrolling at ${width}px, every filter still usable`, async () => {
      const library = new LibraryPage(await site.newPage({ viewport: { width, height: 800 } }), site.origin);
      await library.open();
      const before = await overflow(library.page);
      expect(before.widest).toEqual([]);
      expect(before.scrollWidth).toBeLessThanOrEqual(before.clientWidth);
      const filters = await library.page.locator('.library-filters select').evaluateAll((selects) => selects.map((select) => select.getBoundingClientRect().right));
      expect(filters).toHaveLength(3);
      for (const right of filters) expect(right).toBeLessThanOrEqual(width);
      // The longest topic chosen: the select keeps to the screen.
      const longest = await library.page.getByLabel('Topic').evaluate((select) =>
        [...(select as HTMLSelectElement).options].reduce((a, b) => (b.text.length > a.text.length ? b : a)).text,
      );
      await library.filter('Topic', longest);
      expect((await overflow(library.page)).widest).toEqual([]);
    });

    it(`keeps the other pages the accessibility statement names inside the screen at ${width}px`, async () => {
      const page = await site.newPage({ viewport: { width, height: 800 } });
      for (const path of ['/accessibility/', '/hosting/', '/guidance/resolution-process/', '/scenarios/a-question-of-capacity/']) {
        await page.goto(`${site.origin}${path}`);
        await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
        expect((await overflow(page)).widest, path).toEqual([]);
      }
    });
  }
});

describe('the accessibility statement', () => {
  it('is published with the sections the regulations ask for, and every page links to it from the footer', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin}/accessibility/`);
    expect(await page.locator('h1').textContent()).toBe('Accessibility statement for Common Ground');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining([
        'How accessible this site is',
        'Feedback and contact information',
        'Enforcement procedure',
        'Technical information about this site’s accessibility',
        'Preparation of this accessibility statement',
      ]),
    );
    expect(await page.locator('main').textContent()).toMatch(/partially compliant with the Web Content Accessibility Guidelines version 2\.2 AA standard/);
    for (const path of ['/', '/scenarios/', '/guidance/the-conversation/', '/calculator/']) {
      await page.goto(`${site.origin}${path}`);
      expect(await page.locator('footer a[href="/accessibility/"]').textContent(), path).toBe('Accessibility statement');
    }
  });
});

describe('the favicon', () => {
  it('is linked from every page as SVG and ICO, and both are served', async () => {
    const page = await site.newPage();
    for (const path of ['/', '/scenarios/closing-too-soon/', '/accessibility/']) {
      await page.goto(`${site.origin}${path}`);
      const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => `${link.getAttribute('href')} ${link.getAttribute('type') ?? ''}`.trim()));
      expect(icons, path).toEqual(['/favicon.ico', '/favicon.svg image/svg+xml']);
    }
    const svg = await page.request.get(`${site.origin}/favicon.svg`);
    expect(svg.status()).toBe(200);
    expect(svg.headers()['content-type']).toBe('image/svg+xml');
    expect(await svg.text()).toMatch(/^<svg [^>]*viewBox="0 0 32 32"/);
    const ico = await page.request.get(`${site.origin}/favicon.ico`);
    expect(ico.status()).toBe(200);
    const bytes = await ico.body();
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(bytes.readUInt16LE(4)).toBeGreaterThanOrEqual(2);
    // Chromium draws it: the SVG decodes as an image.
    await page.goto(`${site.origin}/favicon.svg`);
    expect(await page.locator('svg').evaluate((svgElement) => svgElement.getBoundingClientRect().width)).toBeGreaterThan(0);
  });
});

/** The headers `site/dist/_headers` sets for every path (the Netlify and Cloudflare Pages format). */
function hostHeaders(): Record<string, string> {
  const lines = readFileSync(join(siteDist, '_headers'), 'utf8').split('\n');
  const headers: Record<string, string> = {};
  for (const line of lines.slice(lines.indexOf('/*') + 1)) {
    const match = /^ {2}([A-Za-z-]+): (.+)$/.exec(line);
    if (!match) break;
    headers[match[1]!] = match[2]!;
  }
  return headers;
}

describe('the security headers for hosts', () => {
  let served: StaticServer | undefined;
  let framer: Server | undefined;
  afterAll(async () => {
    await served?.close();
    await new Promise((resolve) => (framer ? framer.close(resolve) : resolve(undefined)));
  });

  it('are copied into the build, stop another site framing a page, and leave the site working', async () => {
    const headers = hostHeaders();
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    served = await startStaticServer({ root: siteDist, headers });
    const page = await site.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    // Another site (its own origin, with no policy of its own) framing a page of the site.
    framer = createServer((request, response) => {
      const src = new URL(request.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Another site</title><iframe title="framed" src="${src.replace(/[^\w:/.-]/g, '')}"></iframe>`);
    });
    await new Promise<void>((resolve) => framer!.listen(0, '127.0.0.1', () => resolve()));
    const framerOrigin = `http://127.0.0.1:${(framer.address() as AddressInfo).port}`;
    const framed = async (origin: string): Promise<{ url: string; heading: string }> => {
      await page.goto(`${framerOrigin}/?src=${encodeURIComponent(`${origin}/guidance/`)}`);
      await page.waitForTimeout(1000);
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      if (!frame) return { url: '', heading: '' };
      return { url: frame.url(), heading: await frame.evaluate(() => document.querySelector('main h1')?.textContent ?? '').catch(() => '') };
    };
    const open = await framed(site.origin);
    expect(open.url, 'framing works without the headers, so the next check means something').toBe(`${site.origin}/guidance/`);
    expect(open.heading).not.toBe('');
    const refused = await framed(served.origin);
    expect(refused.url, 'the headers refuse framing').not.toBe(`${served.origin}/guidance/`);
    expect(refused.heading).toBe('');
    expect(problems.join('\n')).toMatch(/frame-ancestors 'none'/);

    // The site still plays under both policies (the headers' and each page's own).
    problems.length = 0;
    const player = new PlayerPage(page, served.origin);
    const response = await player.goto('/scenarios/a-question-of-capacity/');
    expect(response.headers()['x-frame-options']).toBe('DENY');
    expect(response.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
    await player.waitForIslands();
    await player.page.locator('.player[data-loaded="true"]').waitFor();
    await playRoute(player, ['block-the-discharge']);
    await player.page.locator('.player-feedback').waitFor();
    expect(problems).toEqual([]);
  });
});

describe('downloaded debriefs on a site built for its address', () => {
  const buildFolder = join(packageRoot, 'site', '.build');
  let server: StaticServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  it('stops the build with a hint when COMMON_GROUND_SITE_URL is not a web address', async () => {
    const build = await runAstroBuild(['--outDir', join(buildFolder, 'never-written')], { COMMON_GROUND_SITE_URL: 'common-ground.example.org' });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('COMMON_GROUND_SITE_URL=common-ground.example.org is not a full web address.');
    expect(build.output).toMatch(/hint: Give the address the site is published at/);
  });

  it('link every guidance page, citation and the scenario itself to COMMON_GROUND_SITE_URL, with the ending said once', async () => {
    // Built once for the run, for https://training.example.org/, by the end-to-end setup (ensureAddressedSiteBuilt).
    await ensureAddressedSiteBuilt();
    server = await startStaticServer({ root: addressedSiteDist });
    const player = new PlayerPage(await site.newPage(), server.origin);
    await player.open('a-question-of-capacity');
    await playRoute(player, ['block-the-discharge', 'face-the-consequences']);
    await player.page.getByRole('button', { name: 'Download the debrief (Markdown)' }).waitFor();
    const download = await player.download('Download the debrief (Markdown)');
    const markdown = await readFile((await download.path())!, 'utf8');
    const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(2);
    expect(links.filter((href) => !href.startsWith('https://training.example.org/'))).toEqual([]);
    expect(markdown).toContain('](https://training.example.org/guidance/mental-capacity/#mental-capacity)');
    expect(markdown).toContain('- **Play it again:** https://training.example.org/scenarios/a-question-of-capacity/');
    expect(markdown).toContain('**Poor outcome**: not resolved; the scenario ended at stage 1 on Wed 10 Feb 2027, 17:00.');
    expect(markdown).not.toContain(server.origin);
  });
});
