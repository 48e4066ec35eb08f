/**
 * A deadline table (from the engine's `computeDeadlines`) as the rows and
 * the skipped-days list the web calculator shows: the same facts as the
 * terminal's `deadlines` command, shaped for HTML.
 */
import { formatDay, formatDueTime, type DeadlineTable, type SkippedDay, type StageDeadlines } from '../../../engine/protocol/index.js';

/** One due time in a row. */
export interface DueLine {
  /** e.g. "Aim to resolve"; empty when the stage has a single deadline. */
  label: string;
  /** e.g. "Tue 22 Dec 2026, 10:00". */
  when: string;
  /** ISO, for <time datetime>. */
  iso: string;
  /** The stage's own due time (shown in bold). */
  main: boolean;
  /** Counted from an event whose time was assumed, not given. */
  assumed: boolean;
}

/** One row of the web table. */
export interface DeadlineRow {
  stage: number;
  title: string;
  owner: string;
  rule: string;
  due: DueLine[];
}

/** A run of skipped days. */
export interface SkippedLine {
  /** e.g. "Sat 19 – Sun 20 Dec 2026" or "Fri 25 Dec 2026". */
  when: string;
  /** e.g. "weekend" or "bank holiday: Christmas Day". */
  what: string;
}

function isAssumed(stage: StageDeadlines, events: readonly string[]): boolean {
  return stage.from.some((item) => item.assumed && events.includes(item.event));
}

/**
 * The table's rows.
 *
 * @example
 * ```ts
 * deadlineRows(computeDeadlines({ protocol, audience: 'child', raised: '2026-12-18T10:00' }))[0]?.due[0]?.when;
 * ```
 */
export function deadlineRows(table: DeadlineTable): DeadlineRow[] {
  return table.stages.map((stage) => ({
    stage: stage.stage,
    title: stage.title,
    owner: stage.owner,
    rule: stage.rule,
    due: stage.checks.map((check) => ({
      label: stage.checks.length > 1 ? check.label : '',
      when: formatDueTime(check.due),
      iso: check.due,
      main: check.id === stage.dueCheck,
      assumed: isAssumed(stage, check.events),
    })),
  }));
}

/** The events assumed at their latest permitted time, with that time. */
export function assumedEvents(table: DeadlineTable): Array<{ label: string; when: string }> {
  return table.events.filter((event) => event.assumed).map((event) => ({ label: event.label, when: formatDueTime(event.at) }));
}

function nextDate(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * Every weekend, bank holiday and closure inside any stage's window, once
 * each, in date order; consecutive weekend days are merged into one line.
 *
 * @example
 * ```ts
 * skippedDayLines(table); // [{ when: 'Sat 19 – Sun 20 Dec 2026', what: 'weekend' }, { when: 'Fri 25 Dec 2026', what: 'bank holiday: Christmas Day' }, …]
 * ```
 */
export function skippedDayLines(table: DeadlineTable): SkippedLine[] {
  const byDate = new Map<string, SkippedDay>();
  for (const stage of table.stages) for (const day of stage.skipped) byDate.set(day.date, day);
  const days = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  const lines: SkippedLine[] = [];
  for (let index = 0; index < days.length; index += 1) {
    const day = days[index]!;
    if (isWeekend(day.date)) {
      let last = day;
      const names = day.name ? [day.name] : [];
      while (days[index + 1] !== undefined && isWeekend(days[index + 1]!.date) && days[index + 1]!.date === nextDate(last.date)) {
        index += 1;
        last = days[index]!;
        if (last.name) names.push(last.name);
      }
      const when = last.date === day.date ? formatDay(day.date) : `${formatDay(day.date)} – ${formatDay(last.date)}`;
      lines.push({ when, what: names.length > 0 ? `weekend (${names.join(', ')})` : 'weekend' });
    } else {
      const kind = day.reason === 'bank-holiday' ? 'bank holiday' : day.reason === 'closure' ? 'closure' : 'weekend';
      lines.push({ when: formatDay(day.date), what: day.name ? `${kind}: ${day.name}` : kind });
    }
  }
  return lines;
}
