/**
 * Why a count of working days from a weekend or a bank holiday comes out
 * the same as one from the working day before: a count never includes the
 * day it starts from and only working days count, so from a Saturday or
 * from the Friday before, the first day counted is the Monday. People
 * expect a Saturday raise to be a day later than a Friday one; the
 * calculator says why it is not.
 */
import { englandAndWalesCalendar } from '../calendar/england-and-wales-calendar.js';
import { isWeekendDate } from '../calendar/iso-date.js';
import { formatLondonFullDate, parseLondonDateTime, toIsoDate } from '../calendar/london-time.js';
import { formatDueBy } from '../calendar/plain-english-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { RAISED_EVENT } from './check-protocol-references.js';
import type { DeadlineTable, StageDeadlines } from './deadline-table.js';
import type { Protocol, Rule } from './protocol.schema.js';

/** Options for {@link explainWorkingDayStarts}. */
export interface ExplainWorkingDayStartsOptions {
  /** The calendar the table was computed with; England and Wales when absent. */
  calendar?: WorkingDayCalendar;
}

/** One explanation: an event on a non-working day, and the stages it leaves unchanged. */
export interface WorkingDayStartNote {
  /** The protocol event, e.g. `raised`. */
  event: string;
  /** The stages whose due time counts working days from it. */
  stages: number[];
  /** The explanation, in plain sentences. */
  text: string;
}

/** True when every term of `rule` that counts from `event` counts working days (or weeks). */
function countsWorkingDaysFrom(rule: Rule, event: string): boolean {
  const terms: Rule[] = [];
  const walk = (term: Rule): void => {
    if ('earliest' in term) term.earliest.forEach(walk);
    else terms.push(term);
  };
  walk(rule);
  const from = terms.filter((term) => 'from' in term && term.from === event);
  return from.length > 0 && from.every((term) => 'workingDaysAfter' in term || 'workingWeeksAfter' in term);
}

/** The rule that gave a stage's due time: its cap's, when a cap pulled it forward. */
function ruleOfDue(protocol: Protocol, stage: StageDeadlines): Rule | undefined {
  const check = stage.checks.find((candidate) => candidate.id === stage.dueCheck);
  if (check?.cappedBy !== undefined) return protocol.caps?.find((cap) => cap.id === check.cappedBy)?.rule;
  const deadlineId = stage.dueCheck.slice(stage.dueCheck.indexOf('.') + 1);
  return protocol.stages.find((candidate) => candidate.stage === stage.stage)?.deadlines.find((deadline) => deadline.id === deadlineId)?.rule;
}

/** "stage 3", "stages 3 and 4". */
function stageWords(stages: readonly number[]): string {
  return stages.length === 1 ? `stage ${stages[0]}` : `stages ${stages.slice(0, -1).join(', ')} and ${stages.at(-1)}`;
}

/**
 * For each event the user gave that fell on a weekend, bank holiday or
 * closure day and that a stage's due time counts working days from: why
 * that due time is the same as if the event had been on the working day
 * before.
 *
 * @example
 * explainWorkingDayStarts(computeDeadlines({ protocol, audience: 'child', raised: '2026-12-19T10:00' }), protocol)[0]?.text;
 * // 'The disagreement was raised on Saturday 19 December 2026, which is not a working day (a weekend). …'
 */
export function explainWorkingDayStarts(table: DeadlineTable, protocol: Protocol, options: ExplainWorkingDayStartsOptions = {}): WorkingDayStartNote[] {
  const calendar = options.calendar ?? englandAndWalesCalendar;
  const notes: WorkingDayStartNote[] = [];
  for (const event of table.events) {
    if (event.assumed) continue;
    const day = toIsoDate(parseLondonDateTime(event.at));
    if (calendar.isWorkingDay(day)) continue;
    const stages = table.stages.filter((stage) => {
      const check = stage.checks.find((candidate) => candidate.id === stage.dueCheck);
      const rule = ruleOfDue(protocol, stage);
      return check !== undefined && rule !== undefined && check.countedFrom.length === 1 && check.countedFrom[0] === event.event && countsWorkingDaysFrom(rule, event.event);
    });
    if (stages.length === 0) continue;
    const name = calendar.holidayName(day);
    const why = isWeekendDate(day) ? 'a weekend' : calendar.closures.some((closure) => closure.date === day) ? `a closure day${name ? `, ${name}` : ''}` : `a bank holiday${name ? `, ${name}` : ''}`;
    const before = calendar.previousWorkingDay(day);
    const next = calendar.nextWorkingDay(day);
    const first = stages[0]!;
    const others = stages.slice(1).map((stage) => stage.stage);
    const date = (iso: string) => formatLondonFullDate(parseLondonDateTime(iso));
    const weekday = date(before).split(' ')[0];
    const what = event.event === RAISED_EVENT ? 'The disagreement was raised' : `${event.label} happened`;
    notes.push({
      event: event.event,
      stages: stages.map((stage) => stage.stage),
      text:
        `${what} on ${date(day)}, which is not a working day (${why}). ` +
        `A count of working days leaves out the day it starts from and counts only working days, so the first day counted is ${date(next)}, ` +
        `just as it would be from ${date(before)}, the working day before. ` +
        `That is why stage ${first.stage} is due ${formatDueBy(parseLondonDateTime(first.due))}, the same as if it had been on the ${weekday}` +
        (others.length > 0 ? `; so ${others.length === 1 ? 'is' : 'are'} ${stageWords(others)}.` : '.'),
    });
  }
  return notes;
}
