/**
 * The deadline table of a case: `computeDeadlines` fed the times the
 * timeline gives, so that later deadlines follow from what really happened
 * earlier, and the bank holidays those deadlines skipped.
 */
import { toIsoWithOffset, type LondonTime } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { computeDeadlines } from '../protocol/compute-deadlines.js';
import type { DeadlineTable, SkippedDay } from '../protocol/deadline-table.js';
import { findStageDeadline } from '../protocol/evaluate-deadline.js';
import { ProtocolError } from '../protocol/protocol-error.js';
import type { Protocol } from '../protocol/protocol.schema.js';
import type { TimedEvent } from './audit-context.js';
import { protocolEventOfKind, type CaseEventKinds } from './case-event-kinds.js';
import type { CaseFile } from './case-file.schema.js';
import type { StageTimesByNumber } from './stage-times.js';

/**
 * The protocol's event times the timeline gives: each event a deadline is
 * assumed at is the start or end of that deadline's stage, as the deadline
 * measures it (stage 1 concluded = stage 1's end; the stage 5 referral = stage
 * 5's start; and so on). Read from the protocol, not hard-coded.
 */
function protocolEventTimes(protocol: Protocol, kinds: CaseEventKinds, times: StageTimesByNumber, events: readonly TimedEvent[]): Array<[string, LondonTime]> {
  const out: Array<[string, LondonTime]> = [];
  // Events the timeline gives directly (the disputed decision), when the protocol has them; the first of each counts.
  for (const { event, time } of events) {
    const name = protocolEventOfKind(kinds, event.kind);
    if (name !== undefined && Object.hasOwn(protocol.events, name) && !out.some(([known]) => known === name)) out.push([name, time]);
  }
  for (const [name, definition] of Object.entries(protocol.events)) {
    if (!definition.assumeAt) continue;
    const deadline = findStageDeadline(protocol, definition.assumeAt.stage, definition.assumeAt.deadline);
    const at = times.get(definition.assumeAt.stage);
    if (!deadline || !at?.reached) continue;
    const time = deadline.measuredAt === 'start' ? at.start : at.end;
    if (time !== undefined) out.push([name, time]);
  }
  return out;
}

/**
 * Computes the deadline table with as many real event times as the protocol
 * accepts: an event out of order (say a referral before the discussion it
 * follows) is left out and assumed instead, and the audit reports the order.
 *
 * @example
 * const table = caseDeadlineTable(caseFile, protocol, calendar, kinds, times, events);
 * table.stages[4]?.checks[0]?.due; // the stage 5 referral's due time, from the case's real stage 4
 */
export function caseDeadlineTable(
  caseFile: CaseFile,
  protocol: Protocol,
  calendar: WorkingDayCalendar,
  kinds: CaseEventKinds,
  times: StageTimesByNumber,
  events: readonly TimedEvent[],
): DeadlineTable {
  const base = {
    protocol,
    audience: caseFile.audience,
    raised: caseFile.raised,
    calendar,
    ...(caseFile.safetyBy !== undefined ? { safetyBy: caseFile.safetyBy } : {}),
  };
  let kept: Record<string, string> = {};
  let table = computeDeadlines({ ...base, events: kept });
  for (const [name, time] of protocolEventTimes(protocol, kinds, times, events)) {
    const trial = { ...kept, [name]: toIsoWithOffset(time) };
    try {
      table = computeDeadlines({ ...base, events: trial });
      kept = trial;
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
    }
  }
  return table;
}

/**
 * The bank holidays and closures (not weekends) inside the deadlines of the
 * stages the case reached, once each, in date order.
 *
 * @example
 * holidaysOfReachedStages(table, times).map((day) => day.name); // ['Good Friday', 'Easter Monday']
 */
export function holidaysOfReachedStages(table: DeadlineTable, times: StageTimesByNumber): SkippedDay[] {
  const holidays = new Map<string, SkippedDay>();
  for (const row of table.stages) {
    if (!times.get(row.stage)?.reached) continue;
    for (const day of row.skipped) if (day.reason !== 'weekend') holidays.set(day.date, day);
  }
  return [...holidays.values()].sort((a, b) => a.date.localeCompare(b.date));
}
