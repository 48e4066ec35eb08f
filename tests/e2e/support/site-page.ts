import type { Download, Page, Response } from 'playwright-core';

/**
 * The base page object for the built site, after Starlight's `StarlightPage`
 * (withastro/starlight packages/starlight/__e2e__/test-utils.ts): it knows
 * the server's origin, resolves site paths against it, and offers what
 * every page has (skip link, main, headings, scripts). A page object per
 * page extends it with that page's own parts.
 *
 * @example
 * ```ts
 * class GuidancePage extends SitePage { sectionIds() { … } }
 * const guidance = new GuidancePage(page, site.origin);
 * await guidance.goto('/guidance/key-principles/');
 * ```
 */
export class SitePage {
  /** Every response received since this object was created, for "loads no .js" checks. */
  readonly responses: string[] = [];

  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {
    page.on('response', (response) => this.responses.push(response.url()));
  }

  /** An absolute URL for a site path such as `/guidance/`. */
  resolveUrl(path: string): string {
    return `${this.origin}${path.replace(/^\/?/, '/')}`;
  }

  /** Opens a site path and returns the response, failing on anything but 200. */
  async goto(path: string): Promise<Response> {
    const response = await this.page.goto(this.resolveUrl(path));
    if (!response || response.status() !== 200) {
      throw new Error(`GET ${path} answered ${response?.status() ?? 'nothing'}.`);
    }
    return response;
  }

  /**
   * Waits until every Astro island on the page has hydrated (Astro removes
   * the `ssr` attribute from <astro-island> once its component is live).
   * Interact with an island only after this, or typing may be lost.
   */
  async waitForIslands(): Promise<void> {
    await this.page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  }

  /** The path of the current page plus its hash, e.g. `/guidance/key-principles/#key-principles`. */
  currentPath(): string {
    const url = new URL(this.page.url());
    return `${url.pathname}${url.search}${url.hash}`;
  }

  /** The text of the page's h1. */
  async heading(): Promise<string> {
    return (await this.page.locator('h1').first().textContent())?.trim() ?? '';
  }

  /** How many <script> elements the document has. */
  scriptCount(): Promise<number> {
    return this.page.locator('script').count();
  }

  /** The URLs of JavaScript files requested while on this page object. */
  javascriptRequests(): string[] {
    return this.responses.filter((url) => /\.m?js(\?|$)/.test(new URL(url).pathname));
  }

  /** The id of the focused element ('' when none has an id). */
  focusedId(): Promise<string> {
    return this.page.evaluate(() => document.activeElement?.id ?? '');
  }

  /** Presses Tab from the top of the page, then Enter on the skip link it lands on. */
  async useSkipLink(): Promise<void> {
    await this.page.keyboard.press('Tab');
    const focused = await this.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused !== 'Skip to main content') {
      throw new Error(`The first Tab focused "${focused}", not the skip link.`);
    }
    await this.page.keyboard.press('Enter');
  }

  /** Clicks the button with this name and waits for the file it downloads. */
  async download(buttonName: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: buttonName }).click()]);
    return download;
  }

  /** Saves a full-page screenshot. */
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
