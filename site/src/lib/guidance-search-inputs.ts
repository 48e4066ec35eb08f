import { markdownToText, type GuidanceSearchInput, type GuidanceSection } from '../../../engine/index.js';

/**
 * The guidance sections as search inputs: each section's title, page, page
 * title and its Markdown turned into plain text. A section's stage table
 * row (rendered from the protocol rather than written in Markdown) can be
 * passed per section; it is searched with its own weight and never shown.
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
  stageText: Readonly<Record<string, string>> = {},
): GuidanceSearchInput[] {
  const pageTitles = new Map(pages.map((page) => [page.path, page.title]));
  return sections.map((section) => {
    const stage = stageText[section.id];
    return {
      id: section.id,
      title: section.title,
      page: section.page,
      pageTitle: pageTitles.get(section.page) ?? 'Guidance',
      text: markdownToText(markdownOf(section.id)).trim(),
      ...(stage ? { stage } : {}),
    };
  });
}
