/**
 * A scenario whose scenes and endings are read only when something first
 * asks for them. The start menu shows seventeen titles and reads each
 * model's frontmatter alone; reading and parsing every scene of every
 * scenario for it was a tenth of the terminal app's start (issue 20).
 */
import type { Scenario } from '../engine/runtime.js';

/** The parts of a scenario kept apart from its head: most of its size. */
export type ScenarioBody = Pick<Scenario, 'scenes' | 'endings'>;

/** Everything of a scenario but its body. */
export type ScenarioHead = Omit<Scenario, keyof ScenarioBody>;

/**
 * The scenario `head` with `scenes` and `endings` that call `readBody` once,
 * on first use, and give its answer ever after. They are enumerable, so a
 * spread or a deep comparison sees a whole scenario (and reads the body).
 *
 * @example
 * const scenario = scenarioWithBodyOnDemand(head, () => JSON.parse(readFileSync(bodyFile, 'utf8')));
 * scenario.frontmatter.title; // no file read
 * scenario.scenes; // read now, once
 */
export function scenarioWithBodyOnDemand(head: ScenarioHead, readBody: () => ScenarioBody): Scenario {
  let body: ScenarioBody | undefined;
  const once = (): ScenarioBody => (body ??= readBody());
  const scenario = { ...head } as Scenario;
  Object.defineProperties(scenario, {
    scenes: { get: () => once().scenes, enumerable: true },
    endings: { get: () => once().endings, enumerable: true },
  });
  return scenario;
}
