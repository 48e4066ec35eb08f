/**
 * The fixed lists a scenario draws on: topics (what kind of disagreement it
 * teaches) and principles (what a choice shows or misses). Ids are stable;
 * labels are our own words for the library page and the feedback panel.
 */

/** Topic ids with their labels, in the order the library lists them. */
export const SCENARIO_TOPICS = [
  { id: 'case-closure', label: 'Ending involvement or closing a case' },
  { id: 'agreed-action-not-done', label: 'An agreed action not done' },
  { id: 'threshold', label: 'Disagreeing about the threshold' },
  { id: 'agency-involvement', label: 'Whether an agency needs to be involved' },
  { id: 'conference-refused', label: 'Conference or safeguarding meeting refused' },
  { id: 'agency-response', label: "Shared concern about an agency's response" },
  { id: 'information-sharing', label: 'Sharing information or providing services' },
  { id: 'capacity', label: 'Disagreeing about mental capacity' },
  { id: 'immediate-risk', label: 'Immediate risk of harm' },
  { id: 'escalation-panel', label: "Reaching the escalation panel (the protocol's panel stages)" },
  { id: 'holidays', label: 'Bank holidays and the working-day clock' },
] as const;

/** One topic id, e.g. `'case-closure'`. */
export type TopicId = (typeof SCENARIO_TOPICS)[number]['id'];

/** Every topic id, for schemas and pickers. */
export const topicIds = SCENARIO_TOPICS.map((topic) => topic.id) as [TopicId, ...TopicId[]];

/** Principle ids with their labels: what a choice can show or miss. */
export const SCENARIO_PRINCIPLES = [
  { id: 'person-at-centre', label: 'Keeps the child or adult at the centre' },
  { id: 'timeliness', label: 'Acts in good time' },
  { id: 'respectful-challenge', label: 'Challenges respectfully' },
  { id: 'professional-curiosity', label: 'Stays professionally curious' },
  { id: 'recording', label: 'Records the discussion and conclusions' },
] as const;

/** One principle id, e.g. `'timeliness'`. */
export type PrincipleId = (typeof SCENARIO_PRINCIPLES)[number]['id'];

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
