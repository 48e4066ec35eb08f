/**
 * The audit rule for steps the timeline lacks: a later stage reached without
 * an earlier one (the process moves up one stage at a time), and a meeting
 * stage's outcome recorded without the meeting itself.
 */
import { finding, stageName, type AuditContext } from './audit-context.js';
import type { AuditFinding } from './case-audit.js';
import { concludesStage, stageOfEventKind } from './case-event-kinds.js';

/**
 * The missing-step findings: skipped stages in stage order, then meetings
 * not recorded.
 *
 * @example
 * auditMissingSteps(context)[0]?.message;
 * // 'stage 3 (designated safeguarding lead to …) has no recorded event, but the case reached stage 5: the process moves up one stage at a time.'
 */
export function auditMissingSteps({ protocol, kinds, events, stages, highestStage }: Pick<AuditContext, 'protocol' | 'kinds' | 'events' | 'stages' | 'highestStage'>): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const [first, ...later] = stages;
  // The first stage always counts as reached (it starts when the disagreement
  // is raised), so the question for it is whether it was really held.
  if (first) {
    const hasFirst = events.some(({ event }) => stageOfEventKind(kinds, event.kind) === first.stage);
    if (!hasFirst && highestStage > first.stage) findings.push(finding('problem', 'missing-step', `There is no stage ${first.stage} discussion on the timeline, but the case reached stage ${highestStage}: the practitioners should first try to settle it between themselves.`));
  }
  for (const stage of later) {
    if (!stage.reached && stage.stage < highestStage) {
      findings.push(finding('problem', 'missing-step', `${stageName(stage)} has no recorded event, but the case reached stage ${highestStage}: the process moves up one stage at a time.`));
    }
  }
  // A meeting stage's concluding event (the panel's recommendations) needs the meeting itself.
  for (const stage of protocol.stages.filter((candidate) => candidate.meetingBy !== undefined)) {
    const own = events.filter(({ event }) => stageOfEventKind(kinds, event.kind) === stage.stage);
    const concluding = own.find(({ event }) => concludesStage(kinds, event.kind));
    const meetingKind = stage.caseEvents?.find((kind) => !kind.concludes);
    if (concluding && !own.some(({ event }) => !concludesStage(kinds, event.kind))) {
      const what = kinds.get(concluding.event.kind)?.label ?? concluding.event.kind;
      findings.push(finding('problem', 'missing-step', `${what} ${what.endsWith('s') ? 'are' : 'is'} recorded (event ${concluding.number}) but no ${(meetingKind?.label ?? `stage ${stage.stage} step`).toLowerCase()} is.`, concluding.number));
    }
  }
  return findings;
}
