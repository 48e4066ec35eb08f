/**
 * The sentence the page says about sending statements, or null while all
 * is well: what is waiting and why, what the store refused (and that it was
 * dropped, not retried), a broken cmi5 launch. Said in words a learner can
 * pass on to whoever runs their learning platform.
 */
import type { SenderStatus } from './statement-sender.js';

const statements = (count: number) => `${count} ${count === 1 ? 'record' : 'records'}`;

/**
 * The notice, with whether it is a warning.
 * @example
 * xapiNotice({ queued: 3, rejected: null, problem: { kind: 'unreachable', detail: 'no answer' }, durable: true }, null);
 * // { text: '3 records of your progress are waiting to be sent to the learning record store, which cannot be reached just now (no answer). They are kept in this browser and sent when it can be.', warning: false }
 */
export function xapiNotice(status: SenderStatus | null, brokenLaunch: string | null): { text: string; warning: boolean } | null {
  const parts: string[] = [];
  let warning = false;
  if (brokenLaunch) {
    parts.push(`The learning platform’s cmi5 launch could not be used (${brokenLaunch}).`);
    warning = true;
  }
  if (status?.rejected) {
    parts.push(`The learning record store refused ${statements(status.rejected.count)} of your progress (error ${status.rejected.status}${status.rejected.detail ? `: ${status.rejected.detail}` : ''}); they were not sent again.`);
    warning = true;
  }
  if (status && status.queued > 0 && status.problem) {
    const kept = status.durable ? 'They are kept in this browser and sent when it can be.' : 'This browser will not keep them, so they are sent only if it can be reached before you close this page.';
    const why =
      status.problem.kind === 'refused'
        ? `which refused this package’s access (error ${status.problem.status}${status.problem.detail ? `: ${status.problem.detail}` : ''})`
        : status.problem.kind === 'no-credentials'
          ? `because the learning platform gave no access to it (${status.problem.detail})`
          : `which cannot be reached just now (${status.problem.detail})`;
    parts.push(`${statements(status.queued)} of your progress ${status.queued === 1 ? 'is' : 'are'} waiting to be sent to the learning record store, ${why}. ${kept}`);
    warning ||= status.problem.kind !== 'unreachable';
  }
  return parts.length === 0 ? null : { text: parts.join(' '), warning };
}
