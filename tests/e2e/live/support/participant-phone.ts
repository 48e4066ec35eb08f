import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Where the phone screenshots go, for a person to look at. */
export const shotsDir = '/work/notes/shots/17';

/**
 * The participant page on a table's phone, after Starlight's page objects
 * (withastro/starlight packages/starlight/__e2e__/test-utils.ts): what a
 * person sees and taps, found by role and name as a screen reader would.
 *
 * @example
 * ```ts
 * const phone = new ParticipantPhone(page, server.origin);
 * await phone.open('#K7M4QP');
 * await phone.table('Table 2').click();
 * ```
 */
export class ParticipantPhone {
  /** Console errors and uncaught exceptions, including Content-Security-Policy refusals. */
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  /** Opens the page, optionally with a hash such as `#K7M4QP`. */
  async open(hash = ''): Promise<void> {
    await this.page.goto(`${this.origin}/${hash}`);
  }

  /** The screen's <h1>. */
  heading(): Locator {
    return this.page.locator('main h1');
  }

  /** Waits until the <h1> says `text`. */
  async waitForHeading(text: string): Promise<void> {
    await this.page.locator('main h1', { hasText: text }).waitFor();
  }

  codeField(): Locator {
    return this.page.getByLabel('Room code');
  }

  async enterCode(text: string): Promise<void> {
    await this.codeField().fill(text);
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  errorSummary(): Locator {
    return this.page.locator('.error-summary');
  }

  /** A table's button in the lobby, by its name. */
  table(name: string): Locator {
    return this.page.locator('.table-button', { hasText: name });
  }

  /** A choice's button at the vote, by words in its label. */
  choice(label: string): Locator {
    return this.page.locator('.choice', { hasText: label });
  }

  /** The sentence under the choices. */
  voteStatus(): Locator {
    return this.page.locator('#vote-status');
  }

  /** The connection banner's text, or '' when none shows. */
  async banner(): Promise<string> {
    return (await this.page.locator('#connection-status').textContent())?.trim() ?? '';
  }

  /** What the polite live region holds now. */
  async announced(): Promise<string> {
    return (await this.page.locator('#announcer').textContent())?.trim() ?? '';
  }

  /** The page's localStorage, parsed where it is JSON. */
  stored(): Promise<Record<string, unknown>> {
    return this.page.evaluate(() =>
      Object.fromEntries(
        Object.keys(localStorage).map((key) => {
          const value = localStorage.getItem(key) ?? '';
          try {
            return [key, JSON.parse(value) as unknown];
          } catch {
            return [key, value];
          }
        }),
      ),
    );
  }

  /** Saves a full-page screenshot under {@link shotsDir}, on the machine where the notes are kept (never on CI). */
  async shoot(name: string): Promise<void> {
    if (!existsSync(dirname(dirname(shotsDir)))) return;
    mkdirSync(shotsDir, { recursive: true });
    await this.page.screenshot({ path: join(shotsDir, name), fullPage: true });
  }
}
