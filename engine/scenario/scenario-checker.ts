/**
 * The validator for a text that changes a little at a time (the studio's
 * editor, checking as the author types): every check `checkScenarioSource`
 * runs, on an MDX parse that re-reads only the scenes and endings whose text
 * changed since the last check (`createIncrementalMdxParser`). Everything
 * after the parse is the same code path, so the results are the same.
 */
import type { Finding } from './finding.js';
import { createIncrementalMdxParser, type IncrementalMdxParserOptions } from './incremental-mdx-parser.js';
import type { Scenario } from './scenario-model.js';
import { checkScenarioSourceWith, type ValidateOptions } from './validate-scenario.js';

/** A validator that remembers the scenes it has parsed. */
export interface ScenarioChecker {
  /** Exactly what checkScenarioSource(text, file, options) returns, reusing the parse of every top-level <Scene>/<Ending> whose text is unchanged. */
  check(text: string, file: string, options?: ValidateOptions): { scenario?: Scenario; findings: Finding[] };
}

/**
 * A checker with its own memory of parsed scenes: keep one per editor (or
 * per worker) and call `check` with each new version of the text. Like
 * `checkScenarioSource`, it never throws. `maxCachedChunks` bounds how many
 * scenes of earlier versions are kept (256 unless given); the scenes of the
 * latest version are always kept. A `store` keeps parsed scenes beyond the
 * process (the CLI's cache folder).
 *
 * @example
 * const checker = createScenarioChecker();
 * checker.check(text, 'draft.mdx', { protocols }); // parses every scene
 * checker.check(textAfterAKeystroke, 'draft.mdx', { protocols }); // parses the scene typed in
 */
export function createScenarioChecker(options: IncrementalMdxParserOptions = {}): ScenarioChecker {
  const { parse } = createIncrementalMdxParser(options);
  return {
    check: (text, file, validateOptions = {}) => checkScenarioSourceWith(text, file, validateOptions, { parseRoot: parse }),
  };
}
