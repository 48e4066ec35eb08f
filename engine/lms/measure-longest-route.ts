/**
 * How close a scenario comes to SCORM 1.2's 4,096-character suspend data:
 * the longest save over every route through it (`enumeratePaths`), with a
 * reflection written at every prompt on the route.
 *
 * The assumptions, so the number means something:
 * - A typical reflection is 300 characters of ordinary English prose (a
 *   sentence or two with commas, full stops, apostrophes and a line
 *   break), which escapes to 324. A character outside ASCII costs three
 *   per UTF-8 byte (`’` 9, Greek or Arabic letters 6, Chinese 9, an emoji
 *   12), so a learner who writes much more, or in another script, reaches
 *   the limit sooner: that is what `moves-only` is for.
 * - Every prompt on the route is written, once (rewrites keep only the
 *   latest text, so they cost nothing extra).
 * - Routes never visit a scene twice, as `enumeratePaths` walks them; a
 *   learner going round a loop, or waiting, makes a longer save.
 * - The seed is 16 characters, as `seedFromRandom` makes them.
 */
import { enumeratePaths } from '../runner/enumerate-paths.js';
import type { Session, SessionStep } from '../runner/session.js';
import { SESSION_FORMAT_VERSION } from '../runner/session.js';
import type { Scenario } from '../scenario/scenario-model.js';
import { encodeSuspendData, SUSPEND_DATA_LIMIT, type SuspendDataKept } from './suspend-data.js';
import { promptsOf } from './walk-session.js';

/** The length of a typical reflection, in characters. */
export const TYPICAL_REFLECTION_CHARS = 300;

const SAMPLE_PROSE =
  "I didn't phone the social worker straight away because I wasn't sure it met the threshold. " +
  "Next time I'll ring first, then put it in writing, and ask my manager for a view if we still disagree.\n";

/**
 * A stand-in reflection of ordinary English prose, `chars` long.
 *
 * @example
 * typicalReflection(40); // "I didn't phone the social worker straigh"
 */
export function typicalReflection(chars: number = TYPICAL_REFLECTION_CHARS): string {
  return SAMPLE_PROSE.repeat(Math.ceil(chars / SAMPLE_PROSE.length)).slice(0, chars);
}

/** The longest save of a scenario's routes. */
export interface LongestRoute {
  /** Characters of suspend data for the route, every prompt filled; may exceed the limit (then `kept` says what a save keeps). */
  chars: number;
  /** Characters of the same route's save without the writing. */
  movesOnlyChars: number;
  /** Moves (choices and continues) on the route. */
  pathLength: number;
  /** Prompts written on the route. */
  prompts: number;
  /** The ending it reaches. */
  ending: string;
  /** What {@link encodeSuspendData} would keep of it. */
  kept: SuspendDataKept;
  /** The longest save of any route without writing (it may be another route). */
  longestMovesOnly: { chars: number; pathLength: number };
  /** Routes measured. */
  routes: number;
  /** True when there were more routes than the limit: the answer is then a lower bound. */
  truncated: boolean;
}

/** Options of {@link measureLongestRoute}. */
export interface MeasureOptions {
  /** What every prompt is filled with; {@link typicalReflection} of 300 characters when left out. */
  reflection?: string;
  /** The most routes to walk (default 200 000). */
  limit?: number;
}

const SEED = '0123456789abcdef';

/**
 * The longest suspend data over the scenario's routes, with a typical
 * reflection at every prompt (see the module comment for the assumptions).
 *
 * @example
 * const longest = measureLongestRoute(scenario);
 * longest.chars <= SUSPEND_DATA_LIMIT; // true: resume keeps the reflections too
 */
export function measureLongestRoute(scenario: Scenario, options: MeasureOptions = {}): LongestRoute {
  const reflection = options.reflection ?? typicalReflection();
  const { paths, truncated } = enumeratePaths(scenario, { limit: options.limit ?? 200_000 });
  const session = (steps: SessionStep[]): Session => ({ formatVersion: SESSION_FORMAT_VERSION, scenarioId: scenario.id, scenarioDigest: '', seed: SEED, steps });
  const lengthOf = (steps: SessionStep[]) => encodeSuspendData(scenario, session(steps), { limit: Infinity }).text.length;
  let longest: Omit<LongestRoute, 'longestMovesOnly' | 'routes' | 'truncated' | 'kept'> | undefined;
  let longestMovesOnly = { chars: 0, pathLength: 0 };
  for (const path of paths) {
    const withWriting: SessionStep[] = [];
    let prompts = 0;
    path.steps.forEach((step, index) => {
      const scene = scenario.scenes[path.nodes[index]!];
      for (const prompt of scene === undefined ? [] : promptsOf(scene)) {
        withWriting.push({ type: 'write', promptId: prompt.id, text: reflection });
        prompts += 1;
      }
      withWriting.push(step);
    });
    const chars = lengthOf(withWriting);
    const movesOnlyChars = lengthOf(path.steps);
    if (longest === undefined || chars > longest.chars) longest = { chars, movesOnlyChars, pathLength: path.steps.length, prompts, ending: path.ending };
    if (movesOnlyChars > longestMovesOnly.chars) longestMovesOnly = { chars: movesOnlyChars, pathLength: path.steps.length };
  }
  const route = longest ?? { chars: 0, movesOnlyChars: 0, pathLength: 0, prompts: 0, ending: '' };
  const kept: SuspendDataKept = route.chars <= SUSPEND_DATA_LIMIT ? 'everything' : route.movesOnlyChars <= SUSPEND_DATA_LIMIT ? 'moves-only' : 'too-long';
  return { ...route, kept, longestMovesOnly, routes: paths.length, truncated };
}
