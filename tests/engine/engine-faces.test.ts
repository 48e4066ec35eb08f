import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORING_PACKAGES, packageRoot, runtimeClosure } from '../support/module-graph.js';

function sourceFiles(folder: string): string[] {
  return readdirSync(join(packageRoot, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|astro|mjs)$/.test(entry.name))
    .map((entry) => relative(packageRoot, join(entry.parentPath, entry.name)));
}

const ENGINE_IMPORT = /from\s+['"]((?:\.\.?\/)+engine\/[^'"]+)['"]/g;

/** The engine modules a front-end file names in its imports, as written. */
function engineImports(file: string): string[] {
  const source = readFileSync(join(packageRoot, file), 'utf8');
  return [...source.matchAll(ENGINE_IMPORT)].map((match) => match[1]!.replace(/^(\.\.?\/)+/, ''));
}

describe('the engine has two faces', () => {
  it('the browser face reaches no parser, schema library or YAML', () => {
    const { packages } = runtimeClosure('engine/runtime.ts');
    expect([...packages].filter((name) => AUTHORING_PACKAGES.test(name))).toEqual([]);
    // The face is real: it does reach the runner and the calendar.
    expect(packages).toContain('xstate');
    expect(packages).toContain('@date-fns/tz');
  });

  it('the authoring face is the browser face plus the parsers', () => {
    const { packages, files } = runtimeClosure('engine/index.ts');
    expect(files).toContain('engine/runtime.ts');
    expect(packages).toContain('zod');
    expect(packages).toContain('yaml');
  });

  it.each(['cli', 'site/src'])('%s imports the engine only through its faces', (folder) => {
    const deep = sourceFiles(folder).flatMap((file) =>
      engineImports(file)
        .filter((target) => target !== 'engine/index.js' && target !== 'engine/runtime.js')
        .map((target) => `${file} imports ${target}`),
    );
    expect(deep).toEqual([]);
  });

  it('site islands import the browser face, not the authoring face', () => {
    const islandSide = sourceFiles('site/src').filter((file) => file.endsWith('.tsx'));
    const offenders = islandSide.filter((file) => engineImports(file).includes('engine/index.js'));
    expect(offenders).toEqual([]);
  });

  // Authoring happens in the browser in the studio (/studio/): its checking
  // worker runs the validator, so it is the one module in site/src that may
  // import the authoring face for its parsers. That face is pure (no I/O),
  // so nothing the author writes leaves the browser; everything else in the
  // studio, as in every island, stays on the browser face.
  it('in the studio only the checking worker imports the authoring face', () => {
    const studio = sourceFiles('site/src/components/studio');
    const authoring = studio.filter((file) => engineImports(file).includes('engine/index.js'));
    expect(authoring).toEqual(['site/src/components/studio/check.worker.ts']);
  });

  it('modules inside the engine import each other directly, never through a face', () => {
    const offenders = sourceFiles('engine').filter((file) => {
      if (file === 'engine/index.ts') return false;
      const source = readFileSync(join(packageRoot, file), 'utf8');
      return /from\s+['"](\.\.?\/)+(index|runtime)\.js['"]/.test(source) && !file.endsWith('/index.ts');
    });
    expect(offenders).toEqual([]);
  });
});
