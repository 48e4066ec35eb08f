/**
 * Which guidance sections a scenario may cite, and where each link goes,
 * for the protocol the scenario follows. Practice guidance (the conversation,
 * key principles, immediate risk) is shared by every protocol. Sections about
 * a process itself (its stages and its stage table) come from the scenario's
 * protocol: the written guidance pages describe the guidance protocol, and
 * any other protocol's sections live on its own page, `/protocols/<id>/`.
 */
import { DEFAULT_PROTOCOL } from '../protocol/built-in-protocol-data.js';
import type { Protocol } from '../protocol/protocol.schema.js';
import { findGuidanceSection, guidanceSections, guidanceSectionHref } from './guidance-sections.js';

/**
 * The protocol the site's written guidance pages describe (North Yorkshire's
 * "Managing Different Professional Perspectives and Mutual Challenge").
 */
export const GUIDANCE_PROTOCOL = DEFAULT_PROTOCOL;

/** The part of a protocol that decides what its scenarios may cite. */
export type CitingProtocol = Pick<Protocol, 'id' | 'stages' | 'followingResolution'>;

/** A guidance section as a link: its id, short title and site address. */
export interface CitedSection {
  id: string;
  title: string;
  href: string;
}

/** The section ids a protocol names for its own process: its stages, its stage table and following resolution. */
function protocolSections(protocol: CitingProtocol): Map<string, string> {
  const sections = new Map<string, string>([
    ['resolution-process', 'The resolution process'],
    ['stage-table', 'The stages at a glance'],
  ]);
  for (const stage of protocol.stages) {
    if (stage.guidance !== undefined) sections.set(stage.guidance, `Stage ${stage.stage}: ${stage.title.charAt(0).toLowerCase()}${stage.title.slice(1)}`);
  }
  if (protocol.followingResolution?.guidance !== undefined) sections.set(protocol.followingResolution.guidance, 'Following resolution: learning');
  return sections;
}

/**
 * Every section id a scenario on this protocol may cite.
 *
 * @example
 * citableSectionIds(northYorkshireProtocol).has('stage-7'); // true
 * citableSectionIds(exampleTemplateProtocol).has('stage-7'); // false: it has four stages
 */
export function citableSectionIds(protocol: CitingProtocol): ReadonlySet<string> {
  const written = protocol.id === GUIDANCE_PROTOCOL ? guidanceSections : guidanceSections.filter((section) => section.scope !== 'protocol');
  const ids = new Set(written.map((section) => section.id));
  for (const id of protocolSections(protocol).keys()) ids.add(id);
  return ids;
}

/**
 * A cited section's title and address for this protocol, or `undefined` when
 * the protocol's scenarios may not cite it.
 *
 * @example
 * citeSection('stage-3', northYorkshireProtocol)?.href; // '/guidance/resolution-process/#stage-3'
 * citeSection('stage-3', exampleTemplateProtocol)?.href; // '/protocols/example-template/#stage-3'
 */
export function citeSection(id: string, protocol: CitingProtocol): CitedSection | undefined {
  const written = findGuidanceSection(id);
  if (written !== undefined && (written.scope !== 'protocol' || protocol.id === GUIDANCE_PROTOCOL)) {
    const href = guidanceSectionHref(id);
    return href === undefined ? undefined : { id, title: written.title, href };
  }
  const own = protocolSections(protocol).get(id);
  return own === undefined ? undefined : { id, title: own, href: `${protocolPagePath(protocol.id)}#${id}` };
}

/**
 * The site page that sets out a protocol's stages, notes and source wording.
 *
 * @example
 * protocolPagePath('example-template'); // '/protocols/example-template/'
 */
export function protocolPagePath(id: string): string {
  return `/protocols/${id}/`;
}
