/**
 * A throwaway copy of the project for site builds, so the benchmark can add
 * generated scenarios and build into its own `site/dist` without touching
 * the working tree. `node_modules` is linked, not copied.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateScenario } from './generate-scenario.js';

/** Top-level entries never copied: built output, caches, history, tests. */
const SKIP = new Set(['node_modules', '.git', 'dist', '.astro', 'tests']);

/**
 * Copies the project to a temporary folder, optionally adding generated
 * scenarios (`bench-generated-NNN.mdx`) to its `scenarios/`.
 *
 * @example
 * const copy = copyProject(root, { generatedScenarios: 500 });
 * // … build in copy.dir …
 * copy.remove();
 */
export function copyProject(root: string, options: { generatedScenarios?: number; scenesEach?: number } = {}): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'common-ground-bench-'));
  for (const entry of readdirSync(root)) {
    if (SKIP.has(entry)) continue;
    cpSync(join(root, entry), join(dir, entry), {
      recursive: true,
      filter: (source) => !source.includes(`${join(root, 'site', 'dist')}`) && !source.endsWith('.astro/'),
    });
  }
  rmSync(join(dir, 'site', 'dist'), { recursive: true, force: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const count = options.generatedScenarios ?? 0;
  for (let i = 1; i <= count; i += 1) {
    const id = String(i).padStart(3, '0');
    const source = generateScenario({
      scenes: options.scenesEach ?? 15,
      seed: 10_000 + i,
      title: `Generated practice case ${id}`,
      audience: i % 3 === 0 ? 'adult' : 'child',
    });
    writeFileSync(join(dir, 'scenarios', `bench-generated-${id}.mdx`), source);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
