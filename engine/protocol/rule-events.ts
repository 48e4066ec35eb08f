/**
 * What a rule refers to: the events it counts from, and whether it can drop
 * out entirely when optional events are missing. Used by the loader's checks
 * and by the deadline calculator.
 */
import type { ProtocolEvent, Rule } from './protocol.schema.js';

/** How a rule uses an event: counting from it, or taking its time as the deadline. */
export type EventUse = 'from' | 'at';

/** One event mentioned by a rule, with its JSON path below the rule. */
export interface RuleEventReference {
  /** The event name. */
  event: string;
  /** `from` for hoursAfter, workingDaysAfter, workingWeeksAfter and endOfWorkingDay; `at` for at. */
  use: EventUse;
  /** The path of the mention relative to the rule, e.g. `['earliest', 1, 'at']`. */
  path: (string | number)[];
}

/**
 * Lists every event a rule mentions, depth first, in the order written.
 *
 * @example
 * eventsOfRule({ earliest: [{ workingDaysAfter: 10, from: 'raised' }, { at: 'safetyBy' }] });
 * // [{ event: 'raised', use: 'from', path: ['earliest', 0, 'from'] },
 * //  { event: 'safetyBy', use: 'at', path: ['earliest', 1, 'at'] }]
 */
export function eventsOfRule(rule: Rule, prefix: (string | number)[] = []): RuleEventReference[] {
  if ('earliest' in rule) {
    return rule.earliest.flatMap((term, index) => eventsOfRule(term, [...prefix, 'earliest', index]));
  }
  if ('at' in rule) return [{ event: rule.at, use: 'at', path: [...prefix, 'at'] }];
  if ('endOfWorkingDay' in rule) {
    return [{ event: rule.endOfWorkingDay, use: 'from', path: [...prefix, 'endOfWorkingDay'] }];
  }
  return [{ event: rule.from, use: 'from', path: [...prefix, 'from'] }];
}

/**
 * True when the rule may yield no time at all: every term rests on an
 * optional event that might not be given. A stage deadline must never be
 * like this, or the stage would have no due time.
 *
 * @example
 * canRuleDropOut({ at: 'safetyBy' }, { safetyBy: { label: 'Safety', optional: true } }); // true
 */
export function canRuleDropOut(rule: Rule, events: Readonly<Record<string, ProtocolEvent>>): boolean {
  if ('earliest' in rule) return rule.earliest.every((term) => canRuleDropOut(term, events));
  const [reference] = eventsOfRule(rule);
  return reference !== undefined && events[reference.event]?.optional === true;
}
