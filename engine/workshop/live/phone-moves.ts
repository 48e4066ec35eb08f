/**
 * What a table's phone may do to the room, as room actions: take a seat,
 * vote, and (independent mode only, where each table drives its own path)
 * move its own decision on. The server has checked the room code and seat
 * token before; this checks the rest against the room as it is now.
 */
import { cycleOf, tableDecisionNumber, type Room, type RoomAction } from '../decision-cycle.js';
import { WorkshopError } from '../workshop-error.js';
import type { AdvanceStep, RefusalCode } from './live-protocol.js';

/**
 * The room actions that move table `table` on from step `from` at its
 * decision `decision`; none when it has already moved on (an advance sent
 * twice moves once).
 * @throws {WorkshopError} `bad-setup` outside independent mode.
 * @example
 * advanceActions(room, 2, 1, 'read'); // [{ type: 'discuss', table: 2 }, { type: 'timer', … }]
 */
export function advanceActions(room: Room, table: number, decision: number, from: AdvanceStep): RoomAction[] {
  if (room.workshop.mode !== 'independent') throw new WorkshopError('bad-setup', 'The trainer moves the room on.', 'Wait for the trainer.');
  const cycle = cycleOf(room, table);
  if (!cycle || cycle.step !== from || tableDecisionNumber(room, table) !== decision) return [];
  switch (from) {
    case 'read':
      // The phone starts the discussion and its timer together: no trainer stands by to press p.
      return cycle.decision.kind === 'continue' ? [{ type: 'discuss', table }] : [{ type: 'discuss', table }, { type: 'timer', table, action: { type: 'resume' } }];
    case 'discuss':
      return [{ type: 'vote', table }];
    case 'vote':
      return [{ type: 'decide', table }];
    case 'reveal':
      return [{ type: 'next', table }];
  }
}

/**
 * The room action of a table's vote.
 * @example
 * ballotAction(2, 1, 'phone-today', 'a1b2c3d4e5f6');
 */
export function ballotAction(table: number, decision: number, choiceId: string, ballot: string): RoomAction {
  return { type: 'ballot', table, decision, choiceId, ballot };
}

/**
 * The refusal code a phone is told for a move the room refused.
 * @example
 * refusalCodeOf(new WorkshopError('not-voting', '…', '…')); // 'not-voting'
 */
export function refusalCodeOf(error: WorkshopError): RefusalCode {
  switch (error.code) {
    case 'not-voting':
    case 'stale-decision':
    case 'seat-taken':
      return error.code;
    case 'bad-vote':
      return 'no-such-choice';
    default:
      return 'bad-message';
  }
}

