/**
 * The deadline calculator: from when a disagreement was raised (and any
 * later events already known), every stage's due time under a protocol,
 * for one audience, as a plain {@link DeadlineTable}.
 */
import { englandAndWalesCalendar } from '../calendar/england-and-wales-calendar.js';
import { formatLondon, toIsoDate, toIsoWithOffset, type LondonTime } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { RAISED_EVENT } from './check-protocol-references.js';
import type { DeadlineCheck, DeadlineTable, SkippedDay, StageDeadlines, StartingEvent, TableEvent } from './deadline-table.js';
import { capsOfStage, evaluateDeadline, findStageDeadline, type DeadlineOutcome } from './evaluate-deadline.js';
import { hourDeadlineWarning, type HourDeadlineWarning } from './deadline-warnings.js';
import { parseEventTime, type EventTimeInput } from './parse-event-time.js';
import { ProtocolError } from './protocol-error.js';
import type { Protocol, ProtocolStage } from './protocol.schema.js';
import { resolveEventTimes, type ResolvedEventTime } from './resolve-event-times.js';
import { resolveRouteText } from './route-text.js';
import { eventsOfRule } from './rule-events.js';

/** What {@link computeDeadlines} needs. */
export interface ComputeDeadlinesInput {
  /** A loaded protocol (see `resolveProtocol`). */
  protocol: Protocol;
  /** The route id, e.g. `child` or `adult`. */
  audience: string;
  /** When the disagreement was raised: ISO 8601 (no offset = London local time) or a Date. */
  raised: EventTimeInput;
  /** Times of later events already known, by event name, e.g. `{ stage4Discussion: '2027-01-04T15:00' }`. */
  events?: Readonly<Record<string, EventTimeInput | undefined>>;
  /** Shorthand for `events.safetyBy`: the moment that keeps the person safe, when sooner. */
  safetyBy?: EventTimeInput;
  /** Working days; the England and Wales calendar when left out. */
  calendar?: WorkingDayCalendar;
}

const SAFETY_EVENT = 'safetyBy';

function eventLabel(protocol: Protocol, name: string): string {
  return protocol.events[name]?.label ?? name;
}

function collectGivenTimes(input: ComputeDeadlinesInput): Record<string, LondonTime> {
  const { protocol } = input;
  const raw: Record<string, EventTimeInput | undefined> = { ...input.events };
  if (input.safetyBy !== undefined) {
    if (!protocol.events[SAFETY_EVENT]) {
      throw new ProtocolError(
        `${protocol.name} has no safety deadline, so safetyBy cannot be used with it.`,
        'Leave out safetyBy for this protocol.',
      );
    }
    raw[SAFETY_EVENT] = input.safetyBy;
  }
  if (raw[RAISED_EVENT] !== undefined) {
    throw new ProtocolError(
      'The raised time was given among the other events.',
      'Give it once, as `raised`, not inside `events`.',
    );
  }
  const given: Record<string, LondonTime> = { [RAISED_EVENT]: parseEventTime(input.raised, eventLabel(protocol, RAISED_EVENT), RAISED_EVENT) };
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(protocol.events, name)) {
      const names = Object.keys(protocol.events).filter((event) => event !== RAISED_EVENT);
      throw ProtocolError.aboutInput(
        name,
        `${protocol.name} has no event called "${name}".`,
        `Use one of: ${names.join(', ')}.`,
      );
    }
    given[name] = parseEventTime(value, eventLabel(protocol, name), name);
  }
  return given;
}

/**
 * Events happen in order: nothing before the disagreement is raised, and an
 * event never before the event its own deadline counts from (no stage 5
 * referral before the stage 4 discussion). Only given times are compared:
 * an assumed time is an outer limit, not a claim about what happened.
 */
function checkOrder(protocol: Protocol, given: Record<string, LondonTime>): void {
  const raised = given[RAISED_EVENT];
  if (raised === undefined) return;
  for (const [name, time] of Object.entries(given)) {
    // The disputed decision itself may come first; the count starts from the earlier of the two.
    if (name !== RAISED_EVENT && time < raised && !protocol.events[name]?.mayPrecedeRaised) {
      throw ProtocolError.aboutInput(
        name,
        `"${eventLabel(protocol, name)}" (${formatLondon(time)}) is before the disagreement was raised (${formatLondon(raised)}).`,
        'Check both dates: every later event happens on or after the moment the disagreement is raised.',
      );
    }
  }
  for (const [name, time] of Object.entries(given)) {
    const assumeAt = protocol.events[name]?.assumeAt;
    if (!assumeAt) continue;
    const deadline = findStageDeadline(protocol, assumeAt.stage, assumeAt.deadline);
    if (!deadline) continue;
    for (const reference of eventsOfRule(deadline.rule)) {
      const earlier = given[reference.event];
      if (reference.use === 'from' && earlier !== undefined && time < earlier) {
        throw ProtocolError.aboutInput(
          name,
          `"${eventLabel(protocol, name)}" (${formatLondon(time)}) is before "${eventLabel(protocol, reference.event)}" (${formatLondon(earlier)}), which it follows.`,
          'Check both dates: the later step cannot happen before the one it follows.',
        );
      }
    }
  }
}

