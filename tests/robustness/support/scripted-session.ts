/**
 * A scripted solo session for the kill test: the longest path through a
 * bundled scenario as the lines a person types in plain mode (for each
 * reflection or record, `r` to ask for it and then its line; then the
 * choice number), and the session steps the engine expects those lines to
 * produce. A step is made by the last of its lines, so `firstLine` says
 * where each step's lines begin.
 */
import { readFileSync } from 'node:fs';
import { choose, continueSession, startSession, writeResponse } from '../../../engine/runner/session-moves.js';
import { enumeratePaths } from '../../../engine/runner/enumerate-paths.js';
import { viewSession } from '../../../engine/runner/view-session.js';
import type { Session, SessionStep } from '../../../engine/runner/session.js';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';
import type { Scenario } from '../../../engine/scenario/scenario-model.js';

/** The typed lines and the steps they make. */
export interface ScriptedSession {
  scenario: Scenario;
  lines: string[];
  steps: SessionStep[];
  /** Where the lines of step i begin (one more entry than steps: the last is `lines.length`); step i is made once line `firstLine[i + 1] - 1` is answered. */
  firstLine: number[];
}

/**
 * How many steps are made once the first `answered` lines of the script
 * have been answered (a step is made by the last of its lines).
 *
 * @example
 * stepsMadeBy(script, 0); // 0
 */
export function stepsMadeBy(script: ScriptedSession, answered: number): number {
  let steps = 0;
  while (steps < script.steps.length && script.firstLine[steps + 1]! <= answered) steps += 1;
  return steps;
}

/** A step without the wall-clock stamp the shell adds, for comparison. */
export function withoutStamp(step: SessionStep): SessionStep {
  const { recordedAt: _recordedAt, ...rest } = step as SessionStep & { recordedAt?: string };
  return rest as SessionStep;
}

/**
 * Builds the script for the longest path of a bundled scenario (of those
 * found among the first 5,000).
 *
 * @example
 * const script = scriptLongestPath(new URL('../../scenarios/conference-refused.mdx', import.meta.url));
 */
export function scriptLongestPath(file: URL, options: { choicesOnly?: boolean } = {}): ScriptedSession {
  const { scenario } = parseScenario(readFileSync(file, 'utf8'), file.pathname);
  if (!scenario) throw new Error(`${file.pathname} does not parse.`);
  // `choicesOnly`: a path with no narrative steps, for a test that plays by choice numbers alone.
  const paths = enumeratePaths(scenario, { limit: 5_000 }).paths.filter((candidate) => !options.choicesOnly || candidate.steps.every((step) => step.type === 'choose'));
  if (paths.length === 0) throw new Error(`${file.pathname} has no path${options.choicesOnly ? ' made of choices alone' : ''}.`);
  const path = paths.reduce((longest, candidate) => (candidate.steps.length > longest.steps.length ? candidate : longest));
  let session: Session = startSession(scenario);
  const lines: string[] = [];
  const firstLine: number[] = [];
  for (const step of path.steps) {
    const view = viewSession(scenario, session);
    if (view.node.kind !== 'scene') throw new Error('The path ended early.');
    // Each prompt of the scene is written when asked for: `r` (the first not yet written), then its one line.
    for (const prompt of view.node.prompts.filter((entry) => entry.text === '')) {
      const text = `Note ${lines.length + 1} for ${prompt.id}`;
      firstLine.push(lines.length);
      lines.push('r', text);
      session = writeResponse(scenario, session, prompt.id, text);
    }
    firstLine.push(lines.length);
    if (step.type === 'continue') {
      lines.push('1');
      session = continueSession(scenario, session);
    } else {
      const number = view.node.choices.find((choice) => choice.id === step.choiceId)?.number;
      if (number === undefined) throw new Error(`Choice ${step.choiceId} is not offered.`);
      lines.push(String(number));
      session = choose(scenario, session, step.choiceId);
    }
  }
  if (!viewSession(scenario, session).finished) throw new Error('The scripted path does not finish.');
  firstLine.push(lines.length);
  return { scenario, lines, steps: session.steps.map(withoutStamp), firstLine };
}
