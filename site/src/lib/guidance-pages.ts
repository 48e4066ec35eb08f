import { guidancePages, type GuidanceSection, guidanceSections } from '../../../engine/index.js';

/** A guidance page with its URL slug, its sections and its neighbours in reading order. */
export interface GuidancePageOutline {
  /** Site path, e.g. `/guidance/key-principles/`. */
  path: string;
  /** The last path segment, e.g. `key-principles`, used as the route parameter. */
  slug: string;
  /** Page title. */
  title: string;
  /** The sections on this page, in reading order. */
  sections: GuidanceSection[];
  /** The page before this one, if any. */
  previous: { path: string; title: string } | undefined;
  /** The page after this one, if any. */
  next: { path: string; title: string } | undefined;
}

/** The slug of a guidance page path: `/guidance/key-principles/` gives `key-principles`. */
export function guidanceSlug(path: string): string {
  const parts = path.split('/').filter((part) => part.length > 0);
  return parts[parts.length - 1] ?? '';
}

/**
 * Every guidance page in reading order, with the sections that live on it
 * (from `guidanceSections`, which is the single list of citable anchors).
 *
 * @example
 * ```ts
 * guidanceOutline().find((page) => page.slug === 'resolution-process')?.sections.length; // 9
 * ```
 */
export function guidanceOutline(
  pages: ReadonlyArray<{ path: string; title: string }> = guidancePages,
  sections: readonly GuidanceSection[] = guidanceSections,
): GuidancePageOutline[] {
  return pages.map((page, index) => {
    const before = pages[index - 1];
    const after = pages[index + 1];
    return {
      path: page.path,
      slug: guidanceSlug(page.path),
      title: page.title,
      sections: sections.filter((section) => section.page === page.path),
      previous: before ? { path: before.path, title: before.title } : undefined,
      next: after ? { path: after.path, title: after.title } : undefined,
    };
  });
}