function skippedDays(
  calendar: WorkingDayCalendar,
  startTimes: LondonTime[],
  dueTimes: LondonTime[],
): SkippedDay[] {
  const startDay = startTimes.map(toIsoDate).sort()[0];
  const endDay = dueTimes.map(toIsoDate).sort().at(-1);
  if (startDay === undefined || endDay === undefined || endDay <= startDay) return [];
  return calendar.nonWorkingDaysBetween(startDay, endDay).map((day) => ({
    date: day.date,
    reason: day.reason,
    ...(day.name !== undefined ? { name: day.name } : {}),
  }));
}

function computeStage(
  protocol: Protocol,
  stage: ProtocolStage,
  audience: string,
  times: Map<string, ResolvedEventTime>,
  calendar: WorkingDayCalendar,
): StageDeadlines {
  const route = protocol.routes[audience]!;
  const eventTimes = Object.fromEntries([...times].map(([name, entry]) => [name, entry.time]));
  const isGiven = (event: string) => times.get(event)?.assumed === false;
  const outcomes = stage.deadlines.map((deadline) => ({
    deadline,
    label: resolveRouteText(deadline.label, audience, route),
    outcome: evaluateDeadline(protocol, stage.stage, deadline, eventTimes, calendar, isGiven),
  }));
  const checks: DeadlineCheck[] = outcomes.map(({ deadline, label, outcome }) => {
    const timeWarning = hourWarningOf(protocol, stage.stage, label, outcome, eventTimes, calendar);
    return {
      id: `${stage.stage}.${deadline.id}`,
      label,
      due: toIsoWithOffset(outcome.due),
      measuredAt: deadline.measuredAt,
      events: [...outcome.events],
      countedFrom: eventsOfRule(outcome.term).map((reference) => reference.event),
      kind: deadline.id === stage.target ? 'aim' : 'deadline',
      ...(outcome.cappedBy !== undefined ? { cappedBy: outcome.cappedBy } : {}),
      ...(timeWarning !== undefined ? { timeWarning } : {}),
    };
  });
  const dueOf = (id: string | undefined) => checks.find((check) => check.id === `${stage.stage}.${id}`);

  const from: StartingEvent[] = [];
  for (const { deadline, outcome } of outcomes) {
    const rules = [deadline.rule, ...capsOfStage(protocol, stage.stage).map((cap) => cap.rule)];
    for (const reference of rules.flatMap((rule) => eventsOfRule(rule))) {
      const entry = times.get(reference.event);
      if (!entry || !outcome.events.includes(reference.event)) continue;
      const existing = from.find((item) => item.event === reference.event);
      if (existing) {
        if (reference.use === 'from') existing.use = 'from';
        continue;
      }
      from.push({
        event: reference.event,
        label: eventLabel(protocol, reference.event),
        at: toIsoWithOffset(entry.time),
        assumed: entry.assumed,
        use: reference.use,
      });
    }
  }
  const counted = from.filter((item) => item.use === 'from');
  const startTimes = (counted.length > 0 ? counted : from).map((item) => times.get(item.event)!.time);

  const due = dueOf(stage.due)!;
  const target = dueOf(stage.target);
  const meetingBy = dueOf(stage.meetingBy);
  return {
    stage: stage.stage,
    title: resolveRouteText(stage.title, audience, route),
    action: resolveRouteText(stage.action, audience, route),
    owner: resolveRouteText(stage.owner, audience, route),
    rule: resolveRouteText(stage.timescale, audience, route),
    due: due.due,
    dueCheck: due.id,
    dueLabel: due.label,
    ...(target ? { target: target.due } : {}),
    ...(meetingBy ? { meetingBy: meetingBy.due } : {}),
    checks,
    from,
    skipped: skippedDays(
      calendar,
      startTimes,
      outcomes.map(({ outcome }) => outcome.due),
    ),
    ...(due.cappedBy !== undefined ? { cappedBy: due.cappedBy } : {}),
    warnings: stageWarnings(protocol, stage.stage, outcomes, eventTimes, calendar),
    notes: protocol.notes.filter((note) => note.stages?.includes(stage.stage)).map((note) => note.id),
  };
}

