/**
 * A short, stable fingerprint of a scenario's structure, stored in a saved
 * session so that resuming it can notice the scenario has changed since.
 */
import { fnv1a } from '../kernel/fnv1a.js';
import type { Scenario } from '../scenario/scenario-model.js';

/**
 * A 16-hex-digit digest of what decides how a session replays: the raised
 * time (and disputed decision), audience, protocol, start, and every scene's stage, flags, events
 * (times and targets), prompts and choices (ids, targets, times, flags), and
 * every ending's resolution and stage. Wording does not count, so fixing a
 * typo in the narrative does not disturb saved sessions.
 *
 * @example
 * scenarioDigest(scenario); // e.g. '9f3a0c1de2b47a55'
 */
export function scenarioDigest(scenario: Scenario): string {
  const { frontmatter } = scenario;
  const structure = {
    raised: frontmatter.raised,
    // Left out when absent, so the digest of every scenario without one is unchanged.
    ...(frontmatter.disputedDecision !== undefined ? { disputedDecision: frontmatter.disputedDecision } : {}),
    audience: frontmatter.audience,
    protocol: frontmatter.protocol,
    start: scenario.start,
    nodes: scenario.order.map((id) => {
      const scene = scenario.scenes[id];
      if (scene !== undefined) {
        return [
          'scene',
          id,
          scene.stage,
          scene.immediateRisk,
          scene.capacity ?? '',
          scene.events.map((event) => [event.afterText ?? '', event.to ?? '']),
          [...scene.reflects, ...scene.records].map((prompt) => prompt.id),
          scene.choices.map((choice) => [choice.id, choice.to, choice.afterText ?? '', choice.recommended, choice.mistake]),
          // Left out when absent, so the digest of a scenario without <Continue> is unchanged.
          ...(scene.next ? [['continue', scene.next.to, scene.next.afterText ?? '']] : []),
        ];
      }
      const ending = scenario.endings[id];
      return ['ending', id, ending?.resolvedAt ?? null, ending?.stage ?? null];
    }),
  };
  const text = JSON.stringify(structure);
  const hex = (value: number) => value.toString(16).padStart(8, '0');
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x01000193 ^ 0x5bd1e995));
}
