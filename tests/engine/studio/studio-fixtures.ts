/** Test helper: the bundled scenarios, plans and case files, and small drafts made from the template. */
import { readdirSync, readFileSync } from 'node:fs';
import { checkScenarioSource, isScenarioFileName, type Finding, type Scenario } from '../../../engine/index.js';
import { repositoryRoot } from '../runner/load-fixture.js';

/** A file's text, given relative to the repository root. */
export function readRepositoryFile(path: string): string {
  return readFileSync(`${repositoryRoot}${path}`, 'utf8');
}

/** The bundled scenario files, as `scenarios/NAME.mdx`. */
export const BUNDLED_SCENARIOS = readdirSync(`${repositoryRoot}scenarios`)
  .filter(isScenarioFileName)
  .sort()
  .map((name) => `scenarios/${name}`);

/** The bundled case files, as `scenarios/cases/NAME.case.yaml`. */
export const BUNDLED_CASES = readdirSync(`${repositoryRoot}scenarios/cases`)
  .filter((name) => name.endsWith('.case.yaml'))
  .sort()
  .map((name) => `scenarios/cases/${name}`);

/** The template's text. */
export const TEMPLATE = readRepositoryFile('scenarios/templates/new-scenario.mdx');

/** A draft checked as the studio checks it: the scenario (when its frontmatter reads) and every finding. */
export function checkDraft(text: string, file = 'draft.mdx'): { scenario: Scenario; findings: Finding[] } {
  const { scenario, findings } = checkScenarioSource(text, file);
  if (scenario === undefined) throw new Error(`No scenario: ${findings.map((finding) => finding.message).join(' ')}`);
  return { scenario, findings };
}

/** The template with `from` replaced by `to`, failing when `from` is not in it (so a changed template is noticed). */
export function templateWith(...edits: [from: string, to: string][]): string {
  let text = TEMPLATE;
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`The template no longer has ${JSON.stringify(from)}.`);
    text = text.replace(from, to);
  }
  return text;
}

/** The line (1-based) of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${JSON.stringify(needle)} is not in the text.`);
  return text.slice(0, index).split('\n').length;
}
