import type { MarkdownInstance } from 'astro';
import { guidanceSections } from '../../../engine/index.js';
import { matchGuidanceContent } from './match-guidance-content.js';

/**
 * The text of every guidance section, one Markdown file per section in
 * `site/src/content/guidance/<section id>.md`, keyed by section id. Loaded
 * with Vite's eager glob so the files are bundled at build time; checked
 * against `guidanceSections` so none is missing or stray.
 */
export const guidanceContent: ReadonlyMap<string, MarkdownInstance<Record<string, never>>> = matchGuidanceContent(
  guidanceSections,
  import.meta.glob<MarkdownInstance<Record<string, never>>>('../content/guidance/*.md', { eager: true }),
);
