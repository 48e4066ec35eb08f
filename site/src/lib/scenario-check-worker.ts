/**
 * A worker thread of the site build's scenario check (check-in-workers.ts):
 * reads and checks the files it is given, exactly as the build's own thread
 * would (check-library-file.ts), and posts back one outcome per file, in
 * order. Bundled on the fly, so it runs the engine's TypeScript as is.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { builtInProtocols, type Protocol, type ProtocolCatalogue } from '../../../engine/index.js';
import { checkLibraryFile, libraryChecker, type LibraryFileOutcome } from './check-library-file.js';

/**
 * A protocol of the build's catalogue: a built-in one by its id, a
 * partnership's own in full. A built-in protocol must stay the engine's own
 * object: the checker tells a partnership's protocol by its being another
 * object, and a copy made on the way to the worker would be one.
 */
export type WorkProtocol = { id: string; builtIn: true } | { id: string; protocol: Protocol };

/** What the build gives a worker. */
export interface ScenarioCheckWork {
  protocols: WorkProtocol[];
  production: boolean;
  files: Array<{ file: string; path: string }>;
}

const work = workerData as ScenarioCheckWork;
const protocols: ProtocolCatalogue = Object.fromEntries(work.protocols.map((entry) => [entry.id, 'builtIn' in entry ? builtInProtocols[entry.id]! : entry.protocol]));
const options = { protocols, production: work.production };
const checker = libraryChecker();
/** The file's text, or undefined when it cannot be read. */
function textOf(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const outcomes: LibraryFileOutcome[] = work.files.map(({ file, path }) => checkLibraryFile(checker, file, textOf(path), options));
parentPort?.postMessage(outcomes);
