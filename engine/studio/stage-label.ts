/**
 * How the studio names a stage: the protocol's number and title, as the
 * player's stage banner does ("Stage 2: Discuss with your line manager").
 * The map's lanes and the `stage={…}` completions use the same words, so an
 * author sees one name for one stage wherever the studio shows it.
 */
import { stageByNumber } from '../protocol/stage-by-number.js';
import type { Protocol } from '../protocol/protocol.schema.js';

/** What the studio reads of a protocol to name its stages. */
export type StageNaming = Pick<Protocol, 'name' | 'stages'>;

/**
 * The label of the lane for scenes before the process starts (stage 0: a
 * scene whose `stage` is missing or malformed, which a finding reports).
 */
export const BEFORE_THE_PROCESS = 'Before the process';

/**
 * A stage's label for the studio: the protocol's number and title; stage 0
 * is {@link BEFORE_THE_PROCESS}; a number the protocol lacks says so, rather
 * than inventing a title.
 *
 * @example
 * stageLabel(northYorkshireProtocol, 2); // 'Stage 2: Discuss with your line manager'
 * stageLabel(northYorkshireProtocol, 0); // 'Before the process'
 * stageLabel(exampleTemplateProtocol, 6); // 'Stage 6, which Example four-stage protocol (a template to adapt) does not have'
 */
export function stageLabel(protocol: StageNaming, stage: number): string {
  if (stage === 0) return BEFORE_THE_PROCESS;
  const found = stageByNumber(protocol, stage);
  return found === undefined ? `Stage ${stage}, which ${protocol.name} does not have` : `Stage ${found.stage}: ${found.title}`;
}
