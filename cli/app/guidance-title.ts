/**
 * Titles of guidance sections for `guidance:<id>` links in narrative. The
 * guidance table is data in the engine; like the site, the terminal reads it
 * from its module (the engine's index does not re-export it).
 */
import { findGuidanceSection } from '../../engine/guidance/guidance-sections.js';

/**
 * The short title of a guidance section, or undefined for an unknown id.
 * @example
 * guidanceTitle('stage-1'); // 'Stage 1: talk it through between the agencies'
 */
export function guidanceTitle(id: string): string | undefined {
  return findGuidanceSection(id)?.title;
}
