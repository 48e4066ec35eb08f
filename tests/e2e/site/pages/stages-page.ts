import { GuidancePage } from './guidance-page.js';

/** The seven-stage resolution process page with its stage table. */
export class StagesPage extends GuidancePage {
  /** The page's path. */
  static readonly path = '/guidance/resolution-process/';

  /** Opens the stages page. */
  open() {
    return this.goto(StagesPage.path);
  }

  /** The stage table. */
  table() {
    return this.page.locator('table.stage-table');
  }

  /** Each stage row's header cell text (e.g. "Stage 1 Talk it through…"). */
  async rowHeaders(): Promise<string[]> {
    return (await this.table().locator('tbody th[scope="row"]').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** The column headers of the stage table. */
  async columnHeaders(): Promise<string[]> {
    return (await this.table().locator('thead th[scope="col"]').allTextContents()).map((text) => text.trim());
  }

  /** Opens the "Source wording" disclosure of a stage and returns its text. */
  async sourceWording(stage: number): Promise<string> {
    const details = this.table().locator('details').nth(stage - 1);
    await details.locator('summary').click();
    return (await details.locator('dl').innerText()).replace(/\s+/g, ' ').trim();
  }

  /** The widest element's right edge minus the viewport width: > 0 means sideways scrolling. */
  horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }
}
