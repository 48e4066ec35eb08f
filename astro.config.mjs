// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import mdx from '@astrojs/mdx';
import { remarkSiteLinks } from './site/src/lib/remark-site-links.ts';

// The site lives in site/ (source) and builds to site/dist; this file stays at
// the package root so one package.json serves engine, CLI and site.
export default defineConfig({
  root: '.',
  srcDir: './site/src',
  publicDir: './site/public',
  outDir: './site/dist',
  integrations: [react(), mdx()],
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
