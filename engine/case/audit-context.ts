/**
 * What every rule of the case audit reads (the case's events in time order,
 * the stages as measured, the protocol and the calendar) and the few small
 * lookups the rules share, so that each rule module holds only its rule.
 */
import type { LondonTime } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { Protocol, ProtocolRoute } from '../protocol/protocol.schema.js';
import type { AuditFinding, CheckAudit, StageAudit } from './case-audit.js';
import type { CaseEventKinds } from './case-event-kinds.js';
import type { CaseEvent, CaseFile } from './case-file.schema.js';

/** A case event with its parsed time and its place in the file. */
export interface TimedEvent {
  event: CaseEvent;
  time: LondonTime;
  /** 1-based position in the file's `events` list. */
  number: number;
}

/** The case as the audit rules see it, once its stages have been measured. */
export interface AuditContext {
  caseFile: CaseFile;
  protocol: Protocol;
  /** The protocol's route for the case's audience. */
  route: ProtocolRoute;
  kinds: CaseEventKinds;
  calendar: WorkingDayCalendar;
  raised: LondonTime;
  /** Every event, in time order (file order among equal times). */
  events: readonly TimedEvent[];
  /** The `resolved` events, in time order. */
  resolutions: readonly TimedEvent[];
  /** The first resolution, the one the audit uses. */
  resolution: TimedEvent | undefined;
  /** One entry per protocol stage, in the protocol's order. */
  stages: readonly StageAudit[];
  /** Every check of every stage, in stage order. */
  checks: readonly CheckAudit[];
  /** The number of the highest stage the timeline reached. */
  highestStage: number;
}

/**
 * A finding, with the event it is about when there is one.
 *
 * @example
 * finding('problem', 'before-raised', 'Event 2 (…) is before the disagreement was raised (…).', 2);
 */
export function finding(severity: AuditFinding['severity'], code: AuditFinding['code'], message: string, event?: number): AuditFinding {
  return { severity, code, message, ...(event !== undefined ? { event } : {}) };
}

/**
 * A stage for sentences, its title lower-cased after the first letter.
 *
 * @example
 * stageName({ stage: 2, title: 'Discuss with your line manager' }); // 'stage 2 (discuss with your line manager)'
 */
export function stageName(stage: Pick<StageAudit, 'stage' | 'title'>): string {
  return `stage ${stage.stage} (${stage.title.charAt(0).toLowerCase()}${stage.title.slice(1)})`;
}

/**
 * The earliest of some times, or `undefined` when there are none.
 *
 * @example
 * earliest([later, sooner]); // sooner
 */
export function earliest(times: readonly LondonTime[]): LondonTime | undefined {
  return times.reduce<LondonTime | undefined>((best, time) => (best === undefined || time < best ? time : best), undefined);
}

/**
 * The latest of some times, or `undefined` when there are none.
 *
 * @example
 * latest([later, sooner]); // later
 */
export function latest(times: readonly LondonTime[]): LondonTime | undefined {
  return times.reduce<LondonTime | undefined>((best, time) => (best === undefined || time > best ? time : best), undefined);
}
