/**
 * What a play-through reports to a learning platform as SCORM 1.2
 * `cmi.core.lesson_status`. SCORM 1.2 has three ways to say a lesson is
 * done: passed, failed and completed. Common Ground's endings are graded
 * good, mixed or poor by the scenario's author, so:
 *
 * | While / at      | lesson_status | Why |
 * | --------------- | ------------- | --- |
 * | playing         | incomplete    | started but not at an ending; set on first entry |
 * | a good ending   | passed        | the disagreement was handled as the protocol asks |
 * | a mixed ending  | completed     | done, but neither a pass nor a fail: the author judged it partly right, and a platform should neither certify it nor count it against the learner |
 * | a poor ending   | failed        | the ending the author marks as what not to do |
 *
 * The table is {@link LESSON_STATUS_TABLE}, which the guide prints.
 *
 * A platform with a mastery score for the package (the manifest's
 * `adlcp:masteryscore`) may override this from `cmi.core.score.raw`, so a
 * package should leave the mastery score out for this mapping to stand.
 */
import type { EndingOutcome } from '../scenario/scenario-model.js';

/** The lesson statuses SCORM 1.2 defines (CMIVocabulary "Status"). */
export type ScormLessonStatus = 'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed' | 'not attempted';

/** The statuses Common Ground reports. */
export type ReportedLessonStatus = Extract<ScormLessonStatus, 'incomplete' | 'passed' | 'completed' | 'failed'>;

/** The statuses that say an attempt reached an end. */
export const FINAL_LESSON_STATUSES: readonly ScormLessonStatus[] = ['passed', 'completed', 'failed'];

/** One row of the mapping, for docs. */
export interface LessonStatusRow {
  /** The ending's grade, or `playing` before an ending. */
  when: EndingOutcome | 'playing';
  /** In words: "A good ending". */
  label: string;
  status: ReportedLessonStatus;
  /** Why, in a sentence. */
  why: string;
}

/** The mapping, in the order the guide shows it. */
export const LESSON_STATUS_TABLE: readonly LessonStatusRow[] = Object.freeze([
  { when: 'playing', label: 'Playing, no ending yet', status: 'incomplete', why: 'The learner has started but not reached an ending; it is set when the package is first opened.' },
  { when: 'good', label: 'A good ending', status: 'passed', why: 'The disagreement was handled as the protocol asks.' },
  {
    when: 'mixed',
    label: 'A mixed ending',
    status: 'completed',
    why: 'The scenario is done, but the ending is neither a pass nor a fail: the author judged it partly right, so the platform records completion without certifying it or counting it against the learner.',
  },
  { when: 'poor', label: 'A poor ending', status: 'failed', why: 'The author marks this ending as what not to do.' },
]);

const BY_WHEN = new Map(LESSON_STATUS_TABLE.map((row) => [row.when, row.status]));

/**
 * The lesson status for where the learner is: a scene (or nothing yet) is
 * `incomplete`, an ending maps by its grade. Takes a session view's node
 * or a scenario's node alike.
 *
 * @example
 * scormLessonStatus(viewSession(scenario, session).node); // 'incomplete', or 'passed' at a good ending
 */
export function scormLessonStatus(node: { kind: 'scene' } | { kind: 'ending'; outcome: EndingOutcome } | null): ReportedLessonStatus {
  return node?.kind === 'ending' ? BY_WHEN.get(node.outcome)! : 'incomplete';
}
