/**
 * The audit rule for the order of the timeline: nothing before the
 * disagreement was raised (unless the protocol lets that event precede it),
 * stages starting in the order of the process, and no stage ending before it
 * started.
 */
import { formatLondon, formatLondonIso, parseLondonDateTime } from '../calendar/london-time.js';
import { finding, stageName, type AuditContext } from './audit-context.js';
import type { AuditFinding } from './case-audit.js';
import { protocolEventOfKind } from './case-event-kinds.js';

/**
 * The ordering findings: events before raised in time order, then stages
 * started out of order, then stages that end before they start.
 *
 * @example
 * auditTimelineOrder(context)[0]?.message;
 * // 'Event 1 (stage1-discussion, Fri 12 Mar 2027, 09:00) is before the disagreement was raised (Mon 15 Mar 2027, 10:00).'
 */
export function auditTimelineOrder({ protocol, kinds, raised, events, stages }: Pick<AuditContext, 'protocol' | 'kinds' | 'raised' | 'events' | 'stages'>): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (const { event, time, number } of events) {
    const precedes = protocol.events[protocolEventOfKind(kinds, event.kind) ?? '']?.mayPrecedeRaised === true;
    if (time < raised && !precedes) findings.push(finding('problem', 'before-raised', `Event ${number} (${event.kind}, ${formatLondon(time)}) is before the disagreement was raised (${formatLondon(raised)}).`, number));
  }
  const reachedStages = stages.filter((stage) => stage.reached && stage.started);
  for (let index = 1; index < reachedStages.length; index += 1) {
    const earlier = reachedStages[index - 1]!;
    const later = reachedStages[index]!;
    if (parseLondonDateTime(later.started!) < parseLondonDateTime(earlier.started!)) {
      findings.push(finding('problem', 'out-of-order', `${stageName(later)} started (${formatLondonIso(later.started!)}) before ${stageName(earlier)} (${formatLondonIso(earlier.started!)}).`));
    }
  }
  // The first stage starts when the disagreement is raised, so a first stage
  // "ending" before that is an event before raised, reported above.
  for (const stage of stages.slice(1)) {
    if (stage.started && stage.ended && parseLondonDateTime(stage.ended) < parseLondonDateTime(stage.started)) {
      findings.push(finding('problem', 'out-of-order', `${stageName(stage)} is recorded as ending (${formatLondonIso(stage.ended)}) before it started (${formatLondonIso(stage.started)}).`));
    }
  }
  return findings;
}
