import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { islandModuleReportPath, type IslandChunk, workerModuleReportPath } from '../../../site/src/lib/island-module-report.js';
import { AUTHORING_PACKAGES, packageRoot, runtimeClosure } from '../../support/module-graph.js';
import { ensureSiteBuilt, siteDist } from '../support/site-build.js';

// What the browser really receives: the client build's own list of the
// modules in each chunk (written by site/src/lib/island-module-report.ts),
// checked against the engine's browser face; and, apart, the worker build's
// list for the studio's checking worker, which Vite bundles on its own.
let chunks: IslandChunk[] = [];
let workerChunks: IslandChunk[] = [];
beforeAll(async () => {
  await ensureSiteBuilt();
  chunks = JSON.parse(readFileSync(join(packageRoot, islandModuleReportPath), 'utf8')) as IslandChunk[];
  workerChunks = JSON.parse(readFileSync(join(packageRoot, workerModuleReportPath), 'utf8')) as IslandChunk[];
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
// Vite's worker build, reported apart (below): what it bundles is the
// engine's authoring face, by design (tests/engine/engine-faces.test.ts).
describe('the studio island', () => {
  const studioOnly = /(?:^|\/)node_modules\/(?:@codemirror|@lezer|elkjs|style-mod)\//;

  it('is the only island whose chunks hold the editor and the map layout', () => {
    const heavy = chunks.filter((chunk) => chunk.modules.some((module) => studioOnly.test(module)));
    expect(heavy.map((chunk) => chunk.fileName).sort()).toEqual([expect.stringMatching(/^_astro\/Studio\./), expect.stringMatching(/^_astro\/elk-api\./)]);
    // Everything else in the studio's chunk is the studio's own or those packages: nothing another island shares.
    const studio = heavy.find((chunk) => chunk.fileName.includes('Studio'))!;
    const shared = studio.modules.filter((module) => !studioOnly.test(module) && module.startsWith('site/') && !module.startsWith('site/src/components/studio/'));
    expect(shared).toEqual([]);
  });

  it("runs elkjs's layout from its own worker file, which no page loads and only the layout's chunk names", () => {
    // elk-worker.min.js is emitted as a file (not bundled, see use-map-layout.ts).
    const assets = readdirSync(join(siteDist, '_astro'));
    const worker = assets.filter((name) => /^elk-worker\.min\.[\w-]+\.js$/.test(name));
    expect(worker).toHaveLength(1);
    const naming = assets.filter((name) => name.endsWith('.js') && readFileSync(join(siteDist, '_astro', name), 'utf8').includes(worker[0]!));
    expect(naming).toEqual([expect.stringMatching(/^Studio\./)]);
    const pages = readdirSync(siteDist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
    expect(pages.filter((page) => readFileSync(join(page.parentPath, page.name), 'utf8').includes('elk-worker'))).toEqual([]);
  });

  it('is loaded by /studio/ and no other page', () => {
    const pages = readdirSync(siteDist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => join(entry.parentPath, entry.name));
    const loading = pages.filter((page) => /_astro\/Studio\.[\w-]+\.js/.test(readFileSync(page, 'utf8'))).map((page) => page.slice(siteDist.length + 1));
    expect(loading).toEqual(['studio/index.html']);
  });
});

// The one place in the browser the parser may run: the studio's checking
// worker, whose chunk the client report never lists (the page's build holds
// it as an asset), so the checks above cannot see it. Its own report can.
describe("the studio's checking worker", () => {
  const workerModules = () => workerChunks.flatMap((chunk) => chunk.modules);

  it('is reported, with the validator it runs, and holds no island', () => {
    expect(workerChunks.map((chunk) => chunk.fileName)).toEqual([expect.stringMatching(/^_astro\/check\.worker[.-][\w-]+\.js$/)]);
    expect(workerModules()).toContain('site/src/components/studio/check.worker.ts');
    expect(workerModules()).toContain('engine/scenario/validate-scenario.ts');
    expect(workerModules().filter((module) => module.endsWith('.tsx'))).toEqual([]);
    // The worker's chunk is not among the islands' chunks, so the checks above are not weakened by it.
    expect(chunks.flatMap((chunk) => chunk.modules)).not.toContain('site/src/components/studio/check.worker.ts');
  });

  it('bundles the parsers, and no editor, map layout or React', () => {
    const packages = new Set(workerModules().map(packageOf).filter((name) => name !== undefined));
    expect([...packages].filter((name) => AUTHORING_PACKAGES.test(name)).length).toBeGreaterThan(0);
    expect([...packages].filter((name) => /^(?:@codemirror\/|@lezer\/|elkjs$|style-mod$|react$|react-dom$)/.test(name))).toEqual([]);
  });

  it('bundles only engine modules on the authoring face', () => {
    const authoring = runtimeClosure('engine/index.ts').files;
    const offenders = workerModules().filter((module) => module.startsWith('engine/') && !authoring.has(module));
    expect(offenders).toEqual([]);
  });
});
