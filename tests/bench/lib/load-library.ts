/**
 * Reads and parses the bundled scenario library (`scenarios/*.mdx`), as the
 * front-ends do: the file is read here and the text handed to the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../../engine/scenario/parse-scenario.js';
import type { Scenario } from '../../../engine/scenario/scenario-model.js';

/**
 * Every bundled scenario that parses, keyed by file name.
 *
 * @example
 * loadLibrary(process.cwd()).length; // 10
 */
export function loadLibrary(root: string): { file: string; source: string; scenario: Scenario }[] {
  const folder = join(root, 'scenarios');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx') && name !== 'README.mdx')
    .sort()
    .flatMap((name) => {
      const source = readFileSync(join(folder, name), 'utf8');
      const { scenario } = parseScenario(source, `scenarios/${name}`);
      return scenario ? [{ file: `scenarios/${name}`, source, scenario }] : [];
    });
}

/**
 * The largest bundled scenario's text, named as `validate scenarios` names it.
 *
 * @example
 * loadLargestScenario(process.cwd()).file; // 'scenarios/a-question-of-capacity.mdx'
 */
export function loadLargestScenario(root: string): { file: string; text: string } {
  const folder = join(root, 'scenarios');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx') && name !== 'README.mdx')
    .sort()
    .map((name) => ({ file: `scenarios/${name}`, text: readFileSync(join(folder, name), 'utf8') }))
    .reduce((largest, entry) => (entry.text.length > largest.text.length ? entry : largest));
}
