/**
 * The interpreter of the rule language: given the times of the events that
 * have happened (or are assumed), a working-day calendar and the protocol,
 * says when a rule falls. Pure; all time comes in as arguments.
 */
import { addElapsedHours, endOfDayInLondon, toIsoDate, type LondonTime } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { ProtocolError } from './protocol-error.js';
import type { EarliestRule, Protocol, Rule } from './protocol.schema.js';
import { WORKING_DAYS_PER_WEEK } from './working-week.js';

/** Event times by event name; an absent or undefined entry means "not known". */
export type EventTimes = Readonly<Record<string, LondonTime | undefined>>;

/** When a rule falls, and which events it was worked out from. */
export interface RuleOutcome {
  /** The deadline (a moment, read in Europe/London). */
  due: LondonTime;
  /**
   * The events the answer rests on, in the order the rule names them. For
   * `earliest`, every term that took part (not only the winner); terms left
   * out because their optional event was not given are not listed.
   */
  events: string[];
  /** The single term that gave the answer (for `earliest`, the soonest). */
  term: Exclude<Rule, EarliestRule>;
}

function timeOf(event: string, eventTimes: EventTimes, protocol: Protocol): LondonTime | undefined {
  const time = eventTimes[event];
  if (time !== undefined) return time;
  if (protocol.events[event]?.optional) return undefined;
  const label = protocol.events[event]?.label ?? event;
  throw new ProtocolError(
    `The rule needs the time of "${event}" (${label}), which was not given.`,
    'Give the event a time, or use computeDeadlines, which assumes unknown events at their latest permitted moment.',
  );
}

/**
 * Like {@link evaluateRule}, but returns `undefined` instead of throwing when
 * every term rests on an optional event that was not given (a cap on a
 * safety deadline that nobody set).
 */
export function evaluateOptionalRule(
  rule: Rule,
  eventTimes: EventTimes,
  calendar: WorkingDayCalendar,
  protocol: Protocol,
): RuleOutcome | undefined {
  return evaluateTerm(rule, eventTimes, calendar, protocol);
}

function evaluateTerm(
  rule: Rule,
  eventTimes: EventTimes,
  calendar: WorkingDayCalendar,
  protocol: Protocol,
): RuleOutcome | undefined {
  if ('earliest' in rule) {
    let best: RuleOutcome | undefined;
    const events: string[] = [];
    for (const term of rule.earliest) {
      const outcome = evaluateTerm(term, eventTimes, calendar, protocol);
      if (!outcome) continue;
      for (const event of outcome.events) if (!events.includes(event)) events.push(event);
      // Strictly sooner: on a tie the first-written term stands.
      if (!best || outcome.due < best.due) best = outcome;
    }
    return best ? { due: best.due, events, term: best.term } : undefined;
  }
  if ('at' in rule) {
    const time = timeOf(rule.at, eventTimes, protocol);
    // A moment has no zone of its own; every protocol's timeZone is Europe/London (the schema allows no other).
    return time === undefined ? undefined : { due: time, events: [rule.at], term: rule };
  }
  if ('endOfWorkingDay' in rule) {
    const time = timeOf(rule.endOfWorkingDay, eventTimes, protocol);
    if (time === undefined) return undefined;
    const day = toIsoDate(time);
    const workingDay = calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
    return { due: endOfDayInLondon(workingDay, protocol.endOfDay), events: [rule.endOfWorkingDay], term: rule };
  }
  const time = timeOf(rule.from, eventTimes, protocol);
  if (time === undefined) return undefined;
  if ('hoursAfter' in rule) {
    // Elapsed hours, not wall-clock hours: 96 h across a clock change is still 96 h.
    return { due: addElapsedHours(time, rule.hoursAfter), events: [rule.from], term: rule };
  }
  // The event's own London day is day 0 whether or not it is a working day.
  const days = 'workingWeeksAfter' in rule ? rule.workingWeeksAfter * WORKING_DAYS_PER_WEEK : rule.workingDaysAfter;
  const dueDay = calendar.addWorkingDays(toIsoDate(time), days);
  return { due: endOfDayInLondon(dueDay, protocol.endOfDay), events: [rule.from], term: rule };
}

/**
 * Works out when one rule falls.
 *
 * - `{ hoursAfter: n, from: e }`: n elapsed hours after e.
 * - `{ workingDaysAfter: n, from: e }`: the end of the nth working day after
 *   e's London day (that day is day 0, working or not).
 * - `{ workingWeeksAfter: n, from: e }`: the same with 5 × n working days.
 * - `{ endOfWorkingDay: e }`: the end of e's day if it is a working day,
 *   otherwise of the next working day.
 * - `{ at: e }`: e's own time.
 * - `{ earliest: [...] }`: the soonest term; terms whose optional event is
 *   not in `eventTimes` are left out.
 *
 * "End of day" is the protocol's `endOfDay` in Europe/London.
 *
 * @throws {ProtocolError} when a required event has no time, or when every
 * term was left out.
 * @example
 * const raised = parseLondonDateTime('2026-12-18T16:30');
 * evaluateRule({ workingDaysAfter: 10, from: 'raised' }, { raised }, englandAndWalesCalendar, protocol).due;
 * // 2027-01-06T23:59:59 Europe/London (Christmas, Boxing Day substitute and New Year skipped)
 */
export function evaluateRule(
  rule: Rule,
  eventTimes: EventTimes,
  calendar: WorkingDayCalendar,
  protocol: Protocol,
): RuleOutcome {
  const outcome = evaluateTerm(rule, eventTimes, calendar, protocol);
  if (!outcome) {
    throw new ProtocolError(
      'The rule depends only on optional events, and none of them was given, so it has no time.',
      'Give one of its optional events a time; loadProtocol rejects such rules in stage deadlines.',
    );
  }
  return outcome;
}
