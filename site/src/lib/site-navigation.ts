/** One link in the site's primary navigation. */
export interface NavItem {
  /** Link text. */
  label: string;
  /** Site path, ending in `/`. */
  href: string;
}

/**
 * The primary navigation, in order. Pages added later (scenario player,
 * deadline calculator, reflective log) live at these paths.
 */
export const primaryNavigation: readonly NavItem[] = [
  { label: 'Guidance', href: '/guidance/' },
  { label: 'Scenarios', href: '/scenarios/' },
  { label: 'Deadline calculator', href: '/calculator/' },
  { label: 'Reflective log', href: '/log/' },
  { label: 'Authoring', href: '/authoring/' },
  { label: 'Search', href: '/search/' },
];

/** Adds the trailing slash the site's URLs use, so `/guidance` and `/guidance/` compare equal. */
function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Whether a navigation item is the page being shown (`'page'`), a section
 * the page belongs to (`'true'`, e.g. Guidance while reading a guidance
 * page), or neither (`undefined`): the value for `aria-current`.
 *
 * @example
 * ```ts
 * currentness({ label: 'Guidance', href: '/guidance/' }, '/guidance/key-principles/'); // 'true'
 * currentness({ label: 'Guidance', href: '/guidance/' }, '/guidance/'); // 'page'
 * ```
 */
export function currentness(item: NavItem, pathname: string): 'page' | 'true' | undefined {
  const path = withTrailingSlash(pathname);
  const href = withTrailingSlash(item.href);
  if (path === href) return 'page';
  if (href !== '/' && path.startsWith(href)) return 'true';
  return undefined;
}
