import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { islandModuleReportPath, type IslandChunk } from '../../../site/src/lib/island-module-report.js';
import { AUTHORING_PACKAGES, packageRoot, runtimeClosure } from '../../support/module-graph.js';
import { ensureSiteBuilt, siteDist } from '../support/site-build.js';

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

// The studio's editor (CodeMirror) and map layout (elkjs) are about 650 kB
// gzipped: only /studio/ may load them. Its checking worker is built by
// Vite's worker build, which the report does not cover; what it bundles is
// the engine's authoring face, by design (tests/engine/engine-faces.test.ts).
describe('the studio island', () => {
  const studioOnly = /(?:^|\/)node_modules\/(?:@codemirror|@lezer|elkjs|style-mod)\//;

  it('is the only island whose chunks hold the editor and the map layout', () => {
    const heavy = chunks.filter((chunk) => chunk.modules.some((module) => studioOnly.test(module)));
    expect(heavy.map((chunk) => chunk.fileName).sort()).toEqual([expect.stringMatching(/^_astro\/Studio\./), expect.stringMatching(/^_astro\/elk\.bundled\./)]);
    // Everything else in the studio's chunk is the studio's own or those packages: nothing another island shares.
    const studio = heavy.find((chunk) => chunk.fileName.includes('Studio'))!;
    const shared = studio.modules.filter((module) => !studioOnly.test(module) && module.startsWith('site/') && !module.startsWith('site/src/components/studio/'));
    expect(shared).toEqual([]);
  });

  it('is loaded by /studio/ and no other page', () => {
    const pages = readdirSync(siteDist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => join(entry.parentPath, entry.name));
    const loading = pages.filter((page) => /_astro\/Studio\.[\w-]+\.js/.test(readFileSync(page, 'utf8'))).map((page) => page.slice(siteDist.length + 1));
    expect(loading).toEqual(['studio/index.html']);
  });
});
