/**
 * Random play-throughs for property tests: a plan of picks played against a
 * scenario's scene graph, with writing (and rewriting) at the prompts on the
 * way and an occasional wait. Built from the scenario data directly, not
 * with the engine's moves (each of which replays the whole session), and
 * checked by replaying once in the tests.
 */
import fc from 'fast-check';
import type { Scenario, Session } from '../../../engine/index.js';
import type { SessionStep } from '../../../engine/runner/session.js';
import { SESSION_FORMAT_VERSION } from '../../../engine/runner/session.js';
import { scenarioDigest } from '../../../engine/runner/scenario-digest.js';
import { sceneWayOn } from '../../../engine/scenario/scene-way-on.js';

/** One scene's worth of a plan. */
export interface PlanStep {
  /** Picks the choice (modulo the number on offer). */
  pick: number;
  /** Writes before moving on: a prompt pick and the text. */
  writes: { prompt: number; text: string }[];
  /** A wait before moving on, if any. */
  wait: string | undefined;
}

/** Durations the scenario format reads. */
export const WAITS = ['30m', '2h', '1 day', '3 working days', '1 week', 'next working day at 09:00'] as const;

/** A plan of up to `maxLength` scenes, with text from `text`. */
export function plans(text: fc.Arbitrary<string>, maxLength = 25): fc.Arbitrary<PlanStep[]> {
  return fc.array(
    fc.record({
      pick: fc.nat(),
      writes: fc.array(fc.record({ prompt: fc.nat(), text }), { maxLength: 3 }),
      wait: fc.option(fc.constantFrom(...WAITS), { nil: undefined, freq: 6 }),
    }),
    { maxLength },
  );
}

/** A seed, or none (the file's order). */
export const seeds = fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), { nil: undefined });

/** The session a plan plays to: it stops at an ending or when the plan runs out. */
export function playPlan(scenario: Scenario, seed: string | undefined, plan: readonly PlanStep[]): Session {
  const steps: SessionStep[] = [];
  let id = scenario.start;
  for (const { pick, writes, wait } of plan) {
    const scene = scenario.scenes[id];
    if (scene === undefined) break;
    const prompts = [...scene.reflects, ...scene.records];
    for (const write of writes) if (prompts.length > 0) steps.push({ type: 'write', promptId: prompts[write.prompt % prompts.length]!.id, text: write.text, recordedAt: '2026-01-05T09:00:00Z' });
    if (wait !== undefined) steps.push({ type: 'wait', duration: wait });
    const wayOn = sceneWayOn(scene);
    if (wayOn !== undefined) {
      steps.push({ type: 'continue', recordedAt: '2026-01-05T09:01:00Z' });
      id = wayOn.to;
    } else {
      const choice = scene.choices[pick % scene.choices.length]!;
      steps.push({ type: 'choose', choiceId: choice.id, recordedAt: '2026-01-05T09:02:00Z' });
      id = choice.to;
    }
  }
  return { formatVersion: SESSION_FORMAT_VERSION, scenarioId: scenario.id, scenarioDigest: scenarioDigest(scenario), ...(seed === undefined ? {} : { seed }), steps };
}

/** The moves of a session (no writing), without wall-clock stamps. */
export function movesOf(session: Session): SessionStep[] {
  return session.steps.filter((step) => step.type !== 'write').map(({ recordedAt: _stamp, ...step }) => step);
}
