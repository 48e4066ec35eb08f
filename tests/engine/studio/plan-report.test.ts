import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPlanOnDraft } from '../../../engine/index.js';
import { repositoryRoot } from '../runner/load-fixture.js';
import { BUNDLED_SCENARIOS, checkDraft, readRepositoryFile } from './studio-fixtures.js';

const WITH_PLANS = BUNDLED_SCENARIOS.filter((file) => existsSync(`${repositoryRoot}${file.replace(/\.mdx$/, '.plan.yaml')}`));

const fixture = checkDraft(readRepositoryFile('tests/engine/runner/fixtures/runner-child.mdx'), 'case.mdx');
const PASSING = 'routes:\n  - name: Recommended\n    steps: [talk, continue, agree]\n    expect: { ending: settled, met: [1.target, 1.limit], missed: [] }\n';

describe('runPlanOnDraft', () => {
  it('has a plan for every bundled scenario', () => {
    expect(WITH_PLANS).toEqual(BUNDLED_SCENARIOS);
  });

  it.each(WITH_PLANS)('passes every route of the plan of %s', (file) => {
    const planFile = file.replace(/\.mdx$/, '.plan.yaml');
    const { scenario, findings } = checkDraft(readRepositoryFile(file), file);
    const report = runPlanOnDraft(scenario, readRepositoryFile(planFile), planFile, { findings });
    if (!report.ok) throw new Error(report.errors.join('\n'));
    expect(report.rows.filter((row) => !row.passed)).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.summary).toBe(`${report.rows.length} route${report.rows.length === 1 ? '' : 's'}, ${report.rows.length} passed, 0 failed`);
  });

  it('reports a failing route with its failure located in the plan, in the words of `test`', () => {
    const report = runPlanOnDraft(fixture.scenario, `${PASSING}  - name: Typo\n    steps: [talk, continue, agre]\n`, 'case.plan.yaml');
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.passed).toBe(false);
    expect(report.summary).toBe('2 routes, 1 passed, 1 failed');
    expect(report.rows.map((row) => [row.name, row.passed])).toEqual([
      ['Recommended', true],
      ['Typo', false],
    ]);
    const [failure] = report.rows[1]!.failures;
    expect(failure?.split('\n')[0]).toBe('case.plan.yaml:6:29: route "Typo", step 3: "agre" is not a choice in scene "record-it".');
    expect(failure?.split('\n')[1]).toMatch(/^ {2}hint: Choose one of: 1\. Agree a review date\. \(agree\)/);
  });

  it('says so when the plan has no routes', () => {
    expect(runPlanOnDraft(fixture.scenario, 'routes: []\n', 'case.plan.yaml')).toEqual({
      ok: false,
      errors: ['case.plan.yaml:1:9: error: `routes` needs at least 1 item.\n  hint: Start the file with `routes:` and list each route under it.'],
    });
  });

  it('reports a plan that cannot be read, located', () => {
    const report = runPlanOnDraft(fixture.scenario, 'routes:\n  - name: A\n    stepz: [talk]\n', 'case.plan.yaml');
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.errors.some((error) => error.startsWith('case.plan.yaml:3:5: error: '))).toBe(true);
  });

  it("does not play a draft with errors, as `test` does not, and says what the errors are", () => {
    const error = { severity: 'error' as const, code: 'dead-end', message: 'Scene "a" has no way on.', hint: 'Add a <Choice>.', file: 'case.mdx', line: 4, column: 1 };
    const report = runPlanOnDraft(fixture.scenario, PASSING, 'case.plan.yaml', { findings: [error, { ...error, severity: 'warning', code: 'draft' }] });
    expect(report).toEqual({ ok: false, errors: ['case.mdx:4:1: error: Scene "a" has no way on.\n  hint: Add a <Choice>.'] });
  });

  it('reports, rather than throws, a scenario the player cannot start', () => {
    const orphan = { ...fixture.scenario, frontmatter: { ...fixture.scenario.frontmatter, protocol: 'nowhere' } };
    const report = runPlanOnDraft(orphan, PASSING, 'case.plan.yaml');
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.errors[0]).toMatch(/^case\.plan\.yaml:1:1: error: There is no protocol called "nowhere"\./);
  });
});
