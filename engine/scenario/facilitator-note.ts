/**
 * The facilitator note of a scenario, gathered for a trainer: the learning
 * objectives, the running order, the safe-practice points, and the
 * questions to put to the room at each decision, in the order the story
 * meets them. The site's facilitator page draws it; nothing here says which
 * choice is recommended, since the page is public.
 */
import type { Root } from 'mdast';
import { mdastText } from '../kernel/mdast-text.js';
import { narrativeHeading } from './narrative-heading.js';
import type { Scenario } from './scenario-model.js';

/** The questions for one decision. */
export interface FacilitatorDecision {
  sceneId: string;
  /** The scene's heading. */
  title: string;
  stage: number;
  /** Each question as plain text. */
  questions: string[];
}

/** The whole note. */
export interface FacilitatorNote {
  objectives: string[];
  timing: { part: string; minutes: number }[];
  /** The timing's minutes added up; 0 without a timing. */
  totalMinutes: number;
  safePractice: string[];
  decisions: FacilitatorDecision[];
}

/** The questions of a `<Discuss>`: one per list item, or per paragraph outside a list. */
function questionsOf(tree: Root): string[] {
  return tree.children.flatMap((node) => {
    if (node.type === 'list') return node.children.map((item) => mdastText(item).replace(/\s+/g, ' ').trim());
    const text = mdastText(node).replace(/\s+/g, ' ').trim();
    return text === '' ? [] : [text];
  });
}

/**
 * The note, or undefined when the scenario has neither a facilitator block
 * nor any `<Discuss>`.
 *
 * @example
 * facilitatorNote(scenario)?.decisions[0]?.questions; // ['What does Bea need to hear from you?', …]
 */
export function facilitatorNote(scenario: Scenario): FacilitatorNote | undefined {
  const block = scenario.frontmatter.facilitator;
  const decisions = scenario.order.flatMap((id) => {
    const scene = scenario.scenes[id];
    if (!scene?.discuss) return [];
    return [{ sceneId: id, title: narrativeHeading(scene.narrative) ?? `A scene at stage ${scene.stage}`, stage: scene.stage, questions: questionsOf(scene.discuss.mdast) }];
  });
  if (block === undefined && decisions.length === 0) return undefined;
  const timing = block?.timing ?? [];
  return {
    objectives: [...scenario.frontmatter.objectives],
    timing,
    totalMinutes: timing.reduce((sum, part) => sum + part.minutes, 0),
    safePractice: block?.safePractice ?? [],
    decisions,
  };
}
