/**
 * The verbs of Common Ground's statements, as data: ADL's registered verbs
 * wherever one means what happened (so any record store's reports know
 * them), and two of Common Ground's own, under its base IRI, for what no
 * registry has a verb for: a deadline of the resolution process met or
 * missed.
 *
 * | Kind        | Verb          | IRI |
 * | ----------- | ------------- | --- |
 * | a choice    | answered      | `http://adlnet.gov/expapi/verbs/answered` |
 * | a prompt    | responded     | `http://adlnet.gov/expapi/verbs/responded` (only with the learner's opt-in) |
 * | a deadline  | met deadline  | `https://common-ground.example.org/xapi/verbs/met-deadline` |
 * | a deadline  | missed deadline | `https://common-ground.example.org/xapi/verbs/missed-deadline` |
 * | good ending | passed        | `http://adlnet.gov/expapi/verbs/passed` |
 * | mixed ending | completed    | `http://adlnet.gov/expapi/verbs/completed` |
 * | poor ending | failed        | `http://adlnet.gov/expapi/verbs/failed` |
 *
 * The endings map as SCORM's lesson status does (`scorm-status.ts`), so a
 * platform's two records of one attempt agree.
 */
import { XAPI_BASE_IRI } from './xapi-iris.js';
import type { XapiStatementKind, XapiVerb } from './xapi-statement.js';

/** The language every display and name is given in: the scenarios are written in British English. */
export const XAPI_LANGUAGE = 'en-GB';

function verb(id: string, display: string): XapiVerb {
  return Object.freeze({ id, display: Object.freeze({ [XAPI_LANGUAGE]: display }) });
}

/** Every verb Common Ground sends, by what it says. */
export const XAPI_VERBS = Object.freeze({
  answered: verb('http://adlnet.gov/expapi/verbs/answered', 'answered'),
  responded: verb('http://adlnet.gov/expapi/verbs/responded', 'responded'),
  metDeadline: verb(`${XAPI_BASE_IRI}verbs/met-deadline`, 'met deadline'),
  missedDeadline: verb(`${XAPI_BASE_IRI}verbs/missed-deadline`, 'missed deadline'),
  passed: verb('http://adlnet.gov/expapi/verbs/passed', 'passed'),
  completed: verb('http://adlnet.gov/expapi/verbs/completed', 'completed'),
  failed: verb('http://adlnet.gov/expapi/verbs/failed', 'failed'),
});

const KIND_BY_VERB: ReadonlyMap<string, XapiStatementKind> = new Map([
  [XAPI_VERBS.answered.id, 'choice'],
  [XAPI_VERBS.responded.id, 'reflection'],
  [XAPI_VERBS.metDeadline.id, 'deadline'],
  [XAPI_VERBS.missedDeadline.id, 'deadline'],
  [XAPI_VERBS.passed.id, 'completion'],
  [XAPI_VERBS.completed.id, 'completion'],
  [XAPI_VERBS.failed.id, 'completion'],
]);

/**
 * What one of Common Ground's statements reports, from its verb; undefined for a verb it does not send.
 * @example
 * statementKind({ verb: XAPI_VERBS.responded }); // 'reflection'
 */
export function statementKind(statement: { verb: { id: string } }): XapiStatementKind | undefined {
  return KIND_BY_VERB.get(statement.verb.id);
}
