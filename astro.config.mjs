// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { remarkSiteLinks } from './site/src/lib/remark-site-links.ts';
import { siteProtocolSetting } from './site/src/lib/site-protocol-setting.ts';
import { islandModuleReport, moduleReport, moduleReportPaths } from './site/src/lib/island-module-report.ts';
import { siteAddressSetting } from './site/src/lib/site-address-setting.ts';
import { createRequire } from 'node:module';

// The site's one protocol setting: COMMON_GROUND_PROTOCOL=<built-in id or a
// protocol file>. Checked here, at build time, and passed to every page and
// island as a constant (site/src/lib/site-protocols.ts reads it).
const siteProtocol = siteProtocolSetting(process.env, process.cwd());

// engine/ modules are pure (no work at import time but building constants),
// so an island that imports one function from a module index does not drag
// in the rest of that index (the MDX parser, the validator, search). Without
// this the scenario player shipped acorn and micromark to the browser.
const engineModulesArePure = {
  treeshake: {
    /** @type {(id: string, external: boolean) => boolean} */
    moduleSideEffects: (id, external) => external || !/[\\/]engine[\\/]/.test(id),
  },
};

// The studio's checking worker runs the MDX parser, whose entity decoder
// (decode-named-character-reference) has a browser build that needs
// `document`, which a worker lacks; its plain build works everywhere. Vite
// resolves a worker's imports with the page's conditions, not "worker"
// (https://github.com/vitejs/vite/issues/7439), so the worker is pointed
// at the plain build by name.
const decoderForWorkers = createRequire(import.meta.url).resolve('decode-named-character-reference');

// The islands' module report (islandModuleReport, below) sees only the page's
// build. Vite bundles a worker on its own, with `worker.plugins` alone, and
// the page's build holds its chunk as an asset, so the worker's modules are
// reported apart (worker-modules.json beside the other reports), for the
// test that keeps the parser in the worker and out of the islands.
const workerModules = moduleReport(process.cwd(), moduleReportPaths(process.env.COMMON_GROUND_MODULE_REPORT).worker);

// The site lives in site/ (source) and builds to site/dist; this file stays at
// the package root so one package.json serves engine, CLI and site.
export default defineConfig({
  // The address the site is published at, COMMON_GROUND_SITE_URL (checked
  // here): downloaded debriefs link to it, so their links work wherever
  // they are read. Unset, they link to the address the page was loaded from.
  site: siteAddressSetting(process.env),
  root: '.',
  // Pages are rendered four at a time rather than one after another: each
  // page's render waits on its file being written, and a scenario page on
  // streams, so one at a time left the process idle for a third of page
  // generation. In the 500-scenario build that was about 1 s of 26 s
  // (2 ms a scenario page). Nothing a page renders is shared with another
  // page while it renders (island-data.ts keys each page's data by its own id).
  build: { concurrency: 4 },
  srcDir: './site/src',
  publicDir: './site/public',
  outDir: './site/dist',
  // Astro keeps the content layer's data store in its cache folder. Builds of
  // other scenario folders that run at once (the end-to-end tests do) each
  // need their own, or one build reads another's scenarios:
  // COMMON_GROUND_ASTRO_CACHE gives a build its own folder.
  ...(process.env.COMMON_GROUND_ASTRO_CACHE ? { cacheDir: process.env.COMMON_GROUND_ASTRO_CACHE } : {}),
  // No MDX integration: scenario files are read as data by the engine's
  // parser (site/src/lib/scenario-loader.ts) and nothing on the site is MDX,
  // so no scenario text can become a compiled module.
  // islandModuleReport lists what each browser and server chunk bundles, for
  // the tests that keep islands on the engine's browser face and scenario
  // files out of every build; COMMON_GROUND_MODULE_REPORT gives a test's own
  // build another folder for it.
  integrations: [react(), islandModuleReport(process.cwd(), { folder: process.env.COMMON_GROUND_MODULE_REPORT })],
  vite: {
    // The studio's checking worker (site/src/components/studio/check.worker.ts)
    // is an ES module worker, loaded like any other script from this site
    // ('self' in the CSP below), and tree-shaken as the islands are.
    worker: {
      format: 'es',
      rollupOptions: engineModulesArePure,
      plugins: () => [
        {
          name: 'common-ground:worker-entity-decoder',
          enforce: 'pre',
          resolveId: (source) => (source === 'decode-named-character-reference' ? decoderForWorkers : null),
        },
        workerModules.plugin(),
      ],
    },
    define: {
      __COMMON_GROUND_SITE_PROTOCOL__: JSON.stringify(JSON.stringify(siteProtocol)),
    },
    build: {
      rollupOptions: engineModulesArePure,
    },
  },
  // Shiki colours code with inline style attributes, which the CSP below
  // forbids; code blocks are styled by site/src/styles/content.css instead.
  // remarkSiteLinks resolves `guidance:<id>` links and unlinks repository paths.
  markdown: { syntaxHighlight: false, remarkPlugins: [remarkSiteLinks] },
  experimental: {
    // Astro hashes its own scripts and styles into a CSP <meta> tag on every
    // page (no 'unsafe-inline'); everything else may only come from this site.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
