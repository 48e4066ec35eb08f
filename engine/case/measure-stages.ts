/**
 * Each stage of the protocol as the case went through it: when it started
 * and ended, and for each of its deadlines when it was due, when the moment
 * it measures happened, and whether that was on time.
 */
import { parseLondonDateTime, toIsoWithOffset, type LondonTime } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { DeadlineTable } from '../protocol/deadline-table.js';
import type { ProtocolStage, Rule } from '../protocol/protocol.schema.js';
import type { CheckAudit, CheckStatus, StageAudit } from './case-audit.js';
import { measureLateness } from './measure-lateness.js';
import type { StageTimes, StageTimesByNumber } from './stage-times.js';

/** True when a rule counts elapsed hours (every term is `hoursAfter`). */
function isHourRule(rule: Rule): boolean {
  if ('hoursAfter' in rule) return true;
  if ('earliest' in rule) return rule.earliest.every(isHourRule);
  return false;
}

function checkStatus(reached: boolean, skipped: boolean, happened: LondonTime | undefined, due: LondonTime, aim: boolean): CheckStatus {
  if (!reached) return skipped ? 'skipped' : 'not-reached';
  if (happened === undefined) return 'not-recorded';
  if (happened <= due) return 'met';
  // An aim is one end of a window ("24 to 96 hrs"): passing it is never a miss.
  return aim ? 'after-aim' : 'missed';
}

function measureStage(protocolStage: ProtocolStage, table: DeadlineTable, times: StageTimes, skipped: boolean, calendar: WorkingDayCalendar): StageAudit {
  const row = table.stages.find((stage) => stage.stage === protocolStage.stage)!;
  const assumed = new Set(table.events.filter((event) => event.assumed).map((event) => event.event));
  const checks = protocolStage.deadlines.map((deadline, index): CheckAudit => {
    const check = row.checks[index]!;
    const due = parseLondonDateTime(check.due);
    const happened = deadline.measuredAt === 'start' ? times.start : times.end;
    const status = checkStatus(times.reached, skipped, happened, due, check.kind === 'aim');
    return {
      id: check.id,
      stage: protocolStage.stage,
      label: check.label,
      kind: check.kind,
      measuredAt: deadline.measuredAt,
      due: check.due,
      dueAssumed: check.events.some((event) => assumed.has(event)),
      ...(times.reached && happened !== undefined ? { happened: toIsoWithOffset(happened) } : {}),
      status,
      ...(status === 'missed' && happened !== undefined ? { late: measureLateness(due, happened, isHourRule(deadline.rule) ? 'hours' : 'working-days', calendar) } : {}),
    };
  });
  return {
    stage: protocolStage.stage,
    title: row.title,
    owner: row.owner,
    rule: row.rule,
    reached: times.reached,
    ...(times.reached && times.start !== undefined ? { started: toIsoWithOffset(times.start) } : {}),
    ...(times.reached && times.end !== undefined ? { ended: toIsoWithOffset(times.end) } : {}),
    checks,
  };
}

/**
 * Every stage of the protocol, measured: a stage with no event below the
 * highest one reached was skipped, one above it was not reached.
 *
 * @example
 * const stages = measureStages(protocol.stages, table, times, highestStageReached(times), calendar);
 * stages[0]?.checks[1]; // { id: '1.limit', status: 'missed', late: { text: '4 hours', … }, … }
 */
export function measureStages(
  protocolStages: readonly ProtocolStage[],
  table: DeadlineTable,
  times: StageTimesByNumber,
  highestStage: number,
  calendar: WorkingDayCalendar,
): StageAudit[] {
  return protocolStages.map((stage) => {
    const at = times.get(stage.stage)!;
    return measureStage(stage, table, at, !at.reached && stage.stage < highestStage, calendar);
  });
}
