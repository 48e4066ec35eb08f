/**
 * Turns a deadline table into an iCalendar (RFC 5545) file that Outlook,
 * Google Calendar and Apple Calendar import: one short event per stage,
 * ending at the stage's due time. Pure, so the CLI writes it to a file and
 * the website offers it as a download from the same code.
 */
import { createEvents, type EventAttributes } from 'ics';
import type { DeadlineTable, StageDeadlines } from './deadline-table.js';
import { formatLondonIso } from '../calendar/london-time.js';
import { replaceControlCharacters } from '../kernel/control-characters.js';
import { ProtocolError } from './protocol-error.js';

/** Options for {@link buildDeadlineCalendar}. */
export interface BuildDeadlineCalendarOptions {
  /** The moment the file is made (its DTSTAMP); injected so output is repeatable. */
  now: Date;
  /** How long each event lasts before its due time, in minutes (30 unless given). */
  leadMinutes?: number;
}

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
export function buildDeadlineCalendar(table: DeadlineTable, options: BuildDeadlineCalendarOptions): string {
  const lead = (options.leadMinutes ?? 30) * 60_000;
  const raisedKey = compactUtc(table.raised);
  const events = table.stages.map((stage): EventAttributes => {
    const end = Date.parse(stage.due);
    return {
      uid: calendarText(`${table.protocol.id}-${table.audience}-${raisedKey}-stage-${stage.stage}@common-ground`),
      title: calendarText(`Stage ${stage.stage} due: ${stage.title}`),
      description: calendarText(describeStage(table, stage)),
      start: end - lead,
      startInputType: 'utc',
      startOutputType: 'utc',
      end,
      endInputType: 'utc',
      endOutputType: 'utc',
      // A deadline, not a meeting: it should not block the diary.
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
      categories: ['Professional resolutions'],
      // `timestamp` (DTSTAMP) is accepted by ics but missing from its types;
      // without it ics would read the wall clock.
      ...({ timestamp: options.now.getTime() } as object),
    } as EventAttributes;
  });
  const { error, value } = createEvents(events, {
    productId: '-//Common Ground//Deadline calculator//EN',
    method: 'PUBLISH',
    calName: calendarText(`${table.protocol.name}: deadlines`),
  });
  if (error || value === null) {
    throw new ProtocolError(
      `The calendar file could not be built: ${error?.message ?? 'no output'}.`,
      'This is a bug in Common Ground; please report it with the command you ran.',
    );
  }
  return value;
}
