import { buildDebrief, debriefToMarkdown, type Scenario, type Session } from '../../../../engine/runtime.js';
import { downloadSiteAddress } from './download-site-address.js';

/**
 * The play-through so far as a Markdown document (the debrief of an
 * unfinished session: the path, the deadlines and every reflection and
 * record), for the learner to keep when the browser cannot save it. Its
 * own module so the player loads the debrief code only when it is needed.
 *
 * @example
 * ```ts
 * const { progressMarkdown } = await import('./progress-markdown.js');
 * downloadText('progress.md', progressMarkdown(scenario, session), 'text/markdown');
 * ```
 */
export function progressMarkdown(scenario: Scenario, session: Session): string {
  return debriefToMarkdown(buildDebrief(scenario, session), { siteUrl: downloadSiteAddress() });
}
