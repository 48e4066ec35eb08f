/**
 * Finding a protocol's stages by their numbers. A stage's number is its
 * `stage` field, never its position in `stages`: code that walks from one
 * stage to the next asks here for the stage that follows in the protocol's
 * order instead of adding 1, so it keeps working for any numbering.
 * (`checkProtocolReferences` is the one place that requires 1, 2, 3… for
 * protocol files.)
 */
import type { Protocol, ProtocolStage } from './protocol.schema.js';

/** What these look-ups read of a protocol. */
type Stages = Pick<Protocol, 'stages'>;

/**
 * The stage numbered `stage`, wherever it sits in the list.
 *
 * @example
 * stageByNumber(northYorkshireProtocol, 5)?.title; // 'Refer to the NYSCP chair or the NYSAB manager'
 * stageByNumber(northYorkshireProtocol, 8); // undefined
 */
export function stageByNumber(protocol: Stages, stage: number): ProtocolStage | undefined {
  return protocol.stages.find((candidate) => candidate.stage === stage);
}

/**
 * The stage that follows stage `stage` in the protocol's order; `undefined`
 * after the last stage, or when there is no stage of that number.
 *
 * @example
 * stageAfter({ stages: [one, two, four] }, 2)?.stage; // 4
 * stageAfter({ stages: [one, two, four] }, 4); // undefined
 */
export function stageAfter(protocol: Stages, stage: number): ProtocolStage | undefined {
  const index = protocol.stages.findIndex((candidate) => candidate.stage === stage);
  return index < 0 ? undefined : protocol.stages[index + 1];
}

/**
 * The stage that comes before stage `stage` in the protocol's order;
 * `undefined` for the first stage, or when there is no stage of that number.
 *
 * @example
 * stageBefore({ stages: [one, two, four] }, 4)?.stage; // 2
 * stageBefore({ stages: [one, two, four] }, 1); // undefined
 */
export function stageBefore(protocol: Stages, stage: number): ProtocolStage | undefined {
  const index = protocol.stages.findIndex((candidate) => candidate.stage === stage);
  return index < 1 ? undefined : protocol.stages[index - 1];
}

/**
 * The stage numbers a protocol has, for a hint: a run by its ends, numbers
 * with gaps one by one.
 *
 * @example
 * stageNumbersChoice(northYorkshireProtocol); // 'a stage from 1 to 7'
 * stageNumbersChoice({ stages: [one, two, four] }); // 'one of stages 1, 2, 4'
 */
export function stageNumbersChoice(protocol: Stages): string {
  const numbers = protocol.stages.map(({ stage }) => stage);
  const run = numbers.every((number, index) => number === numbers[0]! + index);
  return run ? `a stage from ${numbers[0]} to ${numbers.at(-1)}` : `one of stages ${numbers.join(', ')}`;
}
