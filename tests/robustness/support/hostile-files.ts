/**
 * Files whose words try to steer the terminal they are printed on: a
 * scenario, a test plan, a closures file and a case file, each carrying
 * escape sequences that would set the terminal's title (OSC 0) and clear the
 * screen (CSI 2J), in 7-bit and 8-bit (C1) form, a bidi override, a lone
 * carriage return, a NUL and a DEL. Built from the bundled files so they
 * stay valid while the formats change. The scenario is refused by the
 * validator (scenario text may hold no control character), so the plan
 * goes beside a clean copy of the scenario instead, to reach the screen.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../support/built-cli.js';

/** Sets the terminal's (and tmux pane's) title to PWNED. */
export const SET_TITLE = '\u001B]0;PWNED\u0007';
/** Clears the screen. */
export const CLEAR_SCREEN = '\u001B[2J';
/** Every kind of steering character the terminal sanitiser must catch. */
export const HOSTILE = `${SET_TITLE}${CLEAR_SCREEN}\u009B2J\u009D0;C1\u009C\u202Eevil\u2066\r\u0000\u007F`;

/**
 * The hostile text as YAML double-quoted escapes, so the file itself holds
 * no raw control bytes (YAML forbids most of them).
 */
function yamlEscaped(text: string): string {
  return [...text].map((character) => (/[\u0000-\u001F\u007F-\u009F\u2000-\u206F]/.test(character) ? `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}` : character)).join('');
}

/** Any control character a terminal would act on (newline and tab are fine). */
export const STEERING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** What a hostile file was made from, for the tests to name. */
export interface HostileFiles {
  /** Control characters in its title and first choice: refused by the validator, with their location. */
  scenario: string;
  /** A clean copy of closing-too-soon, with the hostile plan beside it. */
  planScenario: string;
  /** A scenario that fails validation with a message quoting a hostile topic. */
  invalidScenario: string;
  plan: string;
  closures: string;
  caseFile: string;
}

/**
 * Writes `hostile.mdx` (title and first choice), `hostile-topic.mdx` (an
 * unknown topic, which validation quotes), `routes.mdx` with
 * `routes.plan.yaml` beside it (a route name), `hostile-closures.yaml` (a closure's name, on 29 December
 * 2026) and `hostile.case.yaml` (title and an event summary) into `dir`.
 */
export function writeHostileFiles(dir: string): HostileFiles {
  const scenario = join(dir, 'hostile.mdx');
  const source = readFileSync(join(root, 'scenarios/closing-too-soon.mdx'), 'utf8')
    .replace(/^title: .*$/m, `title: "Closing ${yamlEscaped(HOSTILE)} too soon"`)
    .replace('Catch Bea at the door', `Catch Bea ${SET_TITLE}${CLEAR_SCREEN}\u202Eat the door`);
  writeFileSync(scenario, source);
  const invalidScenario = join(dir, 'hostile-topic.mdx');
  writeFileSync(invalidScenario, source.replace(/^topics: \[(.*)\]$/m, `topics: [$1, "topic ${yamlEscaped(HOSTILE)}"]`));

  const planScenario = join(dir, 'routes.mdx');
  writeFileSync(planScenario, readFileSync(join(root, 'scenarios/closing-too-soon.mdx'), 'utf8'));
  const plan = join(dir, 'routes.plan.yaml');
  const planSource = readFileSync(join(root, 'scenarios/closing-too-soon.plan.yaml'), 'utf8').replace(/^ {2}- name: .*$/m, `  - name: "Recommended ${yamlEscaped(HOSTILE)} path"`);
  writeFileSync(plan, planSource);

  const closures = join(dir, 'hostile-closures.yaml');
  writeFileSync(closures, `- date: 2026-12-29\n  name: "Council ${yamlEscaped(HOSTILE)} closure"\n`);

  const caseFile = join(dir, 'hostile.case.yaml');
  const caseSource = readFileSync(join(root, 'scenarios/cases/on-time.case.yaml'), 'utf8')
    .replace(/^title: .*$/m, `title: "A case ${yamlEscaped(HOSTILE)} challenged"`)
    .replace(/summary: The class teacher's concerns .*$/m, `summary: "Concerns ${yamlEscaped(HOSTILE)} shared."`);
  writeFileSync(caseFile, caseSource);
  return { scenario, planScenario, invalidScenario, plan, closures, caseFile };
}
