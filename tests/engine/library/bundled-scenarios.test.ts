import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource, formatFinding, libraryReport, libraryReportMarkdown, parsePlan, runPlan, startSession, type Scenario } from '../../../engine/index.js';
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

    it('passes validate --strict: no findings at all, lints and the personal-data guard included', () => {
      const { findings } = checkScenarioSource(readFileSync(`${repositoryRoot}scenarios/${name}`, 'utf8'), `scenarios/${name}`);
      expect(findings.map(formatFinding)).toEqual([]);
    });

    it('has 10 to 30 scenes and at least three endings', () => {
      const scenes = Object.keys(scenario.scenes).length;
      expect(scenes).toBeGreaterThanOrEqual(10);
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
      // Every ending the walk found is a real one; the test plan is what must reach them all (below).
      for (const path of paths) expect(Object.keys(scenario.endings)).toContain(path.ending);
    });

    it('passes every route of its test plan', () => {
      const planFile = `scenarios/${name.replace(/\.mdx$/, '.plan.yaml')}`;
      const { plan, findings } = parsePlan(readFileSync(`${repositoryRoot}${planFile}`, 'utf8'), planFile);
      expect(findings.map(formatFinding)).toEqual([]);
      const failures = runPlan(scenario, plan!).routes.flatMap((route) => route.failures.map(formatFinding));
      expect(failures).toEqual([]);
      // The plan reaches every ending.
      const planned = new Set(plan!.routes.map((route) => route.expect.ending));
      expect(Object.keys(scenario.endings).filter((ending) => !planned.has(ending))).toEqual([]);
    });
  });
});

describe('what the bundled library covers (library report)', () => {
  const scenarios = files.map((name) => loadScenario(`scenarios/${name}`));
  const report = libraryReport(scenarios);
  const northYorkshire = ['north-yorkshire/child', 'north-yorkshire/adult'];

  it("teaches each of the guidance's seven triggers on both of North Yorkshire's routes", () => {
    expect(report.triggers).toHaveLength(7);
    const gaps = report.triggers.flatMap((trigger) => northYorkshire.filter((route) => (report.coverage[trigger.id]?.[route] ?? []).length === 0).map((route) => `${trigger.id} on ${route}`));
    expect(gaps).toEqual([]);
  });

  it('reaches stages 6 and 7 in at least four scenarios', () => {
    const both = report.rows.filter((row) => row.protocol === 'north-yorkshire' && row.stages.includes(6) && row.stages.includes(7));
    expect(both.length).toBeGreaterThanOrEqual(4);
  });

  it('gives nothing away by length: the recommended label is the longest about as often as chance would have it', () => {
    const decisions = report.rows.reduce((sum, row) => sum + row.lengths.decisions, 0);
    const longest = report.rows.reduce((sum, row) => sum + row.lengths.recommendedLongest, 0);
    const chance = report.rows.reduce((sum, row) => sum + row.lengths.byChance, 0);
    expect(decisions).toBeGreaterThan(100);
    // Within a fifth of chance either way: more is a tell, and so is never.
    expect(longest).toBeLessThanOrEqual(chance * 1.2);
    expect(longest).toBeGreaterThanOrEqual(chance * 0.6);
  });

  it('has immediate risk on both routes', () => {
    for (const route of northYorkshire) expect(report.immediateRiskByRoute[route]?.length ?? 0, route).toBeGreaterThan(0);
  });

  it("is what scenarios/README.md shows, between its library-report markers", () => {
    const readme = readFileSync(`${repositoryRoot}scenarios/README.md`, 'utf8');
    const block = /<!-- library-report:start -->\n([\s\S]*?)<!-- library-report:end -->/.exec(readme)?.[1];
    expect(block, 'run `npm run --silent cli -- library report` and paste its output between the markers').toBe(`${libraryReportMarkdown(report)}\n`);
  });
});
