import { SitePage } from '../../support/site-page.js';

/** The authoring guide, `/authoring/`, rendered from scenarios/README.md. */
export class AuthoringPage extends SitePage {
  /** Opens the authoring page. */
  open() {
    return this.goto('/authoring/');
  }

  /** The headings of the rendered guide. */
  async headings(): Promise<string[]> {
    return (await this.page.locator('main h2').allTextContents()).map((text) => text.trim());
  }
}
