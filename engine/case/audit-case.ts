/**
 * The case audit: a real timeline measured against the protocol. Every due
 * time comes from `computeDeadlines`, fed the case's own event times so that
 * later deadlines follow from what really happened earlier; lateness is
 * counted with the working-day calendar. Each family of rules lives in its
 * own `audit-*.ts` module; this one measures the stages and puts the rules'
 * answers together. Pure: the case file comes in parsed.
 */
import { englandAndWalesCalendar } from '../calendar/england-and-wales-calendar.js';
import { formatLondon, formatLondonLongDate, parseLondonDateTime, toIsoWithOffset } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { ProtocolError } from '../protocol/protocol-error.js';
import { protocolById, type ProtocolCatalogue } from '../protocol/protocol-catalogue.js';
import type { Protocol } from '../protocol/protocol.schema.js';
import type { AuditContext, TimedEvent } from './audit-context.js';
import { auditImmediateRisk } from './audit-immediate-risk.js';
import { auditLearning } from './audit-learning.js';
import { auditMissingSteps } from './audit-missing-steps.js';
import { auditPanelCap } from './audit-panel-cap.js';
import { auditResolution } from './audit-resolution.js';
import { auditStageDeadlines } from './audit-stage-deadlines.js';
import { auditTimelineOrder } from './audit-timeline-order.js';
import { caseDeadlineTable, holidaysOfReachedStages } from './case-deadline-table.js';
import type { AuditFinding, CaseAudit } from './case-audit.js';
import { CaseFileError } from './case-error.js';
import { caseEventKindsOf } from './case-event-kinds.js';
import type { CaseFile } from './case-file.schema.js';
import { measureStages } from './measure-stages.js';
import { highestStageReached, stageTimesOf } from './stage-times.js';

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

const SEVERITY_ORDER = { problem: 0, warning: 1, note: 2 } as const;

/** The protocol the case is audited against, with an unknown protocol or audience reported as a case file error. */
function protocolOfCase(caseFile: CaseFile, options: AuditCaseOptions): Protocol {
  try {
    const protocol = options.protocol ?? protocolById(caseFile.protocol, options.protocols);
    if (!Object.hasOwn(protocol.routes, caseFile.audience)) {
      throw new ProtocolError(`"${caseFile.audience}" is not an audience of ${protocol.name}.`, `Use one of: ${Object.keys(protocol.routes).join(', ')}.`);
    }
    return protocol;
  } catch (error) {
    if (error instanceof ProtocolError) throw new CaseFileError(error.message, { file: options.file ?? 'case file', hint: error.hint });
    throw error;
  }
}

function citationOf(protocol: Protocol): string {
  const { title, publisher, kind, updated, section } = protocol.source;
  const date = updated ? `, updated ${formatLondonLongDate(parseLondonDateTime(updated))}` : '';
  return `${publisher}, "${title}"${kind ? ` (${kind.toLowerCase()}${date})` : date}${section ? `, section "${section}"` : ''}.`;
}

/** Problems first, then warnings, then notes; each rule's own order kept within a severity. */
function bySeverity(findings: readonly AuditFinding[]): AuditFinding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
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
 * audit.timelineInOrder; // false when a step comes before raised or before the stage it follows
 * audit.checks.find((check) => check.id === '5.referral')?.late?.text; // '2 working days'
 */
export function auditCase(caseFile: CaseFile, options: AuditCaseOptions = {}): CaseAudit {
  const file = options.file;
  const calendar = options.calendar ?? englandAndWalesCalendar;
  const protocol = protocolOfCase(caseFile, options);
  const route = protocol.routes[caseFile.audience]!;
  const kinds = caseEventKindsOf(protocol);
  const raised = parseLondonDateTime(caseFile.raised);
  const events: TimedEvent[] = caseFile.events
    .map((event, index) => ({ event, time: parseLondonDateTime(event.at), number: index + 1 }))
    .sort((a, b) => a.time - b.time || a.number - b.number);
  const resolutions = events.filter(({ event }) => event.kind === 'resolved');
  const resolution = resolutions[0];

  const times = stageTimesOf(protocol, kinds, raised, events, resolution);
  const table = caseDeadlineTable(caseFile, protocol, calendar, kinds, times, events);
  const highestStage = highestStageReached(times);
  const stages = measureStages(protocol.stages, table, times, highestStage, calendar);
  const checks = stages.flatMap((stage) => stage.checks);
  const context: AuditContext = { caseFile, protocol, route, kinds, calendar, raised, events, resolutions, resolution, stages, checks, highestStage };

  const { cap, findings: capFindings } = auditPanelCap(context);
  const { learning, findings: learningFindings } = auditLearning(context);
  const { immediateRisk, findings: riskFindings } = auditImmediateRisk(context);
  // The rules' order is the findings' order within each severity.
  const orderFindings = auditTimelineOrder(context);
  const findings = [
    ...auditStageDeadlines(context),
    ...auditMissingSteps(context),
    ...orderFindings,
    ...auditResolution(context),
    ...capFindings,
    ...learningFindings,
    ...riskFindings,
  ];

  const counted = checks.filter((check) => check.kind === 'deadline' && check.status !== 'not-reached');
  const met = counted.filter((check) => check.status === 'met').map((check) => check.id);
  const missed = counted.filter((check) => check.status !== 'met').map((check) => check.id);
  return {
    ...(file !== undefined ? { file } : {}),
    title: caseFile.title ?? `${route.label} case raised ${formatLondon(raised)}`,
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
    timelineInOrder: orderFindings.length === 0,
    ...(cap ? { cap } : {}),
    ...(learning ? { learning } : {}),
    immediateRisk,
    ...(protocol.immediateRisk ? { immediateRiskRule: protocol.immediateRisk.summary } : {}),
    holidays: holidaysOfReachedStages(table, times),
    findings: bySeverity(findings),
  };
}
