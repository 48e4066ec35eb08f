/**
 * Works out how much JavaScript a built page makes the browser download:
 * inline scripts, `<script src>`, module preloads and the islands'
 * component and renderer modules, then every module those import
 * statically, each counted once, with raw and gzip sizes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one page ships. */
export interface ShippedJavaScript {
  /** Module files, relative to the site root. */
  files: string[];
  /** Inline `<script>` elements (JavaScript only, not JSON). */
  inlineScripts: number;
  rawBytes: number;
  gzipBytes: number;
}

const gzipSize = (text: string | Buffer) => gzipSync(text).length;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];
}

/** The site-root path of a URL on a page (`/_astro/x.js`), or undefined for other sites. */
function sitePath(url: string): string | undefined {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
  return url.replaceAll('&amp;', '&').split(/[?#]/)[0];
}

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from` in a built chunk. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;

/**
 * Measures a built page's JavaScript.
 *
 * @example
 * shippedJavaScript('site/dist', 'scenarios/index.html').gzipBytes;
 */
export function shippedJavaScript(distDir: string, htmlFile: string): ShippedJavaScript {
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const entry: string[] = [];
  let raw = 0;
  let gzip = 0;
  let inlineScripts = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    const type = attribute(`<x ${attributes}>`, 'type');
    if (type && !/module|javascript/i.test(type)) continue;
    const src = attribute(`<x ${attributes}>`, 'src');
    if (src) {
      const path = sitePath(src);
      if (path) entry.push(path);
    } else if ((match[2] ?? '').trim() !== '') {
      inlineScripts += 1;
      raw += Buffer.byteLength(match[2] ?? '');
      gzip += gzipSize(match[2] ?? '');
    }
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/rel\s*=\s*"modulepreload"/i.test(match[0])) {
      const path = sitePath(attribute(match[0], 'href') ?? '');
      if (path) entry.push(path);
    }
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url']) {
      const path = sitePath(attribute(match[0], name) ?? '');
      if (path) entry.push(path);
    }
  }
  const seen = new Set<string>();
  const queue = [...entry];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    const file = join(distDir, path);
    if (!existsSync(file)) continue;
    seen.add(path);
    const text = readFileSync(file);
    raw += text.length;
    gzip += gzipSize(text);
    for (const match of text.toString('utf8').matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? '';
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
      const target = specifier.startsWith('/') ? specifier : resolve('/', dirname(path), specifier);
      queue.push(target);
    }
  }
  return { files: [...seen].sort(), inlineScripts, rawBytes: raw, gzipBytes: gzip };
}
