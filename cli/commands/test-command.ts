/**
 * `common-ground test [paths...] [--json]`: plays every route of every
 * scenario test plan (`NAME.plan.yaml` beside `NAME.mdx`) and reports each
 * route as PASS or FAIL, failing steps located in the plan file. The files
 * are read here; the engine gets their text.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkScenarioSource, type Finding, formatFinding, formatRouteFailure, INPUT_CAPS, parsePlan, planTotals, type ProtocolCatalogue, routeVerdict, type RouteResult, runPlan, sortFindings } from '../../engine/index.js';
import { CliUsageError, type Command } from '../cli-io.js';
import { protocolCatalogueFor } from '../protocol-files.js';
import { bundledScenariosDir } from '../scenario-files.js';
import { displayPath as display, parseScenarioPathOptions, readNamedFile, scenarioFilesIn, scenarioPathsFor } from './scenario-paths.js';

const HELP = `Usage: common-ground test [paths...] [--json] [--protocol FILE]

Plays every route of every scenario test plan and checks where it ends.
For each scenario .mdx with a NAME.plan.yaml beside it: the scenario is
validated (errors fail it), then each route is played from the start.
Paths are files or folders. With no path: scenarios/ in this folder, else
this folder's own scenario files, else the bundled library (said on standard
error). A scenario without a plan is listed as having none.

Options:
  --json           print one JSON object: { files, routes, passed, failed, errors }
  --protocol FILE  a partnership's own protocol file (repeatable); *.protocol.json
                   files beside the scenarios are found without it
  --help           show this help

Exit code: 0 when every route passes and no file has errors, 1 otherwise
(including when no scenario has a plan, so nothing was tested: as a test
runner finding no tests, so a check in CI cannot pass by testing nothing).
How to write a plan: "Test plans" in the scenario guide (scenarios/README.md).`;

/**
 * What \`test\` says when no scenario has a plan: that nothing was tested,
 * what a plan is, and where the guide to writing one is (\`guide\`, as shown).
 *
 * @example
 * nothingTestedLines('scenarios/README.md');
 */
export function nothingTestedLines(guide: string): string[] {
  return [
    'Nothing was tested: no scenario has a test plan.',
    'A plan is NAME.plan.yaml beside NAME.mdx: routes (the choices to take) and the ending, stage and deadlines each should reach.',
    `How to write one: "Test plans" in ${guide}.`,
  ];
}

/** One scenario file's outcome. */
interface FileOutcome {
  scenario: string;
  plan: string | null;
  /** Validation or plan-parsing errors that stopped the routes from running. */
  errors: Finding[];
  routes: RouteResult[];
}

function testFile(file: string, cwd: string, protocols: ProtocolCatalogue): FileOutcome {
  const scenarioName = display(file, cwd);
  const planFile = file.replace(/\.mdx$/i, '.plan.yaml');
  if (!existsSync(planFile)) return { scenario: scenarioName, plan: null, errors: [], routes: [] };
  const planName = display(planFile, cwd);
  const checked = checkScenarioSource(readNamedFile(file, cwd, INPUT_CAPS.scenarioFileBytes), scenarioName, { protocols });
  const errors = checked.findings.filter((finding) => finding.severity === 'error');
  const parsedPlan = parsePlan(readNamedFile(planFile, cwd, INPUT_CAPS.dataFileBytes), planName);
  if (errors.length > 0 || checked.scenario === undefined || parsedPlan.plan === undefined) {
    return { scenario: scenarioName, plan: planName, errors: sortFindings([...errors, ...parsedPlan.findings]), routes: [] };
  }
  return { scenario: scenarioName, plan: planName, errors: [], routes: runPlan(checked.scenario, parsedPlan.plan).routes };
}

/** The `test` command. */
export const testCommand: Command = async (argv, io) => {
  const { help, json, paths: given, protocols: protocolFiles } = parseScenarioPathOptions(argv, 'test');
  if (help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const paths = scenarioPathsFor(given, io);
  const protocols = await protocolCatalogueFor(io, protocolFiles, paths);
  const files = scenarioFilesIn(paths, io.cwd);
  const outcomes = files.map((file) => testFile(file, io.cwd, protocols));
  const routes = outcomes.flatMap((outcome) => outcome.routes);
  const passed = routes.filter((route) => route.passed).length;
  const failed = routes.length - passed;
  const fileErrors = outcomes.filter((outcome) => outcome.errors.length > 0).length;
  if (json) {
    io.stdout.write(`${JSON.stringify({ files: outcomes, routes: routes.length, passed, failed, errors: fileErrors }, null, 2)}\n`);
  } else {
    for (const outcome of outcomes) {
      if (outcome.plan === null) {
        io.stdout.write(`NO PLAN ${outcome.scenario}: it has no test plan; write ${outcome.scenario.replace(/\.mdx$/i, '.plan.yaml')} to test it\n`);
        continue;
      }
      if (outcome.errors.length > 0) {
        io.stdout.write(`ERROR ${outcome.scenario}: its routes were not played\n`);
        for (const finding of outcome.errors) io.stdout.write(`  ${formatFinding(finding).replace(/\n/g, '\n  ')}\n`);
        continue;
      }
      for (const route of outcome.routes) {
        io.stdout.write(`${routeVerdict(route, outcome.scenario)}\n`);
        for (const failure of route.failures) io.stdout.write(`  ${formatRouteFailure(failure).replace(/\n/g, '\n  ')}\n`);
      }
    }
    const withoutPlan = outcomes.filter((outcome) => outcome.plan === null).length;
    io.stdout.write(`${planTotals({ routes: routes.length, passed, filesWithErrors: fileErrors, withoutPlan })}\n`);
    if (!outcomes.some((outcome) => outcome.plan !== null)) {
      // The guide that came with this copy of Common Ground: outside the repository there is no scenarios/README.md here.
      for (const line of nothingTestedLines(display(join(bundledScenariosDir(), 'README.md'), io.cwd))) io.stdout.write(`${line}\n`);
    }
  }
  // Nothing tested is not a pass.
  const tested = outcomes.some((outcome) => outcome.plan !== null);
  return tested && failed === 0 && fileErrors === 0 ? 0 : 1;
};
