import { SitePage } from '../../support/site-page.js';

/** A scenario page, `/scenarios/<id>/`, with the player island. */
export class PlayerPage extends SitePage {
  /** Opens a scenario and waits until the player has read any saved progress. */
  async open(id: string): Promise<void> {
    await this.goto(`/scenarios/${id}/`);
    await this.waitForIslands();
    await this.page.locator('.player[data-loaded="true"]').waitFor();
  }

  /** Reloads and waits for the player again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitForIslands();
    await this.page.locator('.player[data-loaded="true"]').waitFor();
  }

  /** The id of the scene or ending on screen. */
  async nodeId(): Promise<string> {
    return (await this.page.locator('.player').getAttribute('data-node')) ?? '';
  }

  /** The choice buttons' data-choice ids, in order. */
  choiceIds(): Promise<string[]> {
    return this.page.locator('button[data-choice]').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.choice ?? ''));
  }

  /**
   * Takes a choice with the keyboard only: Tab until the choice's button has
   * focus, then Enter. Fails if it is not reachable within `maxTabs`.
   */
  async chooseByKeyboard(choiceId: string, maxTabs = 80): Promise<void> {
    const before = await this.nodeIdAndSteps();
    for (let tab = 0; tab < maxTabs; tab += 1) {
      await this.page.keyboard.press('Tab');
      const focused = await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.choice ?? (document.activeElement?.textContent?.trim() === 'Continue' ? '@continue' : ''));
      if (focused === choiceId) {
        await this.page.keyboard.press('Enter');
        await this.page.waitForFunction((previous) => {
          const player = document.querySelector('.player');
          return `${player?.getAttribute('data-node')}|${document.querySelectorAll('.player-path li, .player-feedback').length}|${document.querySelector('.player-clock time')?.getAttribute('datetime')}` !== previous;
        }, before);
        return;
      }
    }
    throw new Error(`Could not reach the choice "${choiceId}" by Tab within ${maxTabs} presses.`);
  }

  private nodeIdAndSteps(): Promise<string> {
    return this.page.evaluate(() => {
      const player = document.querySelector('.player');
      return `${player?.getAttribute('data-node')}|${document.querySelectorAll('.player-path li, .player-feedback').length}|${document.querySelector('.player-clock time')?.getAttribute('datetime')}`;
    });
  }

  /** Types into a prompt's box by keyboard: Tab to it, then type. */
  async writeByKeyboard(promptId: string, text: string, maxTabs = 80): Promise<void> {
    for (let tab = 0; tab < maxTabs; tab += 1) {
      await this.page.keyboard.press('Tab');
      const focused = await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.prompt ?? '');
      if (focused === promptId) {
        await this.page.keyboard.type(text);
        return;
      }
    }
    throw new Error(`Could not reach the prompt "${promptId}" by Tab within ${maxTabs} presses.`);
  }

  /** Fills a prompt's box directly (for tests that are not about the keyboard). */
  async write(promptId: string, text: string): Promise<void> {
    await this.page.locator(`textarea[data-prompt="${promptId}"]`).fill(text);
  }

  /** Clicks Continue, on a scene that only moves the story on. */
  async continueOn(): Promise<void> {
    await this.page.getByRole('button', { name: 'Continue', exact: true }).click();
  }

  /** Clicks a choice. */
  async choose(choiceId: string): Promise<void> {
    await this.page.locator(`button[data-choice="${choiceId}"]`).click();
  }

  /** The value of a prompt's box. */
  promptValue(promptId: string): Promise<string> {
    return this.page.locator(`textarea[data-prompt="${promptId}"]`).inputValue();
  }

  /** The id of the focused element's tag and text, e.g. `H2 Tuesday morning`. */
  focusedHeading(): Promise<string> {
    return this.page.evaluate(() => `${document.activeElement?.tagName ?? ''} ${document.activeElement?.textContent?.trim() ?? ''}`);
  }

  /** The polite live region's text. */
  async announcement(): Promise<string> {
    return (await this.page.locator('.player > [role="status"]').textContent())?.trim() ?? '';
  }

  /** The notices shown above the player. */
  notices(): Promise<string[]> {
    return this.page.locator('.player > .notice').allTextContents();
  }

  /** The urgent notices (something is not being saved), read from the player's alert region. */
  alerts(): Promise<string[]> {
    return this.page.locator('.player > [role="alert"] .notice__message').allTextContents();
  }

  /** localStorage keys and values. */
  storage(): Promise<Record<string, string>> {
    return this.page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key) ?? ''])));
  }

  /** Sets a localStorage value (before a reload). */
  async setStorage(key: string, value: string): Promise<void> {
    await this.page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, value]);
  }
}
