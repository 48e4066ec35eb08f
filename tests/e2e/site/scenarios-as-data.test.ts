/**
 * Scenario files reach the site as data, never as code, and their words
 * reach the page and the downloads as text. A scenario that carries an MDX
 * `import` or `export` is refused by the validator, so the build stops with
 * the problem located in the file; and however far the build got, no file
 * it wrote (pages, assets, server chunks, `.prerender`) holds that code. A
 * draft carrying code is left out of a production build without ever being
 * compiled: no module of the client or server build is a scenario file
 * (the builds' own module lists, from site/src/lib/island-module-report.ts,
 * since Astro deletes the server chunks of a static build). Each build reads
 * a temporary library (COMMON_GROUND_SCENARIOS) and writes to a temporary
 * folder in site/.build, so neither the bundled library nor site/dist is
 * touched.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioFileNames } from '../../../engine/index.js';
import { type IslandChunk, moduleReportPaths } from '../../../site/src/lib/island-module-report.js';
import { SITE_SCENARIOS_VARIABLE } from '../../../site/src/lib/site-scenario-folder.js';
import { unsafeMarkdownParts } from '../../robustness/support/markdown-safety.js';
import { launchChromium } from '../support/chromium.js';
import { ensureSiteBuilt, packageRoot, runAstroBuild } from '../support/site-build.js';
import { startStaticServer, type StaticServer } from '../support/static-server.js';
import { PlayerPage } from './pages/player-page.js';

/** Words that only the injected code contains, to look for in what the build wrote. */
const MARKER = 'cgInjectedCodeRan';
const bundled = join(packageRoot, 'scenarios');
// Inside the package, or Astro would put its server chunks in ./.astro instead.
const buildFolder = join(packageRoot, 'site', '.build');
mkdirSync(buildFolder, { recursive: true });

/** A temporary copy of the bundled library, with `extra` files added. */
function libraryWith(extra: Record<string, string>): string {
  const library = mkdtempSync(join(tmpdir(), 'cg-scenarios-'));
  for (const name of scenarioFileNames(readdirSync(bundled))) copyFileSync(join(bundled, name), join(library, name));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(library, name), text);
  return library;
}

/** A real scenario with an import and an export put in after its frontmatter, and the line of the import. */
function withInjectedCode(frontmatter: (head: string) => string): { text: string; importLine: number } {
  const source = readFileSync(join(bundled, 'who-should-be-at-the-table.mdx'), 'utf8');
  const end = source.indexOf('\n---\n', 4) + '\n---\n'.length;
  const head = frontmatter(source.slice(0, end));
  const code = `\nimport ${MARKER}Fs from 'node:fs'\nexport const ${MARKER} = (globalThis.${MARKER} = ${MARKER}Fs.existsSync('/'))\n`;
  return { text: `${head}${code}${source.slice(end)}`, importLine: head.split('\n').length + 1 };
}

/** Every file under `dir`, dot folders (`.prerender`) included, whose text contains `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, 'utf8').includes(needle));
}

/** Every module the client and the server build bundled, by report file; fails when a report is missing or empty. */
function builtModules(paths: { client: string; server: string }): { client: string[]; server: string[] } {
  const read = (path: string) => {
    const chunks = JSON.parse(readFileSync(resolve(packageRoot, path), 'utf8')) as IslandChunk[];
    expect(chunks.length, path).toBeGreaterThan(0);
    return chunks.flatMap((chunk) => chunk.modules);
  };
  return { client: read(paths.client), server: read(paths.server) };
}

const isMdx = (module: string) => /\.mdx$/i.test(module);

describe('scenario files in the site build', () => {
  it('compile to no module of the client or server build: the site reads them as data', async () => {
    await ensureSiteBuilt();
    const { client, server } = builtModules(moduleReportPaths());
    // The report is real: the pages that show scenarios are in it.
    expect(server).toContain('site/src/lib/load-scenarios.ts');
    expect(server).toContain('site/src/pages/scenarios/[id].astro');
    expect([...client, ...server].filter(isMdx)).toEqual([]);
  }, 300_000);

  it('refuses a scenario with import and export, at its line, and no built file holds the code', async () => {
    const { text, importLine } = withInjectedCode((head) => head.replace(/^title: .*$/m, 'title: Injected code'));
    const library = libraryWith({ 'injected-code.mdx': text });
    const outDir = mkdtempSync(join(buildFolder, 'scenarios-as-data-'));
    try {
      const build = await runAstroBuild(['--outDir', outDir], { [SITE_SCENARIOS_VARIABLE]: library, COMMON_GROUND_MODULE_REPORT: `${outDir}-modules` });
      expect(build.ok, build.output).toBe(false);
      expect(filesContaining(outDir, MARKER)).toEqual([]);
      expect(build.output).toContain(`${join(library, 'injected-code.mdx')}:${importLine}:1: error: \`import\` and \`export\` are not allowed in a scenario.`);
      expect(build.output).toMatch(/hint: Remove the line/);
      expect(build.output, 'a clear message, not a stack trace').not.toMatch(/Stack trace|^\s+at .*:\d+:\d+\)?$/m);
    } finally {
      rmSync(library, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
      rmSync(`${outDir}-modules`, { recursive: true, force: true });
      rmSync(`${outDir}-astro-cache`, { recursive: true, force: true });
    }
  });
});

