/**
 * The plain modes (`play --plain`, `workshop --plain`), the one a screen
 * reader user starts, print lines and read answers: they must not carry Ink,
 * React's reconciler and yoga, which the full-screen app alone needs. A
 * shared helper that lives beside an Ink component once pulled all three
 * into `play --plain` (928 KB to load at every start, against 368 KB
 * without). Each command and each module loaded on demand is a bundle of its
 * own (cli/tools/bundle-apart.mjs), so the bundle's text says what it loads:
 * Ink's host elements, `ink-box` and `ink-text`, are in every bundle that
 * has Ink.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/built-cli.js';

const lazy = join(root, 'dist', 'lazy');
const carriesInk = (bundle: string) => /["']ink-(box|text)["']/.test(readFileSync(join(lazy, bundle), 'utf8'));

describe('the built bundles', () => {
  it('give the full-screen apps Ink (so the test can see it)', () => {
    expect(carriesInk('run-solo-app.js')).toBe(true);
    expect(carriesInk('run-workshop-app.js')).toBe(true);
  });

  it.each(['plain-play.js', 'plain-workshop.js', 'play-command.js', 'workshop-command.js', 'deadlines-command.js', 'package-command.js'])('leave Ink out of %s', (bundle) => {
    expect(carriesInk(bundle)).toBe(false);
  });
});
