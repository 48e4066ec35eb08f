/**
 * One stage deadline, caps included: the deadline's own rule, then every
 * protocol cap that covers its stage (a safety deadline, an overall limit
 * such as "no longer than 13 working days from the point of disagreement
 * being raised"). Every place that needs a stage's due time (the calculator,
 * the assumed event times, and through them the process machine and the
 * case audit) comes here, so a cap can never be applied in one and
 * forgotten in another.
 */
import type { LondonTime } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { evaluateOptionalRule, evaluateRule, type EventTimes, type RuleOutcome } from './evaluate-rule.js';
import type { Protocol, ProtocolCap, ProtocolDeadline } from './protocol.schema.js';
import { eventsOfRule } from './rule-events.js';
import { stageByNumber } from './stage-by-number.js';

/** A yielding cap that an actual event had already broken. */
export interface CapOverrun {
  /** The cap that was broken. */
  cap: ProtocolCap;
  /** When the cap fell. */
  capDue: LondonTime;
  /** The given event that came after it. */
  event: string;
  /** When that event happened. */
  at: LondonTime;
}

/** When a stage deadline falls, and why. */
export interface DeadlineOutcome extends RuleOutcome {
  /** The id of the cap that pulled the deadline forward, when one did. */
  cappedBy?: string;
  /** Caps that did not apply because an actual event was already past them. */
  overruns: CapOverrun[];
}

/** The caps that cover a stage, in the protocol's order. */
export function capsOfStage(protocol: Protocol, stage: number): ProtocolCap[] {
  return (protocol.caps ?? []).filter((cap) => cap.stages === undefined || cap.stages.includes(stage));
}

/**
 * Works out a stage deadline with the protocol's caps applied. A cap applies
 * when it falls strictly sooner than the deadline. A cap marked
 * `yieldsToLateEvents` does not apply when an event the deadline counts from
 * was given (not assumed) and already lies after the cap: the limit was
 * broken before this step began, so the deadline counts from what really
 * happened and the overrun is reported.
 *
 * @param isGiven says whether an event's time was given rather than assumed.
 * @example
 * // Raised Tue 2 Dec 2025: the recommendations would be due 48 hours after a
 * // panel meeting assumed at the end of working day 13 (Sun 21 Dec), but
 * // the 13-working-day cap pulls them back to Fri 19 Dec 2025, 23:59:59.
 * evaluateDeadline(protocol, 7, recommendations, times, calendar, () => false).cappedBy; // 'thirteen-working-days'
 */
export function evaluateDeadline(
  protocol: Protocol,
  stage: number,
  deadline: ProtocolDeadline,
  eventTimes: EventTimes,
  calendar: WorkingDayCalendar,
  isGiven: (event: string) => boolean,
): DeadlineOutcome {
  const own = evaluateRule(deadline.rule, eventTimes, calendar, protocol);
  let outcome: DeadlineOutcome = { ...own, overruns: [] };
  const countedFrom = eventsOfRule(own.term)
    .filter((reference) => reference.use === 'from')
    .map((reference) => reference.event);
  for (const cap of capsOfStage(protocol, stage)) {
    const limit = evaluateOptionalRule(cap.rule, eventTimes, calendar, protocol);
    if (limit === undefined || limit.due >= outcome.due) continue;
    if (cap.yieldsToLateEvents) {
      const late = countedFrom.find((event) => {
        const at = eventTimes[event];
        return at !== undefined && isGiven(event) && at > limit.due;
      });
      if (late !== undefined) {
        outcome = { ...outcome, overruns: [...outcome.overruns, { cap, capDue: limit.due, event: late, at: eventTimes[late]! }] };
        continue;
      }
    }
    const events = [...outcome.events, ...limit.events.filter((event) => !outcome.events.includes(event))];
    outcome = { due: limit.due, events, term: limit.term, cappedBy: cap.id, overruns: outcome.overruns };
  }
  return outcome;
}

/**
 * Finds a stage deadline by stage number and id (stages are looked up by
 * number, never by position).
 */
export function findStageDeadline(protocol: Protocol, stage: number, id: string): ProtocolDeadline | undefined {
  return stageByNumber(protocol, stage)?.deadlines.find((deadline) => deadline.id === id);
}
