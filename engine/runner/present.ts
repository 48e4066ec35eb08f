/**
 * Turning engine data into view data: citations with titles and site
 * addresses, principle labels, deadline lists with London labels and
 * lateness in words. Shared by the session view and the debrief.
 */
import { countWorkingDaysBetween } from '../calendar/count-working-days-between.js';
import { formatLondonIso, parseLondonDateTime, toIsoDate } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { citeSection, type CitingProtocol } from '../guidance/citable-sections.js';
import { countOf } from '../kernel/count-of.js';
import type { DeadlineSummary } from '../process/selectors.js';
import type { ChoiceFeedback } from '../scenario/scenario-model.js';
import { principleLabel } from '../scenario/scenario-vocabulary.js';
import type {
  DeadlineSummaryView,
  FeedbackView,
  GuidanceCitation,
  MissedDeadlineView,
  NextDeadlineView,
  PrincipleRef,
} from './session-view.js';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/**
 * A guidance section as a citation for the scenario's protocol, or null for
 * an id that protocol's scenarios may not cite.
 *
 * @example
 * citeGuidance('stage-1', northYorkshireProtocol)?.href; // '/guidance/resolution-process/#stage-1'
 */
export function citeGuidance(id: string | undefined, protocol: CitingProtocol): GuidanceCitation | null {
  if (id === undefined) return null;
  return citeSection(id, protocol) ?? null;
}

/** Principle ids with their labels (an unknown id keeps the id as its label). */
function principles(ids: readonly string[]): PrincipleRef[] {
  return ids.map((id) => ({ id, label: principleLabel(id) ?? id }));
}

/**
 * A choice's feedback for display: Markdown, citations and principle labels.
 *
 * @example
 * presentFeedback(choice.feedback, protocol).citations[0]?.title;
 */
export function presentFeedback(feedback: ChoiceFeedback, protocol: CitingProtocol): FeedbackView {
  return {
    markdown: feedback.markdown,
    citations: feedback.cite.map((id) => citeGuidance(id, protocol) ?? { id, title: id, href: '' }),
    shows: principles(feedback.shows),
    misses: principles(feedback.misses),
  };
}

/**
 * Lateness in words: working days (0 = the same working day) and hours.
 *
 * @example
 * describeLateness(2 * 3_600_000, 0); // 'late by 2 hours, the same working day'
 */
function describeLateness(lateByMs: number | null, lateByWorkingDays: number | null): string {
  if (lateByMs === null || lateByWorkingDays === null) return 'still outstanding';
  const hours = Math.round((lateByMs / HOUR_MS) * 10) / 10;
  const hoursText = hours < 1 ? `${Math.max(1, Math.round(lateByMs / 60_000))} minutes` : `${hours} hour${hours === 1 ? '' : 's'}`;
  const days =
    // No working day between the due day and the day it happened: the same
    // working day, or a weekend or bank holiday straight after it (due Friday
    // 23:59, done Saturday 03:00), so "the same working day" would be wrong.
    lateByWorkingDays === 0
      ? 'before the next working day'
      : `${lateByWorkingDays} working day${lateByWorkingDays === 1 ? '' : 's'} later`;
  return `late by ${hoursText}, ${days}`;
}

/**
 * The process's deadline summary with London labels and lateness in words.
 *
 * @example
 * presentDeadlines(summariseDeadlines(snapshot)).missed[0]?.latenessLabel;
 */
export function presentDeadlines(summary: DeadlineSummary): DeadlineSummaryView {
  return {
    met: summary.met.map((check) => ({
      checkId: check.checkId,
      stage: check.stage,
      label: check.label,
      due: check.due,
      dueLabel: formatLondonIso(check.due),
      at: check.at,
      atLabel: formatLondonIso(check.at),
    })),
    missed: summary.missed.map(presentBreach),
    aimsPassed: summary.aimsPassed.map(presentBreach),
    pending: summary.pending.map((check) => ({
      checkId: check.checkId,
      stage: check.stage,
      label: check.label,
      due: check.due,
      dueLabel: formatLondonIso(check.due),
      kind: check.kind,
      ...(check.timeWarning !== undefined ? { warning: check.timeWarning } : {}),
    })),
  };
}

function presentBreach(breach: DeadlineSummary['missed'][number]): MissedDeadlineView {
  return {
    checkId: breach.checkId,
    stage: breach.stage,
    label: breach.label,
    due: breach.due,
    dueLabel: formatLondonIso(breach.due),
    happenedAt: breach.happenedAt,
    happenedAtLabel: breach.happenedAt === null ? null : formatLondonIso(breach.happenedAt),
    lateByMs: breach.lateByMs,
    lateByWorkingDays: breach.lateByWorkingDays,
    latenessLabel: describeLateness(breach.lateByMs, breach.lateByWorkingDays),
  };
}

