/**
 * A scenario's SCORM 1.2 package, as the bytes of a zip (made by `fflate`):
 * the manifest, the launch page, the player's script and styles (built into
 * `dist/scorm-player/`, handed in by the caller), and the scenario itself as
 * a script the page loads, so the package works from a learning platform, a
 * web server or a folder opened from disk (`file://`, where a page cannot
 * fetch JSON), with no network request and no site. Pure: the CLI's
 * `package scorm` and the site build's packages both make them here.
 */
import { strToU8, zipSync } from 'fflate';
import { scenarioDigest } from '../runner/scenario-digest.js';
import { compactScenario } from '../scenario/compact-scenario.js';
import type { Scenario } from '../scenario/scenario-model.js';
import { withoutTrainerNotes } from '../scenario/without-trainer-notes.js';
import { launchPage } from './launch-page.js';
import { scormManifest } from './scorm-manifest.js';

/** An xAPI learning record store the package reports to (off unless given). */
export interface XapiTarget {
  /** The LRS's statements endpoint base, e.g. `https://lrs.example.org/xapi/`. */
  endpoint: string;
  /** The `Authorization` header value, e.g. `Basic …`. */
  authorization: string;
}

/** How a package is made. */
export interface ScormPackageOptions {
  /** The site the player's guidance links open (in a new tab); without it they are left as their words. */
  siteUrl?: string;
  xapi?: XapiTarget;
}

/** What the page's `scenario.js` gives the player. */
export interface PackageData {
  scenario: Scenario;
  siteUrl: string | null;
  xapi: XapiTarget | null;
}

/** The package's files besides the manifest, in the order the manifest lists them. */
export const PACKAGE_FILES = ['index.html', 'player.js', 'player.css', 'scenario.js'] as const;

/**
 * The data script: JSON with every `<` escaped, so no text in a scenario can close the script.
 * @example
 * packageDataScript({ scenario, siteUrl: null, xapi: null });
 */
export function packageDataScript(data: PackageData): string {
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  // The site's address also on its own, where the player's debrief download looks for it.
  return `window.COMMON_GROUND_PACKAGE = ${json(data)};\nwindow.COMMON_GROUND_SITE = ${data.siteUrl === null ? 'undefined' : json(data.siteUrl)};\n`;
}

/**
 * The package's zip, and the names of its files.
 * @example
 * const { zip } = scormPackage(scenario, scormPlayerAssets(), {});
 */
export function scormPackage(scenario: Scenario, assets: { js: Uint8Array; css: Uint8Array }, options: ScormPackageOptions = {}): { zip: Uint8Array; files: string[] } {
  const title = scenario.frontmatter.title;
  // The file's name only: where it sat on the author's computer is not the learners' business.
  const played = { ...withoutTrainerNotes(compactScenario(scenario)), file: scenario.file.split(/[\\/]/).at(-1) ?? '' };
  const data: PackageData = { scenario: played, siteUrl: options.siteUrl ?? null, xapi: options.xapi ?? null };
  const lrsOrigin = options.xapi ? new URL(options.xapi.endpoint).origin : null;
  const entries: Record<string, Uint8Array> = {
    'imsmanifest.xml': strToU8(scormManifest({ scenarioId: scenario.id, title, version: scenarioDigest(scenario), launch: 'index.html', files: PACKAGE_FILES })),
    'index.html': strToU8(launchPage({ title, lrsOrigin })),
    'player.js': assets.js,
    'player.css': assets.css,
    'scenario.js': strToU8(packageDataScript(data)),
  };
  // A fixed time in every entry, so the same scenario and player make the same bytes.
  const zip = zipSync(Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, [bytes, { mtime: new Date('2026-01-01T00:00:00Z') }]])), { level: 9 });
  return { zip, files: Object.keys(entries) };
}
