/**
 * A statement's id, made from what it reports rather than drawn at random:
 * the attempt (registration), the move it came with, its kind and what it
 * is about. Build the same statement again (a retry, a reload that reports
 * again what was already queued, a second tab) and it has the same id, so
 * the record store keeps one: xAPI's record stores must not store a second
 * statement with an id they have (xAPI-Communication.md §2.1.2).
 *
 * What it is about is in the name because a step back changes history: the
 * learner who takes back move 4 and chooses differently makes a new move 4,
 * which must not be mistaken for the old one. The move is counted among
 * moves only (choices, continues, waits), not among all steps, because
 * writing steps are merged when typing (`coalesceWrite`) and dropped by a
 * platform's suspend data, so a step's index is not stable but a move's is.
 */
import { XAPI_BASE_IRI } from './xapi-iris.js';
import { nameUuid, URL_NAMESPACE } from './name-uuid.js';
import type { XapiStatementKind } from './xapi-statement.js';

/** The namespace of every statement id: the version 5 UUID of {@link XAPI_BASE_IRI} among URLs. */
export const STATEMENT_ID_NAMESPACE = nameUuid(URL_NAMESPACE, XAPI_BASE_IRI);

/** What a statement id is made from. */
export interface StatementIdParts {
  registration: string;
  /** The move, counting from 0. */
  move: number;
  kind: XapiStatementKind;
  /** What it is about: a choice id, `checkId:met`, an ending id, or a prompt id with the text written. */
  subject: string;
}

/**
 * The statement's id.
 * @example
 * statementId({ registration: 'c0ffee00-0000-4000-8000-000000000000', move: 0, kind: 'choice', subject: 'ask-for-time-tomorrow' }); // a version 5 UUID, the same every time
 */
export function statementId(parts: StatementIdParts): string {
  return nameUuid(STATEMENT_ID_NAMESPACE, JSON.stringify([parts.registration, parts.move, parts.kind, parts.subject]));
}
