import type { GuidanceSection } from '../../../engine/index.js';
import { SiteError } from './site-error.js';

/** Where the guidance text lives, relative to the package root (for messages). */
export const guidanceContentFolder = 'site/src/content/guidance';

/** The section id a content file is for: its file name without `.md`. */
function sectionIdOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.md$/, '');
}

/**
 * Pairs every guidance section with its text file (`<section id>.md`).
 * Throws a {@link SiteError} when a section has no file, or a file matches
 * no section, so that a renamed id or a stray file stops the build rather
 * than leaving a heading with no text or text nobody can reach.
 *
 * @example
 * ```ts
 * const bySection = matchGuidanceContent(guidanceSections, {
 *   '../content/guidance/stage-1.md': stage1Module,
 * }); // throws unless every section has a file
 * ```
 */
export function matchGuidanceContent<T>(
  sections: readonly GuidanceSection[],
  files: Readonly<Record<string, T>>,
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const [path, content] of Object.entries(files)) byId.set(sectionIdOf(path), content);

  const known = new Set(sections.map((section) => section.id));
  for (const id of byId.keys()) {
    if (!known.has(id)) {
      throw new SiteError(`The file ${guidanceContentFolder}/${id}.md is not for any guidance section.`, {
        file: `${guidanceContentFolder}/${id}.md`,
        hint: 'Rename it to the id of a section in engine/guidance/guidance-sections.ts, or delete it.',
      });
    }
  }
  const matched = new Map<string, T>();
  for (const section of sections) {
    const content = byId.get(section.id);
    if (content === undefined) {
      throw new SiteError(`The guidance section "${section.id}" (${section.title}) has no text.`, {
        file: `${guidanceContentFolder}/${section.id}.md`,
        hint: `Create ${guidanceContentFolder}/${section.id}.md and write the section in your own words.`,
      });
    }
    matched.set(section.id, content);
  }
  return matched;
}
