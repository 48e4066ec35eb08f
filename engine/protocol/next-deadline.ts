/**
 * The one-line answer the deadline calculator opens with: which stage is
 * due next and by when, in plain words ("Your next deadline: stage 1, by
 * Tuesday 22 December 2026, 4.30pm"). "Next" means the first stage not yet
 * closed by an event the user gave whose due time is still to come.
 */
import { fromDate, parseLondonDateTime, type LondonTime } from '../calendar/london-time.js';
import { formatDueBy } from '../calendar/plain-english-time.js';
import type { DeadlineTable, StageDeadlines } from './deadline-table.js';
import type { Protocol } from './protocol.schema.js';

/** Options for {@link nextDeadline}. */
export interface NextDeadlineOptions {
  /** The moment "next" is counted from: the shell's clock. */
  now: Date;
}

/** The answer of {@link nextDeadline}. */
export interface NextDeadline {
  /** The opening sentence, e.g. "Your next deadline: stage 1, by Tuesday 22 December 2026, 4.30pm". */
  sentence: string;
  /** The stage due next; absent when every open stage's deadline has passed. */
  stage?: StageDeadlines;
  /** Open stages whose due time has already passed, in order. */
  passed: StageDeadlines[];
  /** Sentences that follow the answer: an aim inside the stage's window, an assumed starting time, deadlines already passed. */
  details: string[];
}

/** "stage 1", "stages 1 and 2", "stages 1, 2 and 3". */
function stageList(stages: readonly StageDeadlines[]): string {
  const numbers = stages.map((stage) => String(stage.stage));
  if (numbers.length === 1) return `stage ${numbers[0]}`;
  return `stages ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/**
 * The stages an event the user gave has closed: an event the protocol
 * assumes at a stage deadline marks every earlier stage done, and that
 * stage too when the deadline is the stage's due one (the stage 4
 * discussion closes stage 4; the panel meeting leaves stage 7's
 * recommendations open).
 */
function closedStages(table: DeadlineTable, protocol: Protocol): Set<number> {
  const closed = new Set<number>();
  for (const event of table.events) {
    const assumeAt = protocol.events[event.event]?.assumeAt;
    if (event.assumed || assumeAt === undefined) continue;
    for (const stage of protocol.stages) {
      if (stage.stage < assumeAt.stage || (stage.stage === assumeAt.stage && stage.due === assumeAt.deadline)) closed.add(stage.stage);
    }
  }
  return closed;
}

/**
 * Which stage is due next, and the sentence that says so.
 *
 * @example
 * const table = computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T16:30' });
 * nextDeadline(table, protocol, { now: new Date('2026-12-18T17:00:00Z') }).sentence;
 * // 'Your next deadline: stage 1, by Tuesday 22 December 2026, 4.30pm'
 */
export function nextDeadline(table: DeadlineTable, protocol: Protocol, options: NextDeadlineOptions): NextDeadline {
  const now: LondonTime = fromDate(options.now);
  const closed = closedStages(table, protocol);
  const open = table.stages.filter((stage) => !closed.has(stage.stage));
  const dueOf = (stage: StageDeadlines) => parseLondonDateTime(stage.due);
  const stage = open.find((candidate) => dueOf(candidate) > now);
  const passed = open.filter((candidate) => dueOf(candidate) <= now && (stage === undefined || candidate.stage < stage.stage));
  const details: string[] = [];
  if (stage === undefined) {
    const last = open.at(-1) ?? table.stages.at(-1)!;
    return {
      sentence: `Every deadline here has passed: the last, stage ${last.stage}, was due ${formatDueBy(dueOf(last))}`,
      passed: open,
      details: ['If the process is still going on, enter the times of the steps that have happened to see what is due now.'],
    };
  }
  for (const check of stage.checks) {
    if (check.kind === 'aim' && parseLondonDateTime(check.due) > now) {
      details.push(`${check.label} sooner, ${formatDueBy(parseLondonDateTime(check.due))}: an aim inside the window, not a deadline.`);
    }
  }
  const assumed = stage.from.filter((event) => event.assumed);
  if (assumed.length > 0) {
    details.push(
      `This counts from a time you did not give, assumed at its latest permitted moment (${assumed.map((event) => event.label.toLowerCase()).join(', ')}): enter the real time for an exact deadline.`,
    );
  }
  if (passed.length > 0) {
    details.push(`The deadline for ${stageList(passed)} has already passed, unless that step is done: if so, enter when it happened.`);
  }
  return { sentence: `Your next deadline: stage ${stage.stage}, ${formatDueBy(dueOf(stage))}`, stage, passed, details };
}
