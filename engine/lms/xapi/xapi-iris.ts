/**
 * The IRIs Common Ground's xAPI statements use for what it defines itself:
 * its activities (a scenario and its scenes, prompts and deadlines), the
 * two verbs no registry has (a deadline met or missed), its activity types
 * and its extensions. One base, {@link XAPI_BASE_IRI}, in this one place.
 *
 * The base is an identifier, not an address: xAPI asks only that an IRI
 * always mean the same thing, and `example.org` is reserved (RFC 2606), so
 * no one else can ever mint these IRIs for something else. It does not
 * depend on where a package is hosted or on its `--site-url`, so the same
 * scene is the same activity in every partnership's record store. Changing
 * it changes every activity id, and so splits old records from new: treat
 * it as versioned, like a file format.
 *
 * Ids from the scenario (scenario, scene, prompt and check ids) are one path
 * segment each, percent-encoded, so an id can never reach into another's
 * path.
 */

/** The base of every IRI Common Ground defines (ends in `/`). */
export const XAPI_BASE_IRI = 'https://common-ground.example.org/xapi/';

const segment = (id: string) => encodeURIComponent(id);

/**
 * The activity IRI of a scenario (what a completion is about, and the parent of everything else).
 * @example
 * scenarioActivityIri('closing-too-soon'); // 'https://common-ground.example.org/xapi/activities/scenarios/closing-too-soon'
 */
export function scenarioActivityIri(scenarioId: string): string {
  return `${XAPI_BASE_IRI}activities/scenarios/${segment(scenarioId)}`;
}

/**
 * The activity IRI of one of a scenario's scenes: the question a choice answers.
 * @example
 * sceneActivityIri('closing-too-soon', 'cin-review'); // '…/activities/scenarios/closing-too-soon/scenes/cin-review'
 */
export function sceneActivityIri(scenarioId: string, sceneId: string): string {
  return `${scenarioActivityIri(scenarioId)}/scenes/${segment(sceneId)}`;
}

/**
 * The activity IRI of a `<Reflect>` or `<Record>` prompt, which a written response is about.
 * @example
 * promptActivityIri('closing-too-soon', 'plan-the-call'); // '…/activities/scenarios/closing-too-soon/prompts/plan-the-call'
 */
export function promptActivityIri(scenarioId: string, promptId: string): string {
  return `${scenarioActivityIri(scenarioId)}/prompts/${segment(promptId)}`;
}

/**
 * The activity IRI of one deadline of a scenario's process (a protocol check such as `1.limit`).
 * @example
 * deadlineActivityIri('closing-too-soon', '1.limit'); // '…/activities/scenarios/closing-too-soon/deadlines/1.limit'
 */
export function deadlineActivityIri(scenarioId: string, checkId: string): string {
  return `${scenarioActivityIri(scenarioId)}/deadlines/${segment(checkId)}`;
}

/** Activity types: ADL's registry where it has one, Common Ground's own for a deadline. */
export const XAPI_ACTIVITY_TYPES = Object.freeze({
  /** A scenario: ADL's "simulation". */
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  /** A scene's decision or a written prompt: xAPI's interaction type, as the spec recommends for interactions. */
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  /** A deadline of the resolution process. */
  deadline: `${XAPI_BASE_IRI}activity-types/deadline`,
});

/** Extension keys (IRIs, as xAPI requires), for what xAPI has no property for. */
export const XAPI_EXTENSIONS = Object.freeze({
  /** Context: the id of the scene the learner was in. */
  scene: `${XAPI_BASE_IRI}extensions/scene`,
  /** Context: the process stage (a number) of that scene. */
  stage: `${XAPI_BASE_IRI}extensions/stage`,
  /** Context: which move of the play-through it was, counting from 0 (choices, continues and waits; writing is not a move). */
  move: `${XAPI_BASE_IRI}extensions/move`,
  /** Result: how the player judged a choice, `good`, `mixed` or `poor`, as its feedback panel says it. */
  verdict: `${XAPI_BASE_IRI}extensions/verdict`,
  /** Result: when a deadline fell due, in the scenario's simulated time (ISO 8601 with the London offset). */
  due: `${XAPI_BASE_IRI}extensions/due`,
  /** Result: when what a deadline measures happened, in simulated time; null while still outstanding. */
  happenedAt: `${XAPI_BASE_IRI}extensions/happened-at`,
  /** Result: the ending reached (its id). */
  ending: `${XAPI_BASE_IRI}extensions/ending`,
  /** Result: the ending's grade, `good`, `mixed` or `poor`. */
  outcome: `${XAPI_BASE_IRI}extensions/outcome`,
});