/**
 * Hours and minutes in words, leaving out a part that is zero: `3 hours 30
 * minutes`, `1 hour`, `45 minutes`, `less than a minute`.
 *
 * @example
 * describeHoursAndMinutes(210); // '3 hours 30 minutes'
 */
export function describeHoursAndMinutes(totalMinutes: number): string {
  const minutes = Math.max(0, Math.floor(totalMinutes));
  if (minutes === 0) return 'less than a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours > 0 ? countOf(hours, 'hour') : '', rest > 0 ? countOf(rest, 'minute') : ''].filter(Boolean).join(' ');
}

/**
 * How long is left before a deadline, in one unit at a time: working days
 * while a working day or more is left, then hours and minutes (with "Due
 * today" on the due day), or "Overdue".
 *
 * @example
 * describeTimeLeft({ workingDaysLeft: 9, minutesLeft: 19_440, overdue: false, dueToday: false }); // '9 working days left'
 * describeTimeLeft({ workingDaysLeft: 0, minutesLeft: 210, overdue: false, dueToday: true }); // 'Due today: 3 hours 30 minutes left'
 */
export function describeTimeLeft(left: { workingDaysLeft: number; minutesLeft: number; overdue: boolean; dueToday: boolean }): string {
  if (left.overdue) return 'Overdue';
  if (left.workingDaysLeft >= 1) return `${countOf(left.workingDaysLeft, 'working day')} left`;
  const time = `${describeHoursAndMinutes(left.minutesLeft)} left`;
  return left.dueToday ? `Due today: ${time}` : time.charAt(0).toUpperCase() + time.slice(1);
}

/**
 * The soonest pending deadline seen from `now`: working days left (0 = due
 * today), whole hours and minutes left, whether it has already passed, and
 * the time left in words ({@link describeTimeLeft}).
 *
 * @example
 * presentNextDeadline(summary.pending, '2026-10-05T15:30:00.000+01:00', calendar)?.leftLabel; // '1 working day left'
 */
export function presentNextDeadline(
  pending: DeadlineSummaryView['pending'],
  now: string,
  calendar: WorkingDayCalendar | undefined,
): NextDeadlineView | null {
  const next = pending[0];
  if (next === undefined) return null;
  const nowMs = Date.parse(now);
  const dueMs = Date.parse(next.due);
  const options = calendar ? { calendar } : {};
  const today = toIsoDate(parseLondonDateTime(now));
  const dueDay = toIsoDate(parseLondonDateTime(next.due));
  const workingDaysLeft = dueDay > today ? countWorkingDaysBetween(today, dueDay, options) : 0;
  const minutesLeft = Math.max(0, Math.floor((dueMs - nowMs) / MINUTE_MS));
  const overdue = nowMs > dueMs;
  return {
    checkId: next.checkId,
    label: next.label,
    due: next.due,
    dueLabel: next.dueLabel,
    workingDaysLeft,
    hoursLeft: Math.max(0, Math.floor((dueMs - nowMs) / HOUR_MS)),
    minutesLeft,
    leftLabel: describeTimeLeft({ workingDaysLeft, minutesLeft, overdue, dueToday: dueDay === today }),
    overdue,
    kind: next.kind,
    ...(next.warning !== undefined ? { warning: next.warning } : {}),
  };
}

/** How a choice went, for the feedback panel: a tone that styles it and words that say it without colour. */
export interface ChoiceVerdict {
  /** `good` (recommended, or showing principles only), `mixed` (showing some, missing others) or `poor` (a mistake, or missing principles only). */
  tone: 'good' | 'mixed' | 'poor';
  /** e.g. "A strong choice", "A poor choice". */
  label: string;
}

/**
 * Judges a move from what the author marked and what its feedback says:
 * recommended is strong; a `mistake`, or a choice that only misses
 * principles, is poor; a choice that shows some and misses others is mixed.
 *
 * @example
 * judgeChoice({ recommended: false, mistake: true }, feedback); // { tone: 'poor', label: 'A poor choice' }
 */
export function judgeChoice(move: { recommended: boolean; mistake: boolean }, feedback: Pick<FeedbackView, 'shows' | 'misses'>): ChoiceVerdict {
  if (move.recommended) return { tone: 'good', label: 'A strong choice' };
  if (move.mistake) return { tone: 'poor', label: 'A poor choice' };
  const shows = feedback.shows.length > 0;
  const misses = feedback.misses.length > 0;
  if (misses && !shows) return { tone: 'poor', label: 'A poor choice' };
  if (misses) return { tone: 'mixed', label: 'A mixed choice' };
  return { tone: 'good', label: 'A sound choice' };
}
