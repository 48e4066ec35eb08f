import { SitePage } from '../../support/site-page.js';

/** The home page, `/`. */
export class HomePage extends SitePage {
  /** Opens the home page. */
  open() {
    return this.goto('/');
  }

  /** The labels of the primary navigation links, in order. */
  async navigationLabels(): Promise<string[]> {
    return (await this.page.locator('nav[aria-label="Main"] a').allTextContents()).map((text) => text.trim());
  }
}
