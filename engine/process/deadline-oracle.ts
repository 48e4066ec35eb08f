/**
 * The process machine's only window on deadline rules: `computeDeadlines`
 * from the protocol layer, asked with the event times known so far, plus the
 * calendar for counting how many working days late something was.
 */
import { countWorkingDaysBetween } from '../calendar/count-working-days-between.js';
import { englandAndWalesCalendar } from '../calendar/england-and-wales-calendar.js';
import { parseLondonDateTime, toIsoDate } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { DeadlineTable } from '../protocol/deadline-table.js';
import type { Protocol } from '../protocol/protocol.schema.js';
import { computeDeadlines } from '../protocol/compute-deadlines.js';
import { findStageDeadline } from '../protocol/evaluate-deadline.js';
import type { CheckSpec, EventMoment, TrackingDeps } from './deadline-tracking.js';
import type { ProcessContext } from './process-context.js';

/** What the oracle is built from; the same fields as the machine's options. */
export interface DeadlineOracleOptions {
  /** A loaded protocol. */
  protocol: Protocol;
  /** The route id. */
  audience: string;
  /** When the disagreement was raised, ISO with offset. */
  raised: string;
  /** The safety deadline, if any. */
  safetyBy?: string | undefined;
  /** Other optional events known from the outset, e.g. `{ disputedDecision: '…' }`. */
  knownEvents?: Readonly<Record<string, string>> | undefined;
  /** Working days; England and Wales when left out. */
  calendar?: WorkingDayCalendar | undefined;
}

/** {@link TrackingDeps} plus every check id the protocol can produce. */
export interface DeadlineOracle extends TrackingDeps {
  /** Every check id of every stage, e.g. `1.target` … `7.recommendations`. */
  allCheckIds: readonly string[];
}

/**
 * Builds the oracle. Tables are remembered per set of event times, because
 * a machine asks for the same table several times within one step (and the
 * model-based tests ask thousands of times).
 *
 * @example
 * const oracle = createDeadlineOracle({ protocol, audience: 'child', raised: '2025-03-03T09:00:00+00:00' });
 * oracle.allCheckIds; // ['1.target', '1.limit', '2.discussion', …]
 */
export function createDeadlineOracle(options: DeadlineOracleOptions): DeadlineOracle {
  const { protocol, audience, raised, safetyBy, knownEvents = {} } = options;
  const calendar = options.calendar ?? englandAndWalesCalendar;
  const tables = new Map<string, DeadlineTable>();

  const tableFor = (eventTimes: Readonly<Record<string, string>>): DeadlineTable => {
    const key = JSON.stringify(Object.entries(eventTimes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const known = tables.get(key);
    if (known) return known;
    const table = computeDeadlines({
      protocol,
      audience,
      raised,
      events: { ...knownEvents, ...eventTimes },
      calendar,
      ...(safetyBy === undefined ? {} : { safetyBy }),
    });
    tables.set(key, table);
    return table;
  };

  const checksFor = (context: ProcessContext, stage: number): CheckSpec[] =>
    (tableFor(context.eventTimes).stages.find((row) => row.stage === stage)?.checks ?? []).map((check) => ({
      checkId: check.id,
      stage,
      label: check.label,
      due: check.due,
      measuredAt: check.measuredAt,
      kind: check.kind,
      ...(check.timeWarning !== undefined ? { timeWarning: check.timeWarning } : {}),
    }));

  // An event assumed at a stage deadline happens when that deadline's moment
  // does: North Yorkshire's stage5Referral is the start of stage 5, and so on.
  const eventMoments: EventMoment[] = [];
  for (const [event, definition] of Object.entries(protocol.events)) {
    const assumeAt = definition.assumeAt;
    if (assumeAt === undefined) continue;
    const deadline = findStageDeadline(protocol, assumeAt.stage, assumeAt.deadline);
    if (deadline !== undefined) eventMoments.push({ event, stage: assumeAt.stage, measuredAt: deadline.measuredAt });
  }

  const londonDay = (at: string): string => toIsoDate(parseLondonDateTime(at));

  return {
    checksFor,
    eventMoments,
    workingDaysLate: (due, at) => countWorkingDaysBetween(londonDay(due), londonDay(at), { calendar }),
    allCheckIds: tableFor({}).stages.flatMap((row) => row.checks.map((check) => check.id)),
  };
}
