import { SitePage } from '../../support/site-page.js';

/** The scenario library, `/scenarios/`, with its filter island. */
export class LibraryPage extends SitePage {
  /** Opens the library (optionally with a query string) and waits for the filters. */
  async open(query = ''): Promise<void> {
    await this.goto(`/scenarios/${query}`);
    await this.waitForIslands();
    await this.page.locator('.library-filters').waitFor();
  }

  /** The ids of the cards a reader can see. */
  visibleCards(): Promise<string[]> {
    return this.page.locator('[data-scenario-card]:visible').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.scenarioCard ?? ''));
  }

  /** Every card in the server-rendered list. */
  allCards(): Promise<string[]> {
    return this.page.locator('[data-scenario-card]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.scenarioCard ?? ''));
  }

  /** Picks an option in one of the filters by its label. */
  async filter(label: 'Who it is about' | 'Topic' | 'Reaches stage', optionLabel: string): Promise<void> {
    await this.page.getByLabel(label).selectOption({ label: optionLabel });
  }

  /** The live region's text. */
  async count(): Promise<string> {
    return (await this.page.locator('.library-filters__count').textContent())?.trim() ?? '';
  }
}
