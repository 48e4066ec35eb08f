import type { Page } from 'playwright-core';
import { axeViolationsIn, formatViolations } from '../../support/axe.js';

/**
 * Runs axe-core on the page as it is now (mid-session, not a fresh load)
 * and returns its WCAG 2.2 AA violations as lines ('' when there are none).
 * axe goes in through `page.evaluate`, which DevTools runs outside the
 * page's Content-Security-Policy, so the page itself keeps the workshop's
 * CSP and a test still fails if the page breaks it.
 *
 * @example
 * ```ts
 * expect(await axeOnPage(page)).toEqual('');
 * ```
 */
export async function axeOnPage(page: Page): Promise<string> {
  return formatViolations(await axeViolationsIn(page, { inject: true }));
}

/**
 * What is wrong with the layout at phone size, as lines ('' when nothing):
 * the page scrolling sideways, or a visible button, link or field smaller
 * than 44 by 44 CSS pixels (WCAG 2.2's enhanced target size; the page aims
 * higher than the AA minimum of 24 because it is tapped in a busy room).
 *
 * @example
 * ```ts
 * expect(await phoneLayoutProblems(page)).toEqual('');
 * ```
 */
export function phoneLayoutProblems(page: Page): Promise<string> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) problems.push(`The page is ${document.documentElement.scrollWidth}px wide in a ${width}px window.`);
    for (const target of document.querySelectorAll<HTMLElement>('button, input, summary, main a')) {
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // A link inside running text is exempt from target size (WCAG 2.5.8 "inline").
      if (target instanceof HTMLAnchorElement && target.closest('p, li')) continue;
      if (box.width < 44 || box.height < 44) problems.push(`${target.tagName.toLowerCase()} "${target.textContent?.trim() ?? ''}" is ${Math.round(box.width)}×${Math.round(box.height)}px.`);
      if (box.right > width + 0.5) problems.push(`${target.tagName.toLowerCase()} "${target.textContent?.trim() ?? ''}" runs off the right edge.`);
    }
    return problems.join('\n');
  });
}
