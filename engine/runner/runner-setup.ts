/**
 * What a replay needs besides the session: the protocol the scenario names,
 * the raised time as an instant, and a process machine built from them. The
 * machine is a pure definition, so one is kept per scenario, protocol and
 * calendar and shared by every replay of that scenario.
 */
import { englandAndWalesCalendar } from '../calendar/england-and-wales-calendar.js';
import { parseLondonDateTime, toIsoWithOffset } from '../calendar/london-time.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { createProcessMachine, type ProcessMachine } from '../process/process.machine.js';
// The catalogue directly, not `resolveProtocol`: that one can also load a
// user's file through the schema, which the browser player must not download.
import { scenarioProtocol } from '../scenario/scenario-protocol.js';
import type { Protocol } from '../protocol/protocol.schema.js';
import type { Scenario } from '../scenario/scenario-model.js';
import type { RunnerOptions } from './runner-options.js';

/** The resolved inputs of a replay. */
export interface RunnerSetup {
  protocol: Protocol;
  calendar: WorkingDayCalendar;
  /** The protocol's route id. */
  audience: string;
  /** When the disagreement was raised, ISO with the London offset. */
  raised: string;
  /** The process machine for the stage ladder. */
  machine: ProcessMachine;
}

const cache = new WeakMap<Scenario, WeakMap<Protocol, WeakMap<WorkingDayCalendar, RunnerSetup>>>();

/**
 * Resolves protocol, calendar, raised time and process machine for a scenario.
 *
 * @throws {ProtocolError} when the scenario names a protocol that is not in the catalogue and none is given.
 * @example
 * const { machine, raised } = runnerSetup(scenario);
 */
export function runnerSetup(scenario: Scenario, options: RunnerOptions = {}): RunnerSetup {
  const protocol = options.protocol ?? scenarioProtocol(scenario, options.protocols);
  const calendar = options.calendar ?? englandAndWalesCalendar;
  let byProtocol = cache.get(scenario);
  if (byProtocol === undefined) {
    byProtocol = new WeakMap();
    cache.set(scenario, byProtocol);
  }
  let byCalendar = byProtocol.get(protocol);
  if (byCalendar === undefined) {
    byCalendar = new WeakMap();
    byProtocol.set(protocol, byCalendar);
  }
  const cached = byCalendar.get(calendar);
  if (cached !== undefined) return cached;
  const audience = scenario.frontmatter.audience;
  const raised = toIsoWithOffset(parseLondonDateTime(scenario.frontmatter.raised));
  const disputed = scenario.frontmatter.disputedDecision;
  const knownEvents: Record<string, string> = disputed === undefined ? {} : { disputedDecision: toIsoWithOffset(parseLondonDateTime(disputed)) };
  const machine = createProcessMachine({ protocol, audience, raised, calendar, knownEvents });
  const setup: RunnerSetup = { protocol, calendar, audience, raised, machine };
  byCalendar.set(calendar, setup);
  return setup;
}
