/**
 * Loading scenario files through a handler the front end passes in, in the
 * manner of inkjs's injected file handler: the engine does no I/O, so the
 * terminal app reads from disk, the site's build from its content collection
 * and tests from memory, and all of them run exactly the same checks.
 */
import { checkScenarioSource, internalErrorFinding, type ValidateOptions } from './validate-scenario.js';
import type { ScenarioChecker } from './scenario-checker.js';
import { hasErrors, type Finding } from './finding.js';
import type { Scenario } from './scenario-model.js';

/** Where scenario files come from. */
export interface ScenarioSource {
  /** The text of one file, named as the front end names it (a path, usually). */
  readText(file: string): Promise<string>;
}

/** One scenario file, checked: the scenario when it has no errors, and every finding. */
export type CheckedScenarioFile =
  | { readonly ok: true; readonly file: string; readonly text: string; readonly scenario: Scenario; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly file: string; readonly text: string | undefined; readonly findings: readonly Finding[] };

/**
 * Reads one scenario file through the source and runs every check `validate`
 * runs, the personal-data guard included. A file that cannot be read, or
 * whose checks fail inside Common Ground, is a finding, not a throw.
 *
 * A `checker` (`createScenarioChecker`) gives the same results; it parses
 * each scene apart, which is quicker on a cold start and reuses the scenes
 * of a file checked before.
 *
 * @example
 * const source = { readText: (file) => readFile(file, 'utf8') };
 * const checked = await checkScenarioFile(source, 'scenarios/closing-too-soon.mdx');
 * if (!checked.ok) console.error(checked.findings.map(formatFinding).join('\n'));
 */
export async function checkScenarioFile(source: ScenarioSource, file: string, options: ValidateOptions = {}, checker?: ScenarioChecker): Promise<CheckedScenarioFile> {
  let text: string;
  try {
    text = await source.readText(file);
  } catch {
    const finding: Finding = { severity: 'error', code: 'unreadable-file', message: 'The file cannot be read.', hint: 'Check the path and that you may read it.', file, line: 1, column: 1 };
    return { ok: false, file, text: undefined, findings: [finding] };
  }
  try {
    const { scenario, findings } = checker ? checker.check(text, file, options) : checkScenarioSource(text, file, options);
    return scenario && !hasErrors(findings) ? { ok: true, file, text, scenario, findings } : { ok: false, file, text, findings };
  } catch (error) {
    // `checkScenarioSource` does not throw; this is for whatever it cannot foresee (a text that is not a string, say).
    return { ok: false, file, text, findings: [internalErrorFinding(error, file)] };
  }
}
