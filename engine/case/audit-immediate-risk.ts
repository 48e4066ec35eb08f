/**
 * The audit rule for immediate risk of harm: the override of every
 * timescale, noted each time the timeline records the risk, with the
 * deadline that was still open then.
 */
import { formatLondon, formatLondonIso, parseLondonDateTime, toIsoWithOffset } from '../calendar/london-time.js';
import { finding, type AuditContext } from './audit-context.js';
import type { AuditFinding, ImmediateRiskAudit } from './case-audit.js';

/**
 * The moments immediate risk was noted, and a note for each.
 *
 * @example
 * auditImmediateRisk(context).immediateRisk; // [{ at: '2026-11-05T11:00:00.000+00:00', by: 'Primary school (referring agency)' }]
 */
export function auditImmediateRisk({ caseFile, events, checks }: Pick<AuditContext, 'caseFile' | 'events' | 'checks'>): { immediateRisk: ImmediateRiskAudit[]; findings: AuditFinding[] } {
  const agencyRole = (id: string | undefined) => caseFile.agencies.find((agency) => agency.id === id)?.role;
  const risks = events.filter(({ event }) => event.kind === 'immediate-risk');
  const findings = risks.map((risk) => {
    const open = checks.filter((check) => check.kind === 'deadline' && check.status !== 'not-reached' && parseLondonDateTime(check.due) > risk.time && (!check.happened || parseLondonDateTime(check.happened) > risk.time));
    const next = open[0];
    return finding(
      'note',
      'immediate-risk',
      `Immediate risk of harm was noted ${formatLondon(risk.time)}${risk.event.by ? ` by the ${agencyRole(risk.event.by)}` : ''}: the designated safeguarding lead is told at once and safeguarding procedures are followed.${next ? ` The ${next.id} deadline (${formatLondonIso(next.due)}) was still open; timescales are maximums, never a reason to wait.` : ''}`,
      risk.number,
    );
  });
  const immediateRisk = risks.map(({ event, time }) => ({
    at: toIsoWithOffset(time),
    ...(event.by ? { by: agencyRole(event.by) ?? event.by } : {}),
    ...(event.summary ? { summary: event.summary } : {}),
  }));
  return { immediateRisk, findings };
}
