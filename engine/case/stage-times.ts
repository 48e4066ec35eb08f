/**
 * Where each stage of the protocol started and ended on a case's timeline,
 * read from the events of that stage: the moments every deadline of the
 * stage is measured at.
 */
import type { LondonTime } from '../calendar/london-time.js';
import type { Protocol } from '../protocol/protocol.schema.js';
import { earliest, latest, type TimedEvent } from './audit-context.js';
import { concludesStage, stageOfEventKind, type CaseEventKinds } from './case-event-kinds.js';

/** Where one stage started and ended on the timeline. */
export interface StageTimes {
  /** True when the timeline has an event of the stage; always for the first stage. */
  reached: boolean;
  start?: LondonTime;
  end?: LondonTime;
}

/** Each stage's times by its number, in the protocol's order. */
export type StageTimesByNumber = ReadonlyMap<number, StageTimes>;

/**
 * The times of every stage, by number, in the protocol's order. The first
 * stage starts when the disagreement was raised; a later one at its first
 * event.
 *
 * @example
 * const times = stageTimesOf(protocol, kinds, raised, events, resolution);
 * times.get(1); // { reached: true, start: raised, end: the stage 1 discussion's conclusion }
 */
export function stageTimesOf(
  protocol: Protocol,
  kinds: CaseEventKinds,
  raised: LondonTime,
  events: readonly TimedEvent[],
  resolution: TimedEvent | undefined,
): StageTimesByNumber {
  const ofStage = (stage: number) => events.filter(({ event }) => stageOfEventKind(kinds, event.kind) === stage);
  const reachedStages = protocol.stages.map(({ stage }) => ofStage(stage).length > 0);
  const times = protocol.stages.map(({ stage }, index): [number, StageTimes] => {
    const own = ofStage(stage);
    // The process begins at the first stage when the disagreement is raised, recorded or not.
    const first = index === 0;
    const reached = first || own.length > 0;
    const start = first ? raised : earliest(own.map(({ time }) => time));
    const higherReached = reachedStages.slice(index + 1).some(Boolean);
    const concluding = latest(own.filter(({ event }) => concludesStage(kinds, event.kind)).map(({ time }) => time));
    const resolvedHere = resolution && resolution.event.stage === stage ? resolution.time : undefined;
    // A stage ends at its concluding event, else at its resolution, else (when
    // the case moved on) at its last recorded step: the discussion that did
    // not settle it.
    const end = concluding ?? resolvedHere ?? (higherReached ? latest(own.map(({ time }) => time)) : undefined);
    return [stage, { reached, ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) }];
  });
  return new Map(times);
}

/**
 * The number of the highest stage the timeline reached (the first stage when no other was).
 *
 * @example
 * highestStageReached(stageTimesOf(protocol, kinds, raised, events, resolution)); // 4
 */
export function highestStageReached(times: StageTimesByNumber): number {
  return Math.max(...[...times].filter(([, at]) => at.reached).map(([stage]) => stage));
}
