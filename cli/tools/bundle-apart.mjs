// One bundle per module loaded on demand. Every `import()` of one of our own
// TypeScript modules (cli/, engine/) is a bundle boundary: the target is
// bundled on its own into `lazyDir`, and the importer loads it from there.
// Static imports are bundled in.
//
// Why not esbuild's code splitting: with splitting and more than one entry
// point (each `import()` counts as one), esbuild ignores `sideEffects: false`
// (evanw/esbuild#1110), so every command that imports the engine's face
// loaded the whole engine, MDX parser, YAML and zod included (a 1.7 MB
// chunk). Built apart, each bundle keeps only what it uses. The price is
// code shared by two bundles being copied into both: a module loaded on
// demand must therefore not share state (a cache, a class checked with
// `instanceof`) with the bundle that loads it.
import { build } from 'esbuild';
import { basename, dirname, extname, join, relative, sep } from 'node:path';

/** `to` as an import specifier relative to the folder `fromDir`. */
function specifier(fromDir, to) {
  const path = relative(fromDir, to).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Builds `entries` (source path → output file) and, wave by wave, every
 * module they (and those) load with `import()` from under `ownDirs`, each
 * into `lazyDir` under its own file name.
 * Returns the map of every source bundled to its output file.
 *
 * @example
 * await buildApart({ entries: new Map([['/repo/cli/main.ts', '/repo/dist/cli.js']]), lazyDir: '/repo/dist/lazy', ownDirs: ['/repo/cli/'], options: { platform: 'node' } });
 */
export async function buildApart({ entries, lazyDir, ownDirs, options }) {
  const outputs = new Map(entries);
  const sourceOf = new Map([...entries].map(([source, out]) => [out, source]));
  let wave = [...entries];
  while (wave.length > 0) {
    const found = [];
    // Where a dynamic import's target is, from the folder of the bundle holding the import.
    const loadApart = (outdir) => ({
      name: 'load-apart',
      setup(pluginBuild) {
        pluginBuild.onResolve({ filter: /^\.\.?\// }, async (args) => {
          if (args.kind !== 'dynamic-import' || args.pluginData?.apartResolve || !ownDirs.some((dir) => args.importer.startsWith(dir))) return undefined;
          // Plain resolution: other plugins that resolve again (engine-has-no-side-effects) skip a call marked so, or the two would call each other for ever.
          const result = await pluginBuild.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { apartResolve: true, engineResolve: true } });
          if (result.errors.length > 0 || !/\.tsx?$/.test(result.path) || !ownDirs.some((dir) => result.path.startsWith(dir))) return undefined;
          let target = outputs.get(result.path);
          if (target === undefined) {
            target = join(lazyDir, `${basename(result.path, extname(result.path))}.js`);
            const taken = sourceOf.get(target);
            if (taken !== undefined && taken !== result.path) throw new Error(`${result.path} and ${taken} would both be built as ${target}: rename one`);
            outputs.set(result.path, target);
            sourceOf.set(target, result.path);
            found.push([result.path, target]);
          }
          return { path: specifier(outdir, target), external: true };
        });
      },
    });
    // One build per bundle: several entry points in one build lose `sideEffects: false` too
    // (measured with esbuild 0.28: `play` then carried the calendar-file library `deadlines` uses).
    await Promise.all(
      wave.map(([source, outfile]) =>
        build({ ...options, entryPoints: [source], outfile, bundle: true, splitting: false, format: 'esm', plugins: [loadApart(dirname(outfile)), ...(options.plugins ?? [])] }),
      ),
    );
    wave = found;
  }
  return outputs;
}
