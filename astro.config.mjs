// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';

// The site lives in site/ (source) and builds to site/dist; this file stays at
// the package root so one package.json serves engine, CLI and site.
export default defineConfig({
  root: '.',
  srcDir: './site/src',
  publicDir: './site/public',
  outDir: './site/dist',
  integrations: [react(), mdx()],
});
