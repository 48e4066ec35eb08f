/** Test helper: every bundled scenario and every scenario fixture, as text, for the incremental parser's and checker's tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One scenario file: its path as the tests name it, and its text. */
export interface CorpusFile {
  file: string;
  text: string;
}

const FOLDERS = ['scenarios', 'tests/fixtures/scenario'];

/** `scenarios/*.mdx` (README.mdx and templates aside) and `tests/fixtures/scenario/*.mdx`, sorted by path. */
export function scenarioCorpus(): CorpusFile[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.mdx') && name !== 'README.mdx')
      .sort()
      .map((name) => ({ file: `${folder}/${name}`, text: readFileSync(join(folder, name), 'utf8') })),
  );
}

/** The largest bundled scenario, the studio's worst case for a keystroke. */
export function largestScenario(): CorpusFile {
  return scenarioCorpus()
    .filter((entry) => entry.file.startsWith('scenarios/'))
    .reduce((largest, entry) => (entry.text.length > largest.text.length ? entry : largest));
}
