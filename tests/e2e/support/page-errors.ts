import type { Page } from 'playwright-core';

/**
 * Every uncaught exception and console error a page reports from now on (a
 * Content-Security-Policy refusal is a console error), in the list returned,
 * so a test can ask at the end that there were none.
 *
 * @example
 * ```ts
 * const errors = recordPageErrors(page);
 * // … drive the page …
 * expect(errors).toEqual([]);
 * ```
 */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
