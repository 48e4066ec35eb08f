import { SitePage } from '../../support/site-page.js';

/** The search page, `/search/`, with its island. */
export class SearchPage extends SitePage {
  /** Opens the search page without a query and waits for the island to hydrate. */
  async open(): Promise<void> {
    await this.goto('/search/');
    await this.waitForIslands();
  }

  /** Opens the search page with a query in the URL, as the header form does, and waits for the answer. */
  async openWithQuery(query: string): Promise<void> {
    await this.goto(`/search/?q=${encodeURIComponent(query)}`);
    await this.waitForIslands();
    await this.waitForAnswer(query);
  }

  /** The island's search box. */
  input() {
    return this.page.getByRole('searchbox', { name: /^Search the guidance/ });
  }

  /** The live region that announces the count. */
  status() {
    return this.page.locator('.search-status[role="status"]');
  }

  /** Types a query into the island's form and presses Enter, then waits for the answer. */
  async search(query: string): Promise<void> {
    await this.input().fill(query);
    await this.input().press('Enter');
    await this.waitForAnswer(query);
  }

  /** Waits until the live region reports on this query (results, none, or a failure). */
  async waitForAnswer(query: string): Promise<void> {
    await this.page.waitForFunction(
      (expected) => {
        const text = document.querySelector('.search-status')?.textContent ?? '';
        return text.includes(`“${expected.trim()}”`) && !text.startsWith('Searching') ? true : text.startsWith('Search is not available');
      },
      query,
    );
  }

  /** The result links. */
  resultLinks() {
    return this.page.locator('.search-results .search-result__title a');
  }

  /** The result titles and hrefs, in order. */
  async results(): Promise<Array<{ title: string; href: string }>> {
    return this.resultLinks().evaluateAll((links) =>
      links.map((link) => ({ title: link.textContent?.trim() ?? '', href: link.getAttribute('href') ?? '' })),
    );
  }

  /** The highlighted words across all result passages and titles. */
  async highlighted(): Promise<string[]> {
    return (await this.page.locator('.search-results mark').allTextContents()).map((text) => text.toLowerCase());
  }
}
