/**
 * Turns a deadline table into an iCalendar (RFC 5545) file that Outlook,
 * Google Calendar and Apple Calendar import. Each stage is one due event:
 * a moment, not a meeting (it starts and ends at the stage's due time, so
 * it blocks no time in the diary and every calendar shows it on the right
 * day at the right time), with a reminder at the start of the working day
 * before. A stage with an aim inside its window (stage 1's 24 of "24 to 96
 * hours") names the aim in its title and has a second reminder at it.
 *
 * Pure, so the CLI writes it to a file and the website offers it as a
 * download from the same code; the site loads this module (and the `ics`
 * library) only when the download is asked for, through
 * `loadDeadlineCalendarBuilder`.
 */
import { createEvents, type Alarm, type EventAttributes } from 'ics';
import type { DeadlineTable, StageDeadlines } from './deadline-table.js';
import { englandAndWalesCalendar } from '../calendar/england-and-wales-calendar.js';
import { endOfDayInLondon, formatLondon, formatLondonIso, parseLondonDateTime, toIsoDate, type LondonTime } from '../calendar/london-time.js';
import { isEndOfLondonDay } from '../calendar/plain-english-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { replaceControlCharacters } from '../kernel/control-characters.js';
import { ProtocolError } from './protocol-error.js';

/** Options for {@link buildDeadlineCalendar}. */
export interface BuildDeadlineCalendarOptions {
  /** The moment the file is made (its DTSTAMP); injected so output is repeatable. */
  now: Date;
  /** The working days the reminders fall on; England and Wales when absent. */
  calendar?: WorkingDayCalendar;
  /** The London time of day of the working-day-before reminder, `HH:mm` (the protocol's office start); `09:00` when absent. */
  remindAt?: string;
}

/** The type of {@link buildDeadlineCalendar}, for a front end that loads it when needed. */
export type BuildDeadlineCalendar = (table: DeadlineTable, options: BuildDeadlineCalendarOptions) => string;

/**
 * Words from a protocol (a partnership's own file too) as calendar text:
 * control characters removed. `ics` escapes line feeds, commas and
 * semicolons but passes a lone CR, a NUL or an escape through, and a lone
 * CR starts a new content line in many readers, so a stage name could add
 * properties of its own.
 */
function calendarText(text: string): string {
  return replaceControlCharacters(text, '');
}

/** `2026-12-18T16:30:00+00:00` → `20261218T163000Z`, for UIDs. */
function compactUtc(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * A trigger `milliseconds` before the event, in hours, minutes and seconds
 * only: `ics` writes a days part as `P1DT`, with an empty time part that
 * RFC 5545 does not allow, and some readers refuse.
 */
function before(milliseconds: number): Alarm['trigger'] {
  const seconds = Math.max(1, Math.round(milliseconds / 1000));
  const trigger = { before: true, hours: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60), seconds: seconds % 60 };
  // ics leaves out zero parts; a trigger of whole hours is written `-PT24H`.
  return trigger;
}

/** The start of the working day before `due`'s London day, at `remindAt`. */
function workingDayBefore(due: LondonTime, calendar: WorkingDayCalendar, remindAt: string): LondonTime {
  return endOfDayInLondon(calendar.previousWorkingDay(toIsoDate(due)), remindAt);
}

/** How the stage's due time reads in a title, on the day it is shown on: "by the end of the day", "by 16:30". */
function dueWords(due: LondonTime): string {
  return isEndOfLondonDay(due) ? 'by the end of the day' : `by ${formatLondon(due).replace(/^.*, /, '')}`;
}

/** A due time in a reminder: "by the end of Wed 6 Jan 2027", "by Tue 22 Dec 2026, 16:30". */
function dueBy(due: LondonTime): string {
  return isEndOfLondonDay(due) ? `by the end of ${formatLondon(due).replace(/, [^,]*$/, '')}` : `by ${formatLondon(due)}`;
}

