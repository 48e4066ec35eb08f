/**
 * The fixed lists a scenario draws on: topics (what kind of disagreement it
 * teaches) and principles (what a choice shows or misses). Ids are stable;
 * labels are our own words for the library page and the feedback panel. The
 * lists themselves are data, in `data/topics.json` and `data/principles.json`
 * (id: label, in the order the library lists them).
 */
import principleData from './data/principles.json';
import topicData from './data/topics.json';

/** Topic ids with their labels, in the order the library lists them. */
export const SCENARIO_TOPICS = Object.entries(topicData).map(([id, label]) => ({ id: id as TopicId, label }));

/** One topic id, e.g. `'case-closure'`. */
export type TopicId = keyof typeof topicData;

/** Every topic id, for schemas and pickers. */
export const topicIds = SCENARIO_TOPICS.map((topic) => topic.id) as [TopicId, ...TopicId[]];

/** Principle ids with their labels: what a choice can show or miss. */
export const SCENARIO_PRINCIPLES = Object.entries(principleData).map(([id, label]) => ({ id: id as PrincipleId, label }));

/** One principle id, e.g. `'timeliness'`. */
export type PrincipleId = keyof typeof principleData;

/** Every principle id. */
export const principleIds = SCENARIO_PRINCIPLES.map((principle) => principle.id) as [
  PrincipleId,
  ...PrincipleId[],
];

/**
 * A mental-capacity step id a Scene may mark. Which steps exist is the
 * protocol's (`capacity.steps`); the validator checks a scene's step there.
 */
export type CapacityStep = string;

const topicLabels = new Map<string, string>(SCENARIO_TOPICS.map((topic) => [topic.id, topic.label]));
const principleLabels = new Map<string, string>(
  SCENARIO_PRINCIPLES.map((principle) => [principle.id, principle.label]),
);

/**
 * The human label of a topic id, or undefined for an unknown id.
 *
 * @example
 * topicLabel('case-closure'); // 'Ending involvement or closing a case'
 */
export function topicLabel(id: string): string | undefined {
  return topicLabels.get(id);
}

/**
 * The human label of a principle id, or undefined for an unknown id.
 *
 * @example
 * principleLabel('timeliness'); // 'Acts in good time'
 */
export function principleLabel(id: string): string | undefined {
  return principleLabels.get(id);
}

/** True when `id` is one of the {@link SCENARIO_PRINCIPLES}. */
export function isPrincipleId(id: string): id is PrincipleId {
  return principleLabels.has(id);
}
