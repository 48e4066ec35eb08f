/**
 * The player's guidance links are the site's own addresses (`/guidance/…`),
 * which lead nowhere inside a package. With the site's address they open
 * there, in a new tab; without one they are left as their words, so a
 * learner never follows a link into a blank page.
 */

/**
 * Points every site-relative link under `root` at the site, or unlinks it.
 * @example
 * pointLinksAtSite(document.getElementById('player')!, 'https://common-ground.example.org');
 */
export function pointLinksAtSite(root: HTMLElement, siteUrl: string | null): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
    const path = link.getAttribute('href') ?? '';
    if (siteUrl) {
      link.href = `${siteUrl.replace(/\/+$/, '')}${path}`;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      if (!link.textContent?.includes('(opens in a new tab)')) link.append(' (opens in a new tab)');
    } else {
      link.removeAttribute('href');
      link.classList.add('lms-unlinked');
    }
  }
}
