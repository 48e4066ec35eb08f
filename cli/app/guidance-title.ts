/**
 * Titles of guidance sections for `guidance:<id>` links in narrative. The
 * guidance table is data in the engine; like the site, the terminal reads it
 * from its module (the engine's index does not re-export it).
 */
import { citeSection, type CitingProtocol } from '../../engine/index.js';

/**
 * Looks up the short titles of guidance sections for a scenario's protocol;
 * undefined for an id its scenarios may not cite.
 * @example
 * guidanceTitles(protocol)('stage-1'); // 'Stage 1: talk it through between the agencies'
 */
export function guidanceTitles(protocol: CitingProtocol): (id: string) => string | undefined {
  return (id) => citeSection(id, protocol)?.title;
}
