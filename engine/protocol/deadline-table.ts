/**
 * The deadline calculator's answer: plain, serialisable data (strings and
 * numbers only) that a terminal table, a web page, a JSON dump or a calendar
 * file can all be made from.
 */

/** One named deadline of a stage. */
export interface DeadlineCheck {
  /** `${stage}.${deadlineId}`, e.g. `1.target`, `3.resolution`. */
  id: string;
  /** Human name, e.g. "Aim to resolve". */
  label: string;
  /** When it falls: ISO 8601 with the London offset, e.g. `2027-01-06T23:59:59.000+00:00`. */
  due: string;
  /** Whether the step must have started ("start") or be finished ("end") by then. */
  measuredAt: 'start' | 'end';
  /** The events this deadline was worked out from (see the stage's `from` for their times). */
  events: string[];
  /** The events the deadline's answer counts from: those of the term (or cap) that gave it. */
  countedFrom: string[];
  /**
   * `aim` for a point inside a window that is shown but never scored as met
   * or missed (stage 1's 24 hours of "24 to 96 hrs"); `deadline` otherwise.
   */
  kind: 'aim' | 'deadline';
  /** The id of the cap that pulled this deadline forward, e.g. `safety`; absent when none did. */
  cappedBy?: string;
  /**
   * For a deadline counted in hours that falls on a weekend, a bank holiday
   * or outside office hours: the warning, with our advice on when to plan
   * for, in full (the same sentence is among the stage's `warnings`) and in
   * one short line.
   */
  timeWarning?: { text: string; short: string };
}

/** An event a stage's deadlines count from (or, for `at` rules, fall on). */
export interface StartingEvent {
  /** Event name from the protocol, e.g. `stage4Discussion`. */
  event: string;
  /** Its human name. */
  label: string;
  /** Its time, ISO 8601 with offset. */
  at: string;
  /** True when the time was not given and is assumed at its latest permitted moment. */
  assumed: boolean;
  /** `from` when the deadline counts from it; `at` when the deadline is its own time. */
  use: 'from' | 'at';
}

/** A non-working day inside a stage's window. */
export interface SkippedDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Why it is not a working day. */
  reason: 'weekend' | 'bank-holiday' | 'closure';
  /** The holiday's or closure's name, when it has one. */
  name?: string;
}

/** One row of the table. */
export interface StageDeadlines {
  /** Stage number. */
  stage: number;
  /** Short title. */
  title: string;
  /** What happens, resolved for the audience. */
  action: string;
  /** Who acts, resolved for the audience. */
  owner: string;
  /** The timescale, in words. */
  rule: string;
  /** The stage's due time (its `due` deadline), ISO 8601 with offset. */
  due: string;
  /** The id of the check that is the due time, e.g. `7.recommendations`. */
  dueCheck: string;
  /** The label of the due deadline. */
  dueLabel: string;
  /** An earlier aim inside the due time (stage 1's 24 hours). */
  target?: string;
  /** When the meeting must be held by (stage 7's panel). */
  meetingBy?: string;
  /** Every deadline of the stage, in the protocol's order. */
  checks: DeadlineCheck[];
  /** The events the deadlines were worked out from, each marked given or assumed. */
  from: StartingEvent[];
  /** Weekends, bank holidays and closures between the first starting event's day and the last due day. */
  skipped: SkippedDay[];
  /** The id of the cap that pulled the stage's due time forward (`safety`, `thirteen-working-days`); absent when none did. */
  cappedBy?: string;
  /**
   * Things worth knowing about this stage's times, in plain sentences: an
   * hour-based deadline on a weekend, a bank holiday or at night (with our
   * advice on when to plan for), a cap it was pulled forward by, or a limit
   * an actual event had already broken.
   */
  warnings: string[];
  /** The ids of the protocol's interpretation notes that apply to this stage. */
  notes: string[];
}

/** An event time used anywhere in the table. */
export interface TableEvent {
  /** Event name. */
  event: string;
  /** Human name. */
  label: string;
  /** ISO 8601 with offset. */
  at: string;
  /** True when assumed rather than given. */
  assumed: boolean;
}

/** The whole answer of `computeDeadlines`. */
export interface DeadlineTable {
  /** Which protocol. */
  protocol: { id: string; name: string };
  /** The route id, e.g. `child` or `adult`. */
  audience: string;
  /** The route's human name, e.g. "Children (NYSCP)". */
  audienceLabel: string;
  /** When the disagreement was raised, ISO 8601 with offset. */
  raised: string;
  /** One entry per stage, in order. */
  stages: StageDeadlines[];
  /** Every event time used, given or assumed, in the protocol's order. */
  events: TableEvent[];
  /** The caps that pulled a deadline forward in this table, by id, with their names. */
  caps: Array<{ id: string; label: string }>;
  /** Optional events that were not given, and what the deadlines do without them. */
  notGiven: Array<{ event: string; label: string; effect: string }>;
  /** The protocol's notes on how it reads the source, each with the stages it is about. */
  notes: Array<{ id: string; text: string; stages: number[] }>;
}