function describeStage(table: DeadlineTable, stage: StageDeadlines): string {
  const lines = [
    `Who acts: ${stage.owner}`,
    `Rule: ${stage.rule}`,
    ...stage.checks.map(
      (check) => `${check.label}${check.kind === 'aim' ? ' (an aim inside the window, not a deadline)' : ''}: ${formatLondonIso(check.due)}`,
    ),
    ...stage.warnings,
  ];
  const assumed = stage.from.filter((event) => event.assumed);
  if (assumed.length > 0) {
    lines.push(
      `Assumes, at the latest permitted moment: ${assumed
        .map((event) => `${event.label} (${formatLondonIso(event.at)})`)
        .join('; ')}`,
    );
  }
  lines.push('', stage.action, '', `${table.protocol.name}, ${table.audienceLabel}. Disagreement raised ${formatLondonIso(table.raised)}.`);
  return lines.join('\n');
}

function stageEvent(table: DeadlineTable, stage: StageDeadlines, options: BuildDeadlineCalendarOptions, raisedKey: string): EventAttributes {
  const calendar = options.calendar ?? englandAndWalesCalendar;
  const due = parseLondonDateTime(stage.due);
  const aims = stage.checks.filter((check) => check.kind === 'aim');
  const aimWords = aims.map((aim) => `${aim.label.toLowerCase()} ${dueBy(parseLondonDateTime(aim.due))}`).join('; ');
  const title = `Stage ${stage.stage} due ${dueWords(due)}: ${stage.title}${aims.length > 0 ? ` (${aimWords})` : ''}`;
  const alarms: Alarm[] = [];
  const remind = workingDayBefore(due, calendar, options.remindAt ?? '09:00');
  if (remind < due) {
    alarms.push({
      action: 'display',
      description: calendarText(`Stage ${stage.stage} is due ${dueBy(due)}: ${stage.title}. This reminder comes the working day before.`),
      trigger: before(due - remind),
    });
  }
  for (const aim of aims) {
    const at = parseLondonDateTime(aim.due);
    if (at < due) {
      alarms.push({
        action: 'display',
        description: calendarText(`Stage ${stage.stage}: ${aim.label.toLowerCase()} by now (an aim, not a deadline); ${stage.dueLabel.toLowerCase()} ${dueBy(due)}`),
        trigger: before(due - at),
      });
    }
  }
  return {
    uid: calendarText(`${table.protocol.id}-${table.audience}-${raisedKey}-stage-${stage.stage}@common-ground`),
    title: calendarText(title),
    description: calendarText(describeStage(table, stage)),
    // A due moment: starting and ending at the due time, so it shows at that
    // time on that day and holds no time in the diary.
    start: due,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: due,
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
    categories: ['Professional resolutions'],
    alarms,
    // `timestamp` (DTSTAMP) is accepted by ics but missing from its types;
    // without it ics would read the wall clock.
    ...({ timestamp: options.now.getTime() } as object),
  } as EventAttributes;
}

/**
 * Builds the iCalendar text (CRLF line endings) for a deadline table. Each
 * stage's UID is stable for the same protocol, route, raised time and stage,
 * so importing an updated file replaces the earlier events instead of
 * doubling them, while a children's and an adults' case raised at the same
 * moment stay apart.
 *
 * @example
 * const ics = buildDeadlineCalendar(table, { now: new Date('2026-12-18T17:00:00Z') });
 * ics.startsWith('BEGIN:VCALENDAR\r\n'); // true
 */
export const buildDeadlineCalendar: BuildDeadlineCalendar = (table, options) => {
  const raisedKey = compactUtc(table.raised);
  const events = table.stages.map((stage) => stageEvent(table, stage, options, raisedKey));
  const { error, value } = createEvents(events, {
    productId: '-//Common Ground//Deadline calculator//EN',
    method: 'PUBLISH',
    calName: calendarText(`${table.protocol.name}: deadlines`),
  });
  if (error || value === null || value === undefined) {
    throw new ProtocolError(
      `The calendar file could not be built: ${error?.message ?? 'no output'}.`,
      'This is a bug in Common Ground; please report it with the command you ran.',
    );
  }
  return value;
};
