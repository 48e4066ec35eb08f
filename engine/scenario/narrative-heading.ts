/**
 * The title of a scene or an ending: its first heading, as plain text. It
 * is how a workshop's record and its projector name a moment of the story,
 * instead of the scene's id, which is written for authors, not for a room.
 */
import { mdastText } from '../kernel/mdast-text.js';
import type { Narrative, Scenario } from './scenario-model.js';

/**
 * The first heading of a narrative, or undefined when it has none.
 * @example
 * narrativeHeading(scene.narrative); // 'Friday morning, 18 December'
 */
export function narrativeHeading(narrative: Narrative): string | undefined {
  const heading = narrative.mdast.children.find((node) => node.type === 'heading');
  const text = heading ? mdastText(heading).replace(/\s+/g, ' ').trim() : '';
  return text === '' ? undefined : text;
}

/**
 * The title of a scene or ending of the scenario, by id: its heading, or,
 * when it has none, words that describe it without its id.
 * @example
 * nodeTitle(scenario, 'cin-review'); // 'The child in need review'
 */
export function nodeTitle(scenario: Scenario, id: string): string {
  const scene = scenario.scenes[id];
  if (scene) return narrativeHeading(scene.narrative) ?? `A scene at stage ${scene.stage}`;
  const ending = scenario.endings[id];
  if (ending) return narrativeHeading(ending.debrief) ?? `An ending (${ending.outcome})`;
  return 'A part of the story this scenario no longer has';
}
