import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFinding, parsePlan, runPlan, startSession, type Scenario } from '../../../engine/index.js';
import { enumeratePaths } from '../../../engine/runner/enumerate-paths.js';
import { replaySession } from '../../../engine/runner/replay-session.js';
import { validateScenario } from '../../../engine/scenario/validate-scenario.js';
import { loadScenario, repositoryRoot } from '../runner/load-fixture.js';

// Paths grow fast with branching; beyond this many a scenario is checked on
// an evenly spread sample, which still covers every ending the walk found.
const PATH_LIMIT = 400;

const files = readdirSync(`${repositoryRoot}scenarios`)
  .filter((name) => name.endsWith('.mdx'))
  .sort();

describe('the bundled scenario library', () => {
  it('has scenarios to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(files)('%s', (name) => {
    const scenario: Scenario = loadScenario(`scenarios/${name}`);

    it('validates with no errors', () => {
      const errors = validateScenario(scenario).filter((finding) => finding.severity === 'error');
      expect(errors.map(formatFinding)).toEqual([]);
    });

    it('has 12 to 30 scenes and at least three endings', () => {
      const scenes = Object.keys(scenario.scenes).length;
      expect(scenes).toBeGreaterThanOrEqual(12);
      expect(scenes).toBeLessThanOrEqual(30);
      expect(Object.keys(scenario.endings).length).toBeGreaterThanOrEqual(3);
    });

    it('plays every path from the start to an ending', () => {
      const { paths, truncated } = enumeratePaths(scenario, { limit: PATH_LIMIT });
      expect(paths.length).toBeGreaterThan(0);
      const stride = truncated ? Math.ceil(paths.length / 100) : 1;
      for (const [index, path] of paths.entries()) {
        if (index % stride !== 0) continue;
        const play = replaySession(scenario, { ...startSession(scenario), steps: path.steps });
        expect(play.node.kind, `path ${path.nodes.join(' > ')}`).toBe('ending');
        expect(play.node.id).toBe(path.ending);
      }
      // Every ending can be reached by some path.
      expect(new Set(paths.map((path) => path.ending)).size).toBe(Object.keys(scenario.endings).length);
    });

    it('passes every route of its test plan', () => {
      const planFile = `scenarios/${name.replace(/\.mdx$/, '.plan.yaml')}`;
      const { plan, findings } = parsePlan(readFileSync(`${repositoryRoot}${planFile}`, 'utf8'), planFile);
      expect(findings.map(formatFinding)).toEqual([]);
      const failures = runPlan(scenario, plan!).routes.flatMap((route) => route.failures.map(formatFinding));
      expect(failures).toEqual([]);
    });
  });
});
