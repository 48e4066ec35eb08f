/**
 * Shared helpers for the process tests: the built-in and fixture protocols,
 * and a compact way to run a list of events on a simulated clock.
 */
import { readFileSync } from 'node:fs';
import { resolveProtocol } from '../../../engine/protocol/built-in-protocols.js';
import type { Protocol } from '../../../engine/protocol/protocol.schema.js';
import { createProcessMachine, type ProcessMachineOptions } from '../../../engine/process/process.machine.js';
import { replayProcess } from '../../../engine/process/run-process.js';
import type { ProcessInputEvent } from '../../../engine/process/process-events.js';

/** North Yorkshire, as shipped. */
export const northYorkshire: Protocol = resolveProtocol('north-yorkshire');

/** The protocol engineer's fictional four-stage protocol. */
export function fourStageProtocol(): Protocol {
  const url = new URL('../../fixtures/protocol/four-stage.protocol.json', import.meta.url);
  return resolveProtocol(JSON.parse(readFileSync(url, 'utf8')), 'four-stage.protocol.json');
}

/** A machine for North Yorkshire with the given route and raised time. */
export function nyMachine(audience: 'child' | 'adult', raised: string, extra: Partial<ProcessMachineOptions> = {}) {
  return createProcessMachine({ protocol: northYorkshire, audience, raised, ...extra });
}

/** Builds `{ type, at }` events from `[type, at]` pairs. */
export function events(...pairs: Array<[ProcessInputEvent['type'], string]>): ProcessInputEvent[] {
  return pairs.map(([type, at]) => ({ type, at }) as ProcessInputEvent);
}

/** Runs `log` on a fresh actor and returns its final snapshot. */
export function run(machine: ReturnType<typeof createProcessMachine>, log: ProcessInputEvent[], now?: string) {
  return replayProcess(machine, log, now).actor.getSnapshot();
}

/** The event types of a whole child escalation from stage 1 to the panel's recommendations. */
export const fullLadder: Array<ProcessInputEvent['type']> = [
  'escalate', // 1 -> 2
  'stage.started',
  'escalate', // 2 -> 3
  'stage.started',
  'escalate', // 3 -> 4
  'stage.started',
  'escalate', // 4 -> 5
  'stage.started', // referral
  'escalate', // 5 -> 6
  'stage.started', // panel convened
  'escalate', // 6 -> 7
  'panel.met',
  'recommendations.made',
];

/** `start` plus `hours` elapsed hours, as an ISO instant in UTC. */
export function hoursAfter(start: string, hours: number): string {
  return new Date(Date.parse(start) + hours * 3_600_000).toISOString();
}
