/**
 * The audit rule for each stage's own deadlines: a deadline missed, an aim
 * passed (a note, since the guidance gives a window), and a reached stage
 * whose measured moment the timeline does not record.
 */
import { formatLondonIso } from '../calendar/london-time.js';
import type { Protocol } from '../protocol/protocol.schema.js';
import { stageByNumber } from '../protocol/stage-by-number.js';
import { finding, stageName, type AuditContext } from './audit-context.js';
import type { AuditFinding } from './case-audit.js';

/** The source's timescale for a stage, without its closing full stop. */
function sourceTimescale(protocol: Protocol, stage: number): string {
  return stageByNumber(protocol, stage)?.source.timescale.replace(/\.$/, '') ?? '';
}

/**
 * The findings on the stage deadlines, in check order.
 *
 * @example
 * auditStageDeadlines(context)[0]?.message;
 * // '1.limit Resolve at the latest: due Fri 19 Mar 2027, 10:00, happened Fri 19 Mar 2027, 14:00, 4 hours late.'
 */
export function auditStageDeadlines({ protocol, stages }: Pick<AuditContext, 'protocol' | 'stages'>): AuditFinding[] {
  const findings: AuditFinding[] = [];
  // Stage by stage, each stage's checks in order: the order of the audit's `checks`.
  for (const stage of stages) {
    for (const check of stage.checks) {
      const when = check.happened ? formatLondonIso(check.happened) : '';
      const due = formatLondonIso(check.due);
      if (check.status === 'missed') {
        findings.push(finding('problem', 'deadline-missed', `${check.id} ${check.label}: due ${due}${check.dueAssumed ? ' (assumed)' : ''}, happened ${when}, ${check.late?.text} late.`));
      } else if (check.status === 'after-aim') {
        findings.push(finding('note', 'after-aim', `${check.id} ${check.label}: ${stageName(stage)} ended ${when}, after the aim (${due}). The guidance gives a window ("${sourceTimescale(protocol, check.stage)}"), so this is not a missed deadline; only the stage's limit can be missed.`));
      } else if (check.status === 'not-recorded' && check.kind === 'deadline') {
        findings.push(finding('warning', 'not-recorded', `${check.id} ${check.label}: ${stageName(stage)} was reached, but the timeline does not record when it ${check.measuredAt === 'start' ? 'started' : 'ended'}, so the deadline (${due}) cannot be checked.`));
      }
    }
  }
  return findings;
}
