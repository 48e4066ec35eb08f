/**
 * Where the player's `guidance:<id>` links go: to the section for the
 * scenario's protocol (a protocol's own stage sections live on its page).
 * A React context, so every piece of rendered narrative (scene, feedback,
 * debrief) links the same way without passing the protocol down by hand.
 */
import { createContext, useContext } from 'react';
import { citeSection, type CitingProtocol, guidanceSectionHref } from '../../../../engine/runtime.js';

/** Turns a guidance section id into its address, or undefined for an id that cannot be cited. */
export type GuidanceHref = (id: string) => string | undefined;

/** The resolver for a protocol's scenarios. */
export function guidanceHrefFor(protocol: CitingProtocol): GuidanceHref {
  return (id) => citeSection(id, protocol)?.href;
}

/** The current resolver; the written guidance's own addresses outside a player. */
export const GuidanceLinks = createContext<GuidanceHref>(guidanceSectionHref);

/** The resolver for the narrative being rendered. */
export function useGuidanceHref(): GuidanceHref {
  return useContext(GuidanceLinks);
}
