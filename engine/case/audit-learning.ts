/**
 * The audit rule for the step after resolution: the outcome reported to the
 * learning subgroup the protocol names for the route, the right one, and
 * after the case was resolved.
 */
import { toIsoWithOffset } from '../calendar/london-time.js';
import { finding, type AuditContext } from './audit-context.js';
import type { AuditFinding, LearningAudit } from './case-audit.js';

/** Letters and digits only, lower case, so that subgroup names compare loosely. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** True when one subgroup name contains the other, loosely: "Learning and Review Subgroup" names the NYSAB one. */
function namesSameSubgroup(a: string, b: string): boolean {
  return normalise(a).includes(normalise(b)) || normalise(b).includes(normalise(a));
}

/**
 * The learning step and its findings, when the route names a learning subgroup.
 *
 * @example
 * auditLearning(context).learning; // { subgroup: 'NYSAB Learning and Review Subgroup', reported: true, at: '…', reportedTo: 'Learning and Review Subgroup', summary: '…' }
 */
export function auditLearning({ protocol, route, events, resolution }: Pick<AuditContext, 'protocol' | 'route' | 'events' | 'resolution'>): { learning?: LearningAudit; findings: AuditFinding[] } {
  const subgroup = typeof route.learningSubgroup === 'string' ? route.learningSubgroup : undefined;
  if (!subgroup) return { findings: [] };
  const findings: AuditFinding[] = [];
  const reported = events.find(({ event }) => event.kind === 'learning-reported');
  const reportedTo = reported?.event.subgroup;
  const learning = {
    subgroup,
    reported: reported !== undefined,
    ...(reported ? { at: toIsoWithOffset(reported.time) } : {}),
    ...(reportedTo ? { reportedTo } : {}),
    ...(protocol.followingResolution ? { summary: protocol.followingResolution.summary.replace('{learningSubgroup}', subgroup) } : {}),
  };
  if (!reported && resolution) {
    findings.push(finding('warning', 'learning-missing', `The outcome is not recorded as reported to the ${subgroup}, which considers whether local protocols need amending.`));
  }
  if (reportedTo && !namesSameSubgroup(subgroup, reportedTo)) {
    findings.push(finding('warning', 'learning-wrong-subgroup', `The learning was reported to "${reportedTo}", but for ${route.label} the protocol names the ${subgroup}.`, reported?.number));
  }
  if (reported && resolution && reported.time < resolution.time) {
    findings.push(finding('note', 'out-of-order', `The learning was reported (event ${reported.number}) before the case was resolved.`, reported.number));
  }
  return { learning, findings };
}
