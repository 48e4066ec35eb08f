import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';
import { ensureSiteBuilt, packageRoot, siteDist } from './site-build.js';
import { startStaticServer, type StaticServer } from './static-server.js';

/** Where screenshots and other test output go (gitignored). */
export const artifactsDir = join(packageRoot, 'tests', 'e2e', '.artifacts');

/** The built site, its server and a browser, for one test file. */
export interface BuiltSite {
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** The shared Chromium. */
  readonly browser: Browser;
  /** A fresh page in its own context (closed after the test); pass a viewport or other options. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** An absolute path in {@link artifactsDir}, creating the folder. */
  artifact(name: string): string;
}

/**
 * Registers hooks that build the site (once per change: see
 * `ensureSiteBuilt`), serve `site/dist` on a free port and launch Chromium
 * for the test file, and close everything afterwards. Call it at the top of
 * a test file and use the returned handle inside tests.
 *
 * @example
 * ```ts
 * const site = useBuiltSite();
 * it('has a heading', async () => {
 *   const home = new HomePage(await site.newPage(), site.origin);
 *   await home.goto('/');
 * });
 * ```
 */
export function useBuiltSite(): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const openPages: Page[] = [];

  beforeAll(async () => {
    await ensureSiteBuilt();
    server = await startStaticServer({ root: siteDist });
    browser = await launchChromium();
  }, 300_000);

  afterEach(async () => {
    for (const page of openPages.splice(0)) await page.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get origin() {
      if (!server) throw new Error('The site server is not running yet; use the handle inside a test.');
      return server.origin;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet; use the handle inside a test.');
      return browser;
    },
    async newPage(options: BrowserContextOptions = {}) {
      if (!browser) throw new Error('Chromium is not running yet; use the handle inside a test.');
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      openPages.push(page);
      return page;
    },
    artifact(name: string) {
      mkdirSync(artifactsDir, { recursive: true });
      return join(artifactsDir, name);
    },
  };
}
