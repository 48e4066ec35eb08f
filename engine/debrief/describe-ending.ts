/**
 * What an ending means for the disagreement, in one clause, for every
 * shell's debrief: where it was resolved and when the scenario ended,
 * saying each fact once.
 */

/**
 * The ending's outcome in words: "resolved at stage 3 on Thu 11 Feb 2027,
 * 12:00"; when the case had moved on by the end, "resolved at stage 3; the
 * scenario ended at stage 4 on …"; when never resolved, "not resolved; the
 * scenario ended at stage 1 on …".
 *
 * @example
 * describeEnding({ resolvedAt: 3, stage: 3 }, 'Thu 11 Feb 2027, 12:00'); // 'resolved at stage 3 on Thu 11 Feb 2027, 12:00'
 * describeEnding({ resolvedAt: undefined, stage: 1 }, 'Wed 10 Feb 2027, 17:00'); // 'not resolved; the scenario ended at stage 1 on Wed 10 Feb 2027, 17:00'
 */
export function describeEnding(ending: { resolvedAt: number | undefined; stage: number }, atLabel: string): string {
  if (ending.resolvedAt === undefined) return `not resolved; the scenario ended at stage ${ending.stage} on ${atLabel}`;
  if (ending.resolvedAt === ending.stage) return `resolved at stage ${ending.resolvedAt} on ${atLabel}`;
  return `resolved at stage ${ending.resolvedAt}; the scenario ended at stage ${ending.stage} on ${atLabel}`;
}
