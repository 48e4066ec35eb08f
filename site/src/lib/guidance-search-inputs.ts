import { markdownToText, type GuidanceSearchInput, type GuidanceSection } from '../../../engine/index.js';

/**
 * The guidance sections as search inputs: each section's title, page, page
 * title and its Markdown turned into plain text. Extra text (for example the
 * stage table's owner and timescale, which are rendered from the protocol
 * rather than written in Markdown) can be appended per section.
 *
 * @example
 * ```ts
 * guidanceSearchInputs(sections, pages, (id) => markdownFor(id), { 'stage-3': 'Owner: …' });
 * ```
 */
export function guidanceSearchInputs(
  sections: readonly GuidanceSection[],
  pages: ReadonlyArray<{ path: string; title: string }>,
  markdownOf: (sectionId: string) => string,
  extraText: Readonly<Record<string, string>> = {},
): GuidanceSearchInput[] {
  const pageTitles = new Map(pages.map((page) => [page.path, page.title]));
  return sections.map((section) => ({
    id: section.id,
    title: section.title,
    page: section.page,
    pageTitle: pageTitles.get(section.page) ?? 'Guidance',
    text: [markdownToText(markdownOf(section.id)), extraText[section.id] ?? ''].join(' ').trim(),
  }));
}
