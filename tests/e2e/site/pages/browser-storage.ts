import type { Page } from 'playwright-core';

/** Keys {@link fillLocalStorage} writes, so a test can free the space again. */
const FILLER = 'test-filler:';

/**
 * Fills this origin's localStorage until the browser refuses even one more
 * character, as a learner's full storage would: real QuotaExceededErrors,
 * no patched methods. Returns how many characters it took.
 */
export function fillLocalStorage(page: Page): Promise<number> {
  return page.evaluate((prefix) => {
    let written = 0;
    let index = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`${prefix}${index}`, chunk);
          index += 1;
          written += size;
        } catch {
          break;
        }
      }
    }
    return written;
  }, FILLER);
}

/**
 * Has these localStorage values in place before any of the site's scripts
 * run, on every load of this page from now on (an init script, run in the
 * document itself before its own scripts). A test of what a page does with
 * stored data then loads it once: no earlier load of the page can read the
 * values first, and nothing depends on a write from one document reaching
 * the next.
 *
 * @example
 * ```ts
 * await storeBeforeLoad(log.page, { 'common-ground:v1:reflective-log': '[1,2,3]' });
 * await log.open();
 * ```
 */
export async function storeBeforeLoad(page: Page, values: Readonly<Record<string, string>>): Promise<void> {
  await page.addInitScript((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(values));
}

/** Removes what {@link fillLocalStorage} wrote. */
export function freeLocalStorage(page: Page): Promise<void> {
  return page.evaluate((prefix) => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
  }, FILLER);
}

/** localStorage keys and values, without the filler. */
export function storedValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    (prefix) => Object.fromEntries(Object.keys(localStorage).filter((key) => !key.startsWith(prefix)).map((key) => [key, localStorage.getItem(key) ?? ''])),
    FILLER,
  );
}
