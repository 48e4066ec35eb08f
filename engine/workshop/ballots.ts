/**
 * The votes of a decision not yet taken, kept in the workshop itself so that
 * they are saved with it. A table's phone is told its vote was received only
 * once the workshop holding it is on disk, and a workshop resumed after a
 * crash in the middle of a vote opens at that vote with every vote still in
 * place.
 *
 * A table's decisions are numbered from 1 in the order it takes them (in
 * majority and trainer modes every table takes every decision, so that is
 * the room's count too); a ballot names the number, so a vote sent again
 * late by a phone that lost its connection cannot land on a later decision.
 */
import type { Ballot, Workshop } from './workshop.js';

export type { Ballot } from './workshop.js';

/** How many replaced ballot ids a ballot remembers: far more than a table changes its mind in one vote. */
export const MAX_REPLACED = 20;

/**
 * The number of the decision a table takes next: its rounds so far, plus one.
 * @example
 * nextDecisionOf(startWorkshop(scenario, { tables: 2 }), 1); // 1
 */
export function nextDecisionOf(workshop: Workshop, table: number): number {
  return workshop.rounds.filter((round) => round.tables.includes(table)).length + 1;
}

/**
 * The ballots of tables at their next decision in `sceneId` (what a cycle opened there starts with).
 * @example
 * openBallots(workshop, [0, 1, 2], 'first-call');
 */
export function openBallots(workshop: Workshop, tables: readonly number[], sceneId: string): Ballot[] {
  return (workshop.ballots ?? []).filter((ballot) => tables.includes(ballot.table) && ballot.sceneId === sceneId && ballot.decision === nextDecisionOf(workshop, ballot.table));
}

/**
 * The workshop with a table's ballot at a decision put in place of any it had there.
 * @example
 * workshop = withBallot(workshop, { table: 0, decision: 1, sceneId: 'first-call', choiceId: 'phone-today', ballot: 'b1c2d3e4f5' });
 */
export function withBallot(workshop: Workshop, ballot: Ballot): Workshop {
  const earlier = (workshop.ballots ?? []).find((entry) => entry.table === ballot.table && entry.decision === ballot.decision);
  const others = (workshop.ballots ?? []).filter((entry) => entry !== earlier);
  const replaced = [...(earlier?.replaced ?? []), ...(earlier?.ballot ? [earlier.ballot] : [])].filter((id) => id !== ballot.ballot).slice(-MAX_REPLACED);
  const kept: Ballot = replaced.length > 0 ? { ...ballot, replaced } : ballot;
  return { ...workshop, ballots: [...others, kept].sort((a, b) => a.table - b.table || a.decision - b.decision) };
}

/**
 * The workshop without the ballots of `tables` at their next decisions (the
 * vote was recorded, or discarded to discuss again). No ballots left: the
 * field goes, so a workshop never served or voted on stays as it was.
 * @example
 * workshop = withoutBallots(workshop, [0, 1]);
 */
export function withoutBallots(workshop: Workshop, tables: readonly number[]): Workshop {
  if (workshop.ballots === undefined) return workshop;
  const kept = workshop.ballots.filter((ballot) => !(tables.includes(ballot.table) && ballot.decision === nextDecisionOf(workshop, ballot.table)));
  if (kept.length === workshop.ballots.length) return workshop;
  const { ballots: _gone, ...rest } = workshop;
  return kept.length === 0 ? rest : { ...rest, ballots: kept };
}
