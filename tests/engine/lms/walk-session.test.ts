import { describe, expect, it } from 'vitest';
import { choose, RunnerError, startSession, viewSession } from '../../../engine/index.js';
import { walkSession } from '../../../engine/lms/walk-session.js';
import { enumeratePaths } from '../../../engine/runner/enumerate-paths.js';
import { bundled } from './bundled-scenarios.js';

const scenario = bundled('closing-too-soon');

describe('walkSession', () => {
  it('reaches the node a replay reaches, and names the scene of each step', () => {
    for (const path of enumeratePaths(scenario, { limit: 20 }).paths) {
      const session = { ...startSession(scenario), steps: path.steps };
      const walk = walkSession(scenario, session.steps);
      expect(walk.node.id).toBe(viewSession(scenario, session).node.id);
      expect(walk.steps.map((step) => step.scene.id)).toEqual(path.nodes.slice(0, -1));
    }
  });

  it('refuses a step the scene graph does not allow, as the replay would', () => {
    const start = startSession(scenario);
    expect(() => walkSession(scenario, [{ type: 'choose', choiceId: 'nope' }])).toThrow(RunnerError);
    expect(() => walkSession(scenario, [{ type: 'continue' }])).toThrow(/nothing to continue/);
    expect(() => walkSession(scenario, [{ type: 'write', promptId: 'call-record', text: '' }])).toThrow(/no reflection or record/);
    const ended = enumeratePaths(scenario).paths[0]!.steps;
    expect(() => walkSession(scenario, [...ended, { type: 'continue' }])).toThrow(/after the ending/);
    expect(walkSession(scenario, choose(scenario, start, 'ask-for-time-tomorrow').steps).node.id).toBe(scenario.scenes['cin-review']!.choices.find((c) => c.id === 'ask-for-time-tomorrow')!.to);
  });
});
