/**
 * The case audit: a real timeline measured against the protocol. Every due
 * time comes from `computeDeadlines`, fed the case's own event times so that
 * later deadlines follow from what really happened earlier; lateness is
 * counted with the working-day calendar. Pure: the case file comes in parsed.
 */
import { countWorkingDaysBetween } from '../calendar/count-working-days-between.js';
import { englandAndWalesCalendar } from '../calendar/england-and-wales-calendar.js';
import { formatLondon, formatLondonLongDate, parseLondonDateTime, type LondonTime, toIsoDate, toIsoWithOffset } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { computeDeadlines } from '../protocol/compute-deadlines.js';
import { ProtocolError } from '../protocol/protocol-error.js';
import { protocolById, type ProtocolCatalogue } from '../protocol/protocol-catalogue.js';
import type { DeadlineTable, SkippedDay } from '../protocol/deadline-table.js';
import type { Protocol, ProtocolStage, Rule } from '../protocol/protocol.schema.js';
import type { AuditFinding, CaseAudit, CheckAudit, CheckStatus, Lateness, StageAudit } from './case-audit.js';
import { CaseFileError } from './case-error.js';
import { caseEventKindsOf, concludesStage, protocolEventOfKind, stageOfEventKind, type CaseEventKinds } from './case-event-kinds.js';
import type { CaseEvent, CaseFile } from './case-file.schema.js';

/** Options for {@link auditCase}. */
export interface AuditCaseOptions {
  /** The protocol to audit against; the one the case names, looked up in `protocols`, when left out. */
  protocol?: Protocol;
  /** The protocols known by id; the built-in ones when left out. */
  protocols?: ProtocolCatalogue;
  /** Working days; England and Wales when left out. */
  calendar?: WorkingDayCalendar;
  /** The case file's name, carried into the audit and any error. */
  file?: string;
}

/** A case event with its parsed time and its place in the file. */
interface TimedEvent {
  event: CaseEvent;
  time: LondonTime;
  /** 1-based position in the file's `events` list. */
  number: number;
}

const SEVERITY_ORDER = { problem: 0, warning: 1, note: 2 } as const;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Elapsed minutes in words: `4 hours`, `1 hour 30 minutes`, `45 minutes`. */
function minutesInWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return plural(rest, 'minute');
  return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}

/** True when a rule counts elapsed hours (every term is `hoursAfter`). */
function isHourRule(rule: Rule): boolean {
  if ('hoursAfter' in rule) return true;
  if ('earliest' in rule) return rule.earliest.every(isHourRule);
  return false;
}

function lateness(due: LondonTime, happened: LondonTime, unit: Lateness['unit'], calendar: WorkingDayCalendar): Lateness {
  const minutes = Math.max(1, Math.ceil((happened - due) / 60_000));
  const workingDays = countWorkingDaysBetween(toIsoDate(due), toIsoDate(happened), { calendar });
  // A day-based deadline missed without a further working day passing (late
  // the same evening, or on a weekend) is still late: say by how long.
  const text = unit === 'working-days' && workingDays > 0 ? plural(workingDays, 'working day') : minutesInWords(minutes);
  return { unit, workingDays, minutes, text };
}

function earliest(times: LondonTime[]): LondonTime | undefined {
  return times.reduce<LondonTime | undefined>((best, time) => (best === undefined || time < best ? time : best), undefined);
}

function latest(times: LondonTime[]): LondonTime | undefined {
  return times.reduce<LondonTime | undefined>((best, time) => (best === undefined || time > best ? time : best), undefined);
}

/** Where each stage started and ended on the timeline. */
interface StageTimes {
  reached: boolean;
  start?: LondonTime;
  end?: LondonTime;
}

