/**
 * One scenario file of the library, checked for the site build: what
 * readScenarioLibraryEntries does with each file, whether it runs in the
 * build's own thread or in a worker (check-in-workers.ts). An outcome is
 * plain data, so it crosses from a worker unchanged.
 */
import { createScenarioChecker, formatFinding, type ProtocolCatalogue, compactScenario } from '../../../engine/index.js';
import { isPublishable } from './is-publishable.js';
import { scenarioDigest } from './parsed-scenario-registry.js';
import type { LibraryScenario } from './library-scenario.js';

/** What became of one file. */
export type LibraryFileOutcome =
  /** In the build: parsed, checked and compacted. */
  | { kind: 'scenario'; entry: LibraryScenario }
  /** A draft, left out of a production build; `errorCount` says how broken it is. */
  | { kind: 'left-out'; errorCount: number }
  /** In the build but with errors: each as `file:line:column: error: …`. */
  | { kind: 'failed'; problems: string[] }
  /** The file could not be read. */
  | { kind: 'unreadable' };

/** What a check needs besides the file. */
export interface LibraryCheckOptions {
  protocols: ProtocolCatalogue;
  production: boolean;
}

/** The checker the library is read with: scene by scene, as `validate` parses, with nothing cached between files (each is parsed once per build). */
export const libraryChecker = () => createScenarioChecker({ maxCachedChunks: 0 });

/**
 * Checks one file's text, or says it could not be read when `text` is undefined.
 *
 * @example
 * const outcome = checkLibraryFile(libraryChecker(), 'scenarios/a.mdx', text, { protocols, production: true });
 * if (outcome.kind === 'scenario') outcome.entry.scenario.id;
 */
export function checkLibraryFile(checker: ReturnType<typeof libraryChecker>, file: string, text: string | undefined, options: LibraryCheckOptions): LibraryFileOutcome {
  // Undefined: the caller could not read the file (each caller reads in its own way: the build's thread without blocking, a worker at once).
  if (text === undefined) return { kind: 'unreadable' };
  const { scenario, findings } = checker.check(text, file, { protocols: options.protocols });
  const errors = findings.filter((finding) => finding.severity === 'error');
  const name = file.split(/[/\\]/).pop() ?? file;
  if (!isPublishable({ id: name, data: { status: scenario?.frontmatter.status } }, options.production)) return { kind: 'left-out', errorCount: errors.length };
  if (!scenario || errors.length > 0) return { kind: 'failed', problems: errors.map(formatFinding) };
  return { kind: 'scenario', entry: { file, digest: scenarioDigest(file, text), scenario: compactScenario(scenario) } };
}
