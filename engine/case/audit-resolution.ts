/**
 * The audit rule for the resolution: whether one is recorded, whether it
 * names the stage the timeline had reached by then, and whether any step of
 * the process came after it.
 */
import { formatLondon } from '../calendar/london-time.js';
import { finding, type AuditContext } from './audit-context.js';
import type { AuditFinding } from './case-audit.js';
import { stageOfEventKind } from './case-event-kinds.js';

/**
 * The resolution findings.
 *
 * @example
 * auditResolution(context)[0]?.message;
 * // 'The case is recorded as resolved at stage 3, but by then the timeline had reached stage 4.'
 */
export function auditResolution({ kinds, events, stages, resolutions, resolution, highestStage }: Pick<AuditContext, 'kinds' | 'events' | 'stages' | 'resolutions' | 'resolution' | 'highestStage'>): AuditFinding[] {
  if (!resolution) return [finding('warning', 'not-resolved', `The timeline does not record a resolution; the case reached stage ${highestStage}.`)];
  const findings: AuditFinding[] = [];
  const resolvedStage = resolution.event.stage!;
  if (resolutions.length > 1) findings.push(finding('note', 'resolution-stage', `The timeline records ${resolutions.length} resolutions; the first (event ${resolution.number}) is used.`, resolution.number));
  // The first stage is under way from the moment the disagreement is raised, recorded or not.
  const firstStage = stages[0]!.stage;
  const reachedByThen = Math.max(firstStage, ...events.filter(({ time, event }) => time <= resolution.time && stageOfEventKind(kinds, event.kind) !== undefined).map(({ event }) => stageOfEventKind(kinds, event.kind)!));
  if (resolvedStage !== reachedByThen) {
    findings.push(finding('warning', 'resolution-stage', `The case is recorded as resolved at stage ${resolvedStage}, but by then the timeline had reached stage ${reachedByThen}.`, resolution.number));
  }
  for (const { event, time, number } of events) {
    if (time > resolution.time && stageOfEventKind(kinds, event.kind) !== undefined) {
      findings.push(finding('problem', 'after-resolution', `Event ${number} (${event.kind}, ${formatLondon(time)}) comes after the case was resolved (${formatLondon(resolution.time)}).`, number));
    }
  }
  return findings;
}
