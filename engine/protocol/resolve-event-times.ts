/**
 * Fills in the events whose times are not known yet. An unknown event is
 * assumed to happen at its `assumeAt` deadline, the latest moment the
 * protocol permits, so the table shows the outer envelope of the process.
 * Assumptions depend on other events (stage 5's referral is assumed one
 * working day after the stage 4 discussion, itself assumed), so they are
 * resolved depth first; `loadProtocol` has already ruled out loops.
 */
import type { LondonTime } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { capsOfStage, evaluateDeadline, findStageDeadline } from './evaluate-deadline.js';
import type { EventTimes } from './evaluate-rule.js';
import type { Protocol } from './protocol.schema.js';
import { eventsOfRule } from './rule-events.js';

/** An event's time and whether it was assumed. */
export interface ResolvedEventTime {
  /** The moment (read in Europe/London). */
  time: LondonTime;
  /** True when it was not given and comes from `assumeAt`. */
  assumed: boolean;
}

/**
 * Returns the time of every event that has one: the given ones as they are,
 * the others at their `assumeAt` deadline. Optional events that were not
 * given stay absent.
 *
 * @example
 * resolveEventTimes(protocol, { raised }, calendar).get('stage5Referral');
 * // { time: <end of the working day after the assumed stage 4 discussion>, assumed: true }
 */
export function resolveEventTimes(
  protocol: Protocol,
  given: EventTimes,
  calendar: WorkingDayCalendar,
): Map<string, ResolvedEventTime> {
  const resolved = new Map<string, ResolvedEventTime>();
  const resolve = (name: string): ResolvedEventTime | undefined => {
    const known = resolved.get(name);
    if (known) return known;
    const givenTime = given[name];
    if (givenTime !== undefined) {
      const entry = { time: givenTime, assumed: false };
      resolved.set(name, entry);
      return entry;
    }
    const assumeAt = protocol.events[name]?.assumeAt;
    if (!assumeAt) return undefined;
    const deadline = findStageDeadline(protocol, assumeAt.stage, assumeAt.deadline);
    if (!deadline) return undefined;
    const inputs: Record<string, LondonTime> = {};
    const rules = [deadline.rule, ...capsOfStage(protocol, assumeAt.stage).map((cap) => cap.rule)];
    for (const { event } of rules.flatMap((rule) => eventsOfRule(rule))) {
      const input = resolve(event);
      if (input) inputs[event] = input.time;
    }
    // Assumed at its deadline with the caps applied: a step assumed as late as
    // allowed is never later than the safety deadline or the overall limit.
    const due = evaluateDeadline(protocol, assumeAt.stage, deadline, inputs, calendar, (event) => given[event] !== undefined).due;
    const entry = { time: due, assumed: true };
    resolved.set(name, entry);
    return entry;
  };
  for (const name of Object.keys(protocol.events)) resolve(name);
  return resolved;
}