/** Markup and links that must stay words: raw HTML, and addresses outside http, https and mailto. */
const HOSTILE_TITLE = 'Runner <img src=x onerror=alert(1)> [click](javascript:alert(2))';
const TYPED = '<script>window.__pwned = 1</script> [typed](javascript:alert(7)) <img src=x onerror="window.__pwned = 2">';

/** A valid, published scenario whose title, choice, feedback and ending carry hostile words the validator lets through. */
function hostileScenario(): string {
  const replacements: Array<[string, string]> = [
    ['title: A small valid scenario', `title: ${JSON.stringify(HOSTILE_TITLE)}`],
    ['Phone Jo this afternoon.', 'Phone Jo this afternoon [now](javascript:alert(3)).'],
    ['Raising it early and directly is **stage 1**.', 'Raising it early and directly is **stage 1**. See [the trap](javascript:alert(4)), ![pixel](data:image/png;base64,AAAA) and \\<b>bold\\</b>.'],
    ['You raised it early.', 'You raised it early. [Again](vbscript:alert(5)).'],
  ];
  let text = readFileSync(join(packageRoot, 'tests', 'fixtures', 'scenario', 'valid-small.mdx'), 'utf8');
  for (const [from, to] of replacements) {
    expect(text, from).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

describe('a library with a draft that carries code and a scenario with hostile words', () => {
  let library = '';
  let outDir = '';
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const draft = withInjectedCode((head) => head.replace(/^title: .*$/m, 'title: A draft with code').replace(/^status: published$/m, 'status: draft'));
    expect(draft.text).toMatch(/^status: draft$/m);
    library = libraryWith({ 'a-draft-with-code.mdx': draft.text, 'hostile-words.mdx': hostileScenario() });
    outDir = mkdtempSync(join(buildFolder, 'scenarios-as-data-'));
    const build = await runAstroBuild(['--outDir', outDir], { [SITE_SCENARIOS_VARIABLE]: library, COMMON_GROUND_MODULE_REPORT: `${outDir}-modules` });
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toContain('a-draft-with-code.mdx is a draft with 1 error; it is left out of this build.');
    server = await startStaticServer({ root: outDir });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(library, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}-modules`, { recursive: true, force: true });
    rmSync(`${outDir}-astro-cache`, { recursive: true, force: true });
  });

  it('leaves the draft out without compiling it: no built file holds its code, no module is a scenario file', () => {
    expect(readdirSync(join(outDir, 'scenarios'))).not.toContain('a-draft-with-code');
    expect(readdirSync(join(outDir, 'scenarios'))).toContain('hostile-words');
    expect(filesContaining(outDir, MARKER)).toEqual([]);
    const { client, server: rendered } = builtModules(moduleReportPaths(`${outDir}-modules`));
    expect([...client, ...rendered].filter(isMdx)).toEqual([]);
  });

  it('shows hostile words as text, links only to allowed addresses, and downloads a debrief with them escaped', async () => {
    const context = await browser!.newContext({ acceptDownloads: true });
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      const player = new PlayerPage(page, server!.origin);
      /** The words are on the page as text: no element made from them, and no link but to allowed addresses. */
      const expectOnlyText = async () => {
        expect(await page.locator('.player img, .player script').count()).toBe(0);
        const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        expect(hrefs.filter((href) => !/^(\/(?!\/)|#|https?:|mailto:)/i.test(href))).toEqual([]);
      };
      await player.open('hostile-words');
      expect(await player.heading()).toBe(HOSTILE_TITLE);
      await player.write('plan-call', TYPED);
      await player.choose('phone-today');
      await page.locator('.player-feedback').waitFor();
      expect(await page.locator('.player-feedback').textContent()).toContain('See the trap');
      await expectOnlyText();
      await player.write('call-notes', TYPED);
      await player.choose('agree');
      await page.locator('.player-debrief').waitFor();
      await expectOnlyText();

      const download = await player.download('Download the debrief (Markdown)');
      const markdown = readFileSync((await download.path())!, 'utf8');
      expect(unsafeMarkdownParts(markdown)).toEqual([]);
      expect(markdown.split('\n')[0]).toBe('# Debrief: Runner &lt;img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(2))');
      expect(markdown).toContain('the trap');
      // What was typed, twice (the reflection and the record), every markup character escaped.
      const typed = '> &lt;script\\>window.\\_\\_pwned = 1&lt;/script\\> \\[typed\\](javascript:alert(7)) &lt;img src=x onerror="window.\\_\\_pwned = 2"\\>';
      expect(markdown.split('\n').filter((line) => line === typed)).toHaveLength(2);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