/** What a stage's times need saying: caps that pulled them forward, limits already broken, awkward hour-based times. */
function stageWarnings(
  protocol: Protocol,
  stage: number,
  outcomes: ReadonlyArray<{ label: string; outcome: DeadlineOutcome }>,
  eventTimes: Readonly<Record<string, LondonTime>>,
  calendar: WorkingDayCalendar,
): string[] {
  const warnings: string[] = [];
  const subject = (label: string) => `Stage ${stage}'s "${label}"`;
  for (const { label, outcome } of outcomes) {
    for (const event of eventsOfRule(outcome.term)) {
      const at = eventTimes[event.event];
      if (event.use === 'from' && protocol.events[event.event]?.mayPrecedeRaised && at !== undefined) {
        warnings.push(`${subject(label)} counts from the ${eventLabel(protocol, event.event).toLowerCase()} (${formatLondon(at)}), which came before the disagreement was raised.`);
      }
    }
    const cap = protocol.caps?.find((candidate) => candidate.id === outcome.cappedBy);
    if (cap) warnings.push(`${subject(label)} is pulled forward to ${formatLondon(outcome.due)} by ${cap.label}.`);
    for (const overrun of outcome.overruns) {
      warnings.push(
        `${eventLabel(protocol, overrun.event)} (${formatLondon(overrun.at)}) came after ${overrun.cap.label} (${formatLondon(overrun.capDue)}), ` +
          `so that limit was already missed and ${subject(label)} counts from the actual event.`,
      );
    }
    const warning = hourWarningOf(protocol, stage, label, outcome, eventTimes, calendar);
    if (warning !== undefined) warnings.push(warning.text);
  }
  return warnings;
}

/** The weekend, holiday or night warning of a deadline counted in hours (not one a cap set). */
function hourWarningOf(
  protocol: Protocol,
  stage: number,
  label: string,
  outcome: DeadlineOutcome,
  eventTimes: Readonly<Record<string, LondonTime>>,
  calendar: WorkingDayCalendar,
): HourDeadlineWarning | undefined {
  if (outcome.cappedBy !== undefined || !('hoursAfter' in outcome.term)) return undefined;
  const since = eventTimes[outcome.term.from]!;
  return hourDeadlineWarning(`Stage ${stage}'s "${label}"`, outcome.due, since, calendar, protocol.officeHours);
}

/**
 * Computes every stage's deadlines for a disagreement.
 *
 * Events not given are assumed at their latest permitted moment (their
 * `assumeAt` deadline), so with only `raised` the table shows the outer
 * envelope of the whole process; pass later events as they happen and the
 * table tightens. Optional events (the safety deadline) count only when given.
 *
 * @throws {ProtocolError} for an unknown audience or event, an impossible
 * time, or events out of order (e.g. a stage 5 referral before raised).
 * @example
 * const table = computeDeadlines({
 *   protocol: resolveProtocol('north-yorkshire'),
 *   audience: 'child',
 *   raised: '2026-12-18T16:30',
 * });
 * table.stages[0]?.due; // '2026-12-22T16:30:00.000+00:00' (96 hours)
 * table.stages[2]?.due; // '2027-01-06T23:59:59.000+00:00' (10 working days)
 */
export function computeDeadlines(input: ComputeDeadlinesInput): DeadlineTable {
  const { protocol, audience } = input;
  if (!Object.hasOwn(protocol.routes, audience)) {
    throw ProtocolError.aboutInput(
      'audience',
      `"${audience}" is not an audience of ${protocol.name}.`,
      `Use one of: ${Object.keys(protocol.routes).join(', ')}.`,
    );
  }
  const calendar = input.calendar ?? englandAndWalesCalendar;
  const given = collectGivenTimes(input);
  checkOrder(protocol, given);
  const times = resolveEventTimes(protocol, given, calendar);

  const events: TableEvent[] = [];
  for (const name of Object.keys(protocol.events)) {
    const entry = times.get(name);
    if (entry) {
      events.push({ event: name, label: eventLabel(protocol, name), at: toIsoWithOffset(entry.time), assumed: entry.assumed });
    }
  }
  const stages = protocol.stages.map((stage) => computeStage(protocol, stage, audience, times, calendar));
  const capIds = new Set(stages.flatMap((stage) => stage.checks.flatMap((check) => (check.cappedBy ? [check.cappedBy] : []))));
  return {
    protocol: { id: protocol.id, name: protocol.name },
    audience,
    audienceLabel: protocol.routes[audience]!.label,
    raised: toIsoWithOffset(given[RAISED_EVENT]!),
    stages,
    events,
    caps: (protocol.caps ?? []).filter((cap) => capIds.has(cap.id)).map((cap) => ({ id: cap.id, label: cap.label })),
    notGiven: Object.entries(protocol.events)
      .filter(([name, event]) => event.optional && event.ifNotGiven !== undefined && !times.has(name))
      .map(([name, event]) => ({ event: name, label: event.label, effect: event.ifNotGiven! })),
    notes: protocol.notes.map((note) => ({ id: note.id, text: note.text, stages: [...(note.stages ?? [])] })),
  };
}
