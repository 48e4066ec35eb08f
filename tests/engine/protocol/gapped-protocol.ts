/**
 * Test helper: the fictional four-stage protocol, and the same protocol with
 * its stages numbered 1, 2, 4, 5. The schema accepts the gap; only
 * `checkProtocolReferences` asks a protocol file for 1, 2, 3…, so the engine
 * itself must find stages by number, never by position.
 */
import fourStage from '../../fixtures/protocol/four-stage.protocol.json';
import { loadProtocol } from '../../../engine/protocol/load-protocol.js';
import { ProtocolSchema, type Protocol } from '../../../engine/protocol/protocol.schema.js';

/** The gapped protocol's number for each stage of the four-stage one. */
export const GAPPED_NUMBER: Readonly<Record<number, number>> = { 1: 1, 2: 2, 3: 4, 4: 5 };

const renumber = (stage: number): number => GAPPED_NUMBER[stage] ?? stage;

/** The four-stage protocol as its file is: stages 1 to 4. */
export function consecutiveProtocol(): Protocol {
  return loadProtocol(fourStage, 'four-stage.protocol.json');
}

/**
 * The four-stage protocol with stages numbered 1, 2, 4, 5 and every stage
 * reference (`assumeAt`, `requiresUnresolved`) renumbered to match, checked
 * by the schema alone.
 */
export function gappedProtocol(): Protocol {
  const protocol = consecutiveProtocol();
  return ProtocolSchema().parse({
    ...protocol,
    events: Object.fromEntries(
      Object.entries(protocol.events).map(([name, event]) => [
        name,
        event.assumeAt === undefined ? event : { ...event, assumeAt: { ...event.assumeAt, stage: renumber(event.assumeAt.stage) } },
      ]),
    ),
    stages: protocol.stages.map((stage) => ({
      ...stage,
      stage: renumber(stage.stage),
      ...(stage.requiresUnresolved === undefined ? {} : { requiresUnresolved: stage.requiresUnresolved.map(renumber) }),
    })),
  });
}

/** A check id of the four-stage protocol (`3.review`) under the gapped numbering (`4.review`). */
export function gappedCheckId(checkId: string): string {
  const [stage = '', id = ''] = checkId.split('.');
  return `${renumber(Number(stage))}.${id}`;
}
