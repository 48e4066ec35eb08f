import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { islandModuleReportPath, type IslandChunk } from '../../../site/src/lib/island-module-report.js';
import { AUTHORING_PACKAGES, packageRoot, runtimeClosure } from '../../support/module-graph.js';
import { ensureSiteBuilt } from '../support/site-build.js';

// What the browser really receives: the client build's own list of the
// modules in each chunk (written by site/src/lib/island-module-report.ts),
// checked against the engine's browser face.
let chunks: IslandChunk[] = [];
beforeAll(async () => {
  await ensureSiteBuilt();
  chunks = JSON.parse(readFileSync(join(packageRoot, islandModuleReportPath), 'utf8')) as IslandChunk[];
}, 300_000);

function packageOf(module: string): string | undefined {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  return match?.[1];
}

describe('the site islands bundle only the engine runtime', () => {
  it('the report lists the player and the engine modules it plays with', () => {
    const modules = chunks.flatMap((chunk) => chunk.modules);
    expect(chunks.some((chunk) => chunk.fileName.includes('ScenarioPlayer'))).toBe(true);
    expect(modules).toContain('engine/runner/session-moves.ts');
    expect(modules).toContain('engine/protocol/compute-deadlines.ts');
  });

  it('no chunk bundles a parser, a schema library or YAML', () => {
    const offenders = chunks.flatMap((chunk) =>
      chunk.modules
        .filter((module) => AUTHORING_PACKAGES.test(packageOf(module) ?? ''))
        .map((module) => `${chunk.fileName}: ${module}`),
    );
    expect(offenders).toEqual([]);
  });

  it('every engine module in a chunk is reachable from engine/runtime.ts', () => {
    const runtime = runtimeClosure('engine/runtime.ts').files;
    const offenders = chunks.flatMap((chunk) =>
      chunk.modules
        .filter((module) => module.startsWith('engine/') && !runtime.has(module))
        .map((module) => `${chunk.fileName}: ${module}`),
    );
    expect(offenders).toEqual([]);
  });
});