function stageTimes(protocol: Protocol, kinds: CaseEventKinds, raised: LondonTime, events: TimedEvent[], resolution: TimedEvent | undefined): StageTimes[] {
  const ofStage = (stage: number) => events.filter(({ event }) => stageOfEventKind(kinds, event.kind) === stage);
  const reachedStages = protocol.stages.map(({ stage }) => ofStage(stage).length > 0);
  return protocol.stages.map(({ stage }, index) => {
    const own = ofStage(stage);
    const reached = stage === 1 || own.length > 0;
    const start = stage === 1 ? raised : earliest(own.map(({ time }) => time));
    const higherReached = reachedStages.slice(index + 1).some(Boolean);
    const concluding = latest(own.filter(({ event }) => concludesStage(kinds, event.kind)).map(({ time }) => time));
    const resolvedHere = resolution && resolution.event.stage === stage ? resolution.time : undefined;
    // A stage ends at its concluding event, else at its resolution, else (when
    // the case moved on) at its last recorded step: the discussion that did
    // not settle it.
    const end = concluding ?? resolvedHere ?? (higherReached ? latest(own.map(({ time }) => time)) : undefined);
    return { reached, ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
  });
}

/**
 * The protocol's event times the timeline gives: each event a deadline is
 * assumed at is the start or end of that deadline's stage, as the deadline
 * measures it (stage 1 concluded = stage 1's end; the stage 5 referral = stage
 * 5's start; and so on). Read from the protocol, not hard-coded.
 */
function protocolEventTimes(protocol: Protocol, kinds: CaseEventKinds, times: StageTimes[], events: readonly TimedEvent[]): Array<[string, LondonTime]> {
  const out: Array<[string, LondonTime]> = [];
  // Events the timeline gives directly (the disputed decision), when the protocol has them; the first of each counts.
  for (const { event, time } of events) {
    const name = protocolEventOfKind(kinds, event.kind);
    if (name !== undefined && Object.hasOwn(protocol.events, name) && !out.some(([known]) => known === name)) out.push([name, time]);
  }
  for (const [name, definition] of Object.entries(protocol.events)) {
    if (!definition.assumeAt) continue;
    const stageIndex = definition.assumeAt.stage - 1;
    const deadline = protocol.stages[stageIndex]?.deadlines.find((d) => d.id === definition.assumeAt?.deadline);
    const at = times[stageIndex];
    if (!deadline || !at?.reached) continue;
    const time = deadline.measuredAt === 'start' ? at.start : at.end;
    if (time !== undefined) out.push([name, time]);
  }
  return out;
}

/**
 * Computes the deadline table with as many real event times as the protocol
 * accepts: an event out of order (say a referral before the discussion it
 * follows) is left out and assumed instead, and the audit reports the order.
 */
function tableFor(caseFile: CaseFile, protocol: Protocol, calendar: WorkingDayCalendar, times: Array<[string, LondonTime]>): DeadlineTable {
  const base = {
    protocol,
    audience: caseFile.audience,
    raised: caseFile.raised,
    calendar,
    ...(caseFile.safetyBy !== undefined ? { safetyBy: caseFile.safetyBy } : {}),
  };
  let kept: Record<string, string> = {};
  let table = computeDeadlines({ ...base, events: kept });
  for (const [name, time] of times) {
    const trial = { ...kept, [name]: toIsoWithOffset(time) };
    try {
      table = computeDeadlines({ ...base, events: trial });
      kept = trial;
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
    }
  }
  return table;
}

function checkStatus(reached: boolean, skipped: boolean, happened: LondonTime | undefined, due: LondonTime, aim: boolean): CheckStatus {
  if (!reached) return skipped ? 'skipped' : 'not-reached';
  if (happened === undefined) return 'not-recorded';
  if (happened <= due) return 'met';
  // An aim is one end of a window ("24 to 96 hrs"): passing it is never a miss.
  return aim ? 'after-aim' : 'missed';
}

function auditStage(
  protocolStage: ProtocolStage,
  table: DeadlineTable,
  times: StageTimes,
  skipped: boolean,
  calendar: WorkingDayCalendar,
): StageAudit {
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
      ...(status === 'missed' && happened !== undefined ? { late: lateness(due, happened, isHourRule(deadline.rule) ? 'hours' : 'working-days', calendar) } : {}),
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

function protocolSourceTimescale(protocol: Protocol, stage: number): string {
  return protocol.stages.find((candidate) => candidate.stage === stage)?.source.timescale.replace(/\.$/, '') ?? '';
}

function stageName(stage: StageAudit): string {
  return `stage ${stage.stage} (${stage.title.charAt(0).toLowerCase()}${stage.title.slice(1)})`;
}

function citationOf(protocol: Protocol): string {
  const { title, publisher, kind, updated, section } = protocol.source;
  const date = updated ? `, updated ${formatLondonLongDate(parseLondonDateTime(updated))}` : '';
  return `${publisher}, "${title}"${kind ? ` (${kind.toLowerCase()}${date})` : date}${section ? `, section "${section}"` : ''}.`;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Audits a case timeline against its protocol: for each stage when it
 * happened, when it was due (computed from the case's real earlier events)
 * and whether it was on time or late by how many working days or hours;
 * missing and out-of-order steps; the overall cap on the panel stages; the
 * learning-subgroup step; and immediate risk.
 *
 * @throws {CaseFileError} when the case names an unknown protocol or audience.
 * @example
 * const audit = auditCase(readCaseFile(text, file), { file });
 * audit.deadlinesMet; // false when any deadline was missed
 * audit.checks.find((check) => check.id === '5.referral')?.late?.text; // '2 working days'
 */
export function auditCase(caseFile: CaseFile, options: AuditCaseOptions = {}): CaseAudit {
  const file = options.file;
  const calendar = options.calendar ?? englandAndWalesCalendar;
  let protocol: Protocol;
  try {
    protocol = options.protocol ?? protocolById(caseFile.protocol, options.protocols);
    if (!Object.hasOwn(protocol.routes, caseFile.audience)) {
      throw new ProtocolError(`"${caseFile.audience}" is not an audience of ${protocol.name}.`, `Use one of: ${Object.keys(protocol.routes).join(', ')}.`);
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw new CaseFileError(error.message, { file: file ?? 'case file', hint: error.hint });
    throw error;
  }
  const route = protocol.routes[caseFile.audience]!;
  const kinds = caseEventKindsOf(protocol);
  const raised = parseLondonDateTime(caseFile.raised);
  const events: TimedEvent[] = caseFile.events
    .map((event, index) => ({ event, time: parseLondonDateTime(event.at), number: index + 1 }))
    .sort((a, b) => a.time - b.time || a.number - b.number);
  const agencyRole = (id: string | undefined) => caseFile.agencies.find((agency) => agency.id === id)?.role;
  const findings: AuditFinding[] = [];
  const add = (severity: AuditFinding['severity'], code: AuditFinding['code'], message: string, event?: number) =>
    findings.push({ severity, code, message, ...(event !== undefined ? { event } : {}) });

  const resolutions = events.filter(({ event }) => event.kind === 'resolved');
  const resolution = resolutions[0];
  const times = stageTimes(protocol, kinds, raised, events, resolution);
  const table = tableFor(caseFile, protocol, calendar, protocolEventTimes(protocol, kinds, times, events));
  const highestStage = Math.max(...protocol.stages.filter((_, index) => times[index]?.reached).map(({ stage }) => stage));
  const stages = protocol.stages.map((stage, index) =>
    auditStage(stage, table, times[index]!, !times[index]!.reached && stage.stage < highestStage, calendar),
  );
  const checks = stages.flatMap((stage) => stage.checks);

  // Deadlines.
  for (const check of checks) {
    const stage = stages[check.stage - 1]!;
    const when = check.happened ? formatLondon(parseLondonDateTime(check.happened)) : '';
    const due = formatLondon(parseLondonDateTime(check.due));
    if (check.status === 'missed') {
      add('problem', 'deadline-missed', `${check.id} ${check.label}: due ${due}${check.dueAssumed ? ' (assumed)' : ''}, happened ${when}, ${check.late?.text} late.`);
    } else if (check.status === 'after-aim') {
      add('note', 'after-aim', `${check.id} ${check.label}: ${stageName(stage)} ended ${when}, after the aim (${due}). The guidance gives a window ("${protocolSourceTimescale(protocol, check.stage)}"), so this is not a missed deadline; only the stage's limit can be missed.`);
    } else if (check.status === 'not-recorded' && check.kind === 'deadline') {
      add('warning', 'not-recorded', `${check.id} ${check.label}: ${stageName(stage)} was reached, but the timeline does not record when it ${check.measuredAt === 'start' ? 'started' : 'ended'}, so the deadline (${due}) cannot be checked.`);
    }
  }

  // Missing steps: a later stage happened without an earlier one.
  for (const stage of stages) {
    if (stage.stage === 1) {
      const hasStage1 = events.some(({ event }) => stageOfEventKind(kinds, event.kind) === 1);
      if (!hasStage1 && highestStage > 1) add('problem', 'missing-step', `There is no stage 1 discussion on the timeline, but the case reached stage ${highestStage}: the practitioners should first try to settle it between themselves.`);
    } else if (!stage.reached && stage.stage < highestStage) {
      add('problem', 'missing-step', `${stageName(stage)} has no recorded event, but the case reached stage ${highestStage}: the process moves up one stage at a time.`);
    }
  }
  // A meeting stage's concluding event (the panel's recommendations) needs the meeting itself.
  for (const stage of protocol.stages.filter((candidate) => candidate.meetingBy !== undefined)) {
    const own = events.filter(({ event }) => stageOfEventKind(kinds, event.kind) === stage.stage);
    const concluding = own.find(({ event }) => concludesStage(kinds, event.kind));
    const meetingKind = stage.caseEvents?.find((kind) => !kind.concludes);
    if (concluding && !own.some(({ event }) => !concludesStage(kinds, event.kind))) {
      const what = kinds.get(concluding.event.kind)?.label ?? concluding.event.kind;
      add('problem', 'missing-step', `${what} ${what.endsWith('s') ? 'are' : 'is'} recorded (event ${concluding.number}) but no ${(meetingKind?.label ?? `stage ${stage.stage} step`).toLowerCase()} is.`, concluding.number);
    }
  }

  // Order: nothing before raised; stages start in order; no stage ends before it starts.
  for (const { event, time, number } of events) {
    const precedes = protocol.events[protocolEventOfKind(kinds, event.kind) ?? '']?.mayPrecedeRaised === true;
    if (time < raised && !precedes) add('problem', 'before-raised', `Event ${number} (${event.kind}, ${formatLondon(time)}) is before the disagreement was raised (${formatLondon(raised)}).`, number);
  }
  const reachedStages = stages.filter((stage) => stage.reached && stage.started);
  for (let index = 1; index < reachedStages.length; index += 1) {
    const earlier = reachedStages[index - 1]!;
    const later = reachedStages[index]!;
    if (parseLondonDateTime(later.started!) < parseLondonDateTime(earlier.started!)) {
      add('problem', 'out-of-order', `${stageName(later)} started (${formatLondon(parseLondonDateTime(later.started!))}) before ${stageName(earlier)} (${formatLondon(parseLondonDateTime(earlier.started!))}).`);
    }
  }
  for (const stage of stages) {
    if (stage.started && stage.ended && parseLondonDateTime(stage.ended) < parseLondonDateTime(stage.started) && stage.stage > 1) {
      add('problem', 'out-of-order', `${stageName(stage)} is recorded as ending (${formatLondon(parseLondonDateTime(stage.ended))}) before it started (${formatLondon(parseLondonDateTime(stage.started))}).`);
    }
  }

  // Resolution.
  if (!resolution) {
    add('warning', 'not-resolved', `The timeline does not record a resolution; the case reached stage ${highestStage}.`);
  } else {
    const resolvedStage = resolution.event.stage!;
    if (resolutions.length > 1) add('note', 'resolution-stage', `The timeline records ${resolutions.length} resolutions; the first (event ${resolution.number}) is used.`, resolution.number);
    const reachedByThen = Math.max(1, ...events.filter(({ time, event }) => time <= resolution.time && stageOfEventKind(kinds, event.kind) !== undefined).map(({ event }) => stageOfEventKind(kinds, event.kind)!));
    if (resolvedStage !== reachedByThen) {
      add('warning', 'resolution-stage', `The case is recorded as resolved at stage ${resolvedStage}, but by then the timeline had reached stage ${reachedByThen}.`, resolution.number);
    }
    for (const { event, time, number } of events) {
      if (time > resolution.time && stageOfEventKind(kinds, event.kind) !== undefined) {
        add('problem', 'after-resolution', `Event ${number} (${event.kind}, ${formatLondon(time)}) comes after the case was resolved (${formatLondon(resolution.time)}).`, number);
      }
    }
  }

  // The cap: the panel is convened and meets within N working days of raised.
  const capStage = protocol.stages.find((stage) => stage.meetingBy !== undefined);
  const capCheck = capStage ? checks.find((check) => check.id === `${capStage.stage}.${capStage.meetingBy}`) : undefined;
  const panelStages = capStage ? stages.filter((stage) => stage.stage >= capStage.stage - 1 && stage.stage <= capStage.stage && stage.reached) : [];
  let cap: CaseAudit['cap'];
  if (capCheck && panelStages.length > 0) {
    const capDue = parseLondonDateTime(capCheck.due);
    const panelTimes = panelStages.flatMap((stage) => (stage.started ? [parseLondonDateTime(stage.started)] : []));
    const last = latest(panelTimes);
    const workingDays = countWorkingDaysBetween(toIsoDate(raised), toIsoDate(capDue), { calendar });
    const kept = panelTimes.every((time) => time <= capDue);
    cap = { workingDays, due: capCheck.due, kept, ...(last !== undefined ? { latest: toIsoWithOffset(last) } : {}) };
    if (!kept) {
      add('problem', 'cap-exceeded', `The panel steps went past the cap of ${workingDays} working days from raised (${formatLondon(capDue)}); the last was ${formatLondon(last!)}, ${lateness(capDue, last!, 'working-days', calendar).text} late.`);
    }
  }

  // Learning: reported to the right subgroup for the route.
  let learning: CaseAudit['learning'];
  const subgroup = typeof route.learningSubgroup === 'string' ? route.learningSubgroup : undefined;
  if (subgroup) {
    const reported = events.find(({ event }) => event.kind === 'learning-reported');
    const reportedTo = reported?.event.subgroup;
    learning = {
      subgroup,
      reported: reported !== undefined,
      ...(reported ? { at: toIsoWithOffset(reported.time) } : {}),
      ...(reportedTo ? { reportedTo } : {}),
      ...(protocol.followingResolution ? { summary: protocol.followingResolution.summary.replace('{learningSubgroup}', subgroup) } : {}),
    };
    if (!reported && resolution) {
      add('warning', 'learning-missing', `The outcome is not recorded as reported to the ${subgroup}, which considers whether local protocols need amending.`);
    }
    if (reportedTo && !normalise(subgroup).includes(normalise(reportedTo)) && !normalise(reportedTo).includes(normalise(subgroup))) {
      add('warning', 'learning-wrong-subgroup', `The learning was reported to "${reportedTo}", but for ${route.label} the protocol names the ${subgroup}.`, reported?.number);
    }
    if (reported && resolution && reported.time < resolution.time) {
      add('note', 'out-of-order', `The learning was reported (event ${reported.number}) before the case was resolved.`, reported.number);
    }
  }

  // Immediate risk: the override, and which deadlines were still open then.
  const risks = events.filter(({ event }) => event.kind === 'immediate-risk');
  for (const risk of risks) {
    const open = checks.filter((check) => check.kind === 'deadline' && check.status !== 'not-reached' && parseLondonDateTime(check.due) > risk.time && (!check.happened || parseLondonDateTime(check.happened) > risk.time));
    const next = open[0];
    add(
      'note',
      'immediate-risk',
      `Immediate risk of harm was noted ${formatLondon(risk.time)}${risk.event.by ? ` by the ${agencyRole(risk.event.by)}` : ''}: the designated safeguarding lead is told at once and safeguarding procedures are followed.${next ? ` The ${next.id} deadline (${formatLondon(parseLondonDateTime(next.due))}) was still open; timescales are maximums, never a reason to wait.` : ''}`,
      risk.number,
    );
  }

  const holidays = new Map<string, SkippedDay>();
  for (const row of table.stages) {
    if (!times[row.stage - 1]?.reached) continue;
    for (const day of row.skipped) if (day.reason !== 'weekend') holidays.set(day.date, day);
  }
  const counted = checks.filter((check) => check.kind === 'deadline' && check.status !== 'not-reached');
  const met = counted.filter((check) => check.status === 'met').map((check) => check.id);
  const missed = counted.filter((check) => check.status !== 'met').map((check) => check.id);
  const title = caseFile.title ?? `${route.label} case raised ${formatLondon(raised)}`;
  return {
    ...(file !== undefined ? { file } : {}),
    title,
    protocol: { id: protocol.id, name: protocol.name, citation: citationOf(protocol) },
    audience: caseFile.audience,
    audienceLabel: route.label,
    raised: toIsoWithOffset(raised),
    ...(caseFile.safetyBy !== undefined ? { safetyBy: toIsoWithOffset(parseLondonDateTime(caseFile.safetyBy)) } : {}),
    highestStage,
    ...(resolution ? { resolution: { stage: resolution.event.stage!, at: toIsoWithOffset(resolution.time) } } : {}),
    stages,
    checks,
    met,
    missed,
    deadlinesMet: missed.length === 0,
    ...(cap ? { cap } : {}),
    ...(learning ? { learning } : {}),
    immediateRisk: risks.map(({ event, time }) => ({
      at: toIsoWithOffset(time),
      ...(event.by ? { by: agencyRole(event.by) ?? event.by } : {}),
      ...(event.summary ? { summary: event.summary } : {}),
    })),
    ...(protocol.immediateRisk ? { immediateRiskRule: protocol.immediateRisk.summary } : {}),
    holidays: [...holidays.values()].sort((a, b) => a.date.localeCompare(b.date)),
    findings: findings
      .map((finding, index) => ({ finding, index }))
      .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
      .map(({ finding }) => finding),
  };
}
