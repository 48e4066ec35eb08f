/**
 * `common-ground validate [paths...] [--json]`: checks scenario files and
 * prints every finding, like a compiler. Reads the files here (the engine
 * does no I/O) and exits 0 when there are no errors, 1 otherwise. Findings
 * are cached on disk by file text (cli/validate-cache.ts), and the parser
 * is loaded only for a file the cache does not have.
 */
import { readFileSync } from 'node:fs';
import { countOf, type Finding, formatFinding, type ProtocolCatalogue, sortFindings } from '../../engine/index.js';
import { currentBuildId } from '../build-id.js';
import type { CliIO, Command } from '../cli-io.js';
import { protocolCatalogueFor } from '../protocol-files.js';
import type { ChunkStoreContext } from '../validate-chunk-store.js';
import { openValidateCache, resolveCacheDir, type ValidateCache } from '../validate-cache.js';
import { displayPath as display, parseScenarioPathOptions, scenarioFilesIn, scenarioPathsFor } from './scenario-paths.js';

const HELP = `Usage: common-ground validate [paths...] [--strict] [--json] [--protocol FILE] [--no-cache]

Checks scenario files (.mdx) and lists every problem with its line and a hint.
Paths are files or folders (a folder's own .mdx files, not its sub-folders).
With no path: scenarios/ in this folder, else this folder's own scenario
files, else the bundled library (which one is said on standard error).
README files and *.template.mdx files are skipped. Each scenario is checked
against the protocol it names: a built-in one, a *.protocol.json file beside
it, or one given with --protocol.

Findings are cached, so a second run re-checks only the files that changed,
and of those it parses again only the scenes that changed. An entry is found
by the file's exact text, its path, the protocols and this version of Common
Ground, so it is never out of date. The cache is in your user cache folder
(on Linux ~/.cache/common-ground), or in the folder COMMON_GROUND_CACHE_DIR
names; it is safe to delete at any time.

Options:
  --strict         count warnings as errors: for a library that must have none
                   (a decision with fewer than three choices, a recommended
                   choice that is much the longest, one good ending, a
                   summary that gives the answer away, and the rest)
  --json           print one JSON object: { files, findings, errors, warnings }
  --protocol FILE  a partnership's own protocol file (repeatable)
  --no-cache       check every file afresh, and neither read nor write the cache
  --help           show this help

Exit code: 0 when there are no errors (warnings allowed, unless --strict),
1 otherwise.`;

/** Options for {@link validateFiles}. */
export interface ValidateFilesOptions {
  /** Where findings are looked up before checking a file, and kept after; none by default. */
  cache?: ValidateCache;
  /** Where the parsed scenes of a file checked again are kept between runs; none by default. */
  chunks?: ChunkStoreContext;
}

/** Validates files and returns their findings; throws CliUsageError for a path that does not exist. */
export async function validateFiles(paths: readonly string[], io: Pick<CliIO, 'cwd'>, protocols?: ProtocolCatalogue, options: ValidateFilesOptions = {}): Promise<{ files: string[]; findings: Finding[] }> {
  const files = scenarioFilesIn(paths, io.cwd);
  const { cache, chunks } = options;
  const findings: Finding[] = [];
  let checkFile: typeof import('./validate-file.js').checkFile | undefined;
  for (const file of files) {
    // Read from the real path, reported under the path the user sees.
    const shown = display(file, io.cwd);
    let text: string | undefined;
    let readError: unknown;
    try {
      // Read at once: the files are checked one after another, and waiting on the thread pool for each costs more than it saves.
      text = readFileSync(file, 'utf8');
    } catch (error) {
      readError = error;
    }
    const cached = text === undefined ? undefined : cache?.get(shown, text);
    if (cached) {
      findings.push(...cached);
      continue;
    }
    checkFile ??= (await import('./validate-file.js')).checkFile;
    // A file that cannot be read is a finding, worded by the engine; it is not cached (there is no text to key it).
    const found = await checkFile(text === undefined ? () => Promise.reject(readError) : () => Promise.resolve(text), shown, protocols, chunks);
    if (text !== undefined) cache?.set(shown, text, found);
    findings.push(...found);
  }
  cache?.prune();
  return { files: files.map((file) => display(file, io.cwd)), findings: sortFindings(findings) };
}

/** The `validate` command. */
export const validateCommand: Command = async (argv, io) => {
  const { help, json, strict, noCache, paths: given, protocols: protocolFiles } = parseScenarioPathOptions(argv, 'validate', { strict: true, cache: true });
  if (help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const paths = scenarioPathsFor(given, io);
  const protocols = await protocolCatalogueFor(io, protocolFiles, paths);
  const context = noCache ? undefined : { dir: resolveCacheDir(io.env), buildId: await currentBuildId() };
  const checked = await validateFiles(paths, io, protocols, context ? { cache: openValidateCache({ ...context, protocols }), chunks: context } : {});
  const { files } = checked;
  // Under --strict a warning is an error, and is shown and counted as one.
  const findings = strict ? checked.findings.map((finding): Finding => (finding.severity === 'warning' ? { ...finding, severity: 'error' } : finding)) : checked.findings;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (json) {
    io.stdout.write(`${JSON.stringify({ files, findings, errors, warnings }, null, 2)}\n`);
  } else {
    for (const finding of findings) io.stdout.write(`${formatFinding(finding)}\n`);
    io.stdout.write(`${countOf(files.length, 'file')}, ${countOf(errors, 'error')}, ${countOf(warnings, 'warning')}\n`);
  }
  return errors > 0 ? 1 : 0;
};
