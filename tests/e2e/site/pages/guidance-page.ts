import { SitePage } from '../../support/site-page.js';

/** Any guidance page, e.g. `/guidance/key-principles/`. */
export class GuidancePage extends SitePage {
  /** The ids of the guidance sections on the page. */
  sectionIds(): Promise<string[]> {
    return this.page.locator('section.guidance-section[id]').evaluateAll((sections) => sections.map((section) => section.id));
  }

  /** Whether exactly one element carries this id. */
  async hasUniqueId(id: string): Promise<boolean> {
    return (await this.page.locator(`[id="${id}"]`).count()) === 1;
  }

  /** The text of the source citation at the foot of the page. */
  async citation(): Promise<string> {
    return (await this.page.locator('aside.source-citation').textContent())?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The id of the element the URL's hash points at, if it exists and is `:target`. */
  targetId(): Promise<string> {
    return this.page.evaluate(() => document.querySelector(':target')?.id ?? '');
  }
}
