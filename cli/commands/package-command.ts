/**
 * `common-ground package scorm <scenario...> [-o FILE.zip|DIR] [--site-url URL]
 * [--xapi-endpoint URL --xapi-auth VALUE] [--force] [--protocol FILE]`: one
 * SCORM 1.2 package per scenario, for a partnership's learning platform
 * (see site/src/content/moodle.md). The scenarios are checked as `validate`
 * checks them; one with errors is not packaged.
 */
import { resolve, join } from 'node:path';
import { statSync } from 'node:fs';
import { CliUsageError, type Command } from '../cli-io.js';
import { HELP_OPTION, parseCommandLine, type OptionSpecs } from '../parse-command-line.js';
import { PROTOCOL_OPTION, protocolCatalogueFor } from '../protocol-files.js';
import { bundledScenarioCache, bundledScenariosDir, loadScenarioFile, resolveScenarioArgument } from '../scenario-files.js';
import { readSiteUrl, SITE_URL_ENV } from './workshop/workshop-options.js';
import { measureLongestRoute, scormPackage, SUSPEND_DATA_LIMIT, TYPICAL_REFLECTION_CHARS, type XapiTarget } from '../../engine/index.js';
import { scormPlayerAssets } from '../lms/scorm-player-assets.js';
import { writePackageFile } from '../lms/write-package-file.js';

const HELP = `Usage: common-ground package scorm <scenario-id|file.mdx>... [options]

Builds a SCORM 1.2 package of each scenario for a learning platform
(Moodle, Totara and others): the player and the scenario as static files,
which report completion, a score and the time spent, and resume where the
learner stopped. The package makes no network request and needs no site.

Options:
  -o, --output PATH     the zip to write (one scenario), or the folder to
                        write <id>-scorm12.zip files into (default: here)
  --site-url URL        the site the guidance links open, in a new tab (or
                        set ${SITE_URL_ENV}); without it they stay as words
  --xapi-endpoint URL   also send xAPI statements to this learning record
                        store (off by default; see the guide)
  --xapi-auth VALUE     its Authorization header, e.g. "Basic …"
  --force               replace a zip that is already there
  --protocol FILE       a partnership's own protocol file, for a scenario
                        that names it
  --help                show this help`;

const OPTIONS = {
  ...HELP_OPTION,
  ...PROTOCOL_OPTION,
  output: { type: 'string', short: 'o', missing: () => new CliUsageError('-o needs a file or folder.', 'For example: -o closing-too-soon.zip') },
  'site-url': { type: 'string', missing: () => new CliUsageError('--site-url needs an address.', 'For example: --site-url https://common-ground.example.org') },
  'xapi-endpoint': { type: 'string', missing: () => new CliUsageError('--xapi-endpoint needs an address.', 'For example: --xapi-endpoint https://lrs.example.org/xapi/') },
  'xapi-auth': { type: 'string', missing: () => new CliUsageError('--xapi-auth needs a value.', 'For example: --xapi-auth "Basic dXNlcjpwYXNz"') },
  force: { type: 'boolean' },
} as const satisfies OptionSpecs;

function readXapi(endpoint: string | undefined, authorization: string | undefined): XapiTarget | undefined {
  if (endpoint === undefined && authorization === undefined) return undefined;
  if (endpoint === undefined || authorization === undefined) throw new CliUsageError('--xapi-endpoint and --xapi-auth go together.', 'Give both, or neither to leave xAPI off.');
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new CliUsageError(`--xapi-endpoint must be a full web address, not "${endpoint}".`, 'For example: https://lrs.example.org/xapi/');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost'))) {
    throw new CliUsageError('--xapi-endpoint must be an https address (http only on this computer, for testing).', 'For example: https://lrs.example.org/xapi/');
  }
  return { endpoint: url.href.endsWith('/') ? url.href : `${url.href}/`, authorization };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The `package` command: `package scorm`. */
export const packageCommand: Command = async (argv, io) => {
  const [kind, ...rest] = argv;
  if (kind === undefined || kind === '--help' || kind === '-h') {
    io.stdout.write(`${HELP}\n`);
    return kind === undefined ? 2 : 0;
  }
  if (kind !== 'scorm') throw new CliUsageError(`package makes SCORM packages, not "${kind}".`, 'Use: common-ground package scorm closing-too-soon -o closing-too-soon.zip');
  const { values, positionals } = parseCommandLine(rest, { command: 'package scorm', options: OPTIONS });
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new CliUsageError('Which scenario? Give its id or file.', 'For example: common-ground package scorm closing-too-soon -o closing-too-soon.zip');
  const siteUrl = readSiteUrl(values['site-url'], io.env[SITE_URL_ENV]);
  const xapi = readXapi(values['xapi-endpoint'], values['xapi-auth']);
  const output = values.output === undefined ? io.cwd : resolve(io.cwd, values.output);
  const many = positionals.length > 1;
  if (many && !isFolder(output)) throw new CliUsageError(`With ${positionals.length} scenarios, -o must be a folder that exists, not "${values.output}".`, 'Make the folder first, or package one scenario at a time.');
  const files = positionals.map((argument) => resolveScenarioArgument(argument, io.cwd, bundledScenariosDir()));
  const catalogue = await protocolCatalogueFor(io, values.protocol, files);
  // A bundled scenario comes from the build-time cache, without the MDX parser.
  const cache = bundledScenarioCache();
  const assets = scormPlayerAssets();
  let failed = 0;
  for (const file of files) {
    const loaded = await loadScenarioFile(file, cache, catalogue);
    if (!loaded.ok) {
      io.stderr.write(`Not packaged: the scenario has errors.\n${loaded.errors.join('\n')}\n`);
      failed += 1;
      continue;
    }
    const scenario = loaded.scenario;
    const target = many || isFolder(output) ? join(output, `${scenario.id}-scorm12.zip`) : output;
    const { zip } = scormPackage(scenario, assets, { ...(siteUrl ? { siteUrl } : {}), ...(xapi ? { xapi } : {}) });
    const problem = writePackageFile(target, zip, { force: values.force });
    if (problem) {
      io.stderr.write(`${problem}\n`);
      failed += 1;
      continue;
    }
    io.stdout.write(`Wrote ${target} (${Math.ceil(zip.length / 1024)} KB): "${scenario.frontmatter.title}", SCORM 1.2${xapi ? `, xAPI to ${xapi.endpoint}` : ''}.\n`);
    // How much of SCORM 1.2's suspend data the longest play needs, so the author knows before a learner finds out.
    const longest = measureLongestRoute(scenario);
    io.stdout.write(
      `  Longest route (${longest.pathLength} moves, ${longest.prompts} prompts of ${TYPICAL_REFLECTION_CHARS} characters each): ${longest.chars.toLocaleString('en-GB')} of ${SUSPEND_DATA_LIMIT.toLocaleString('en-GB')} characters of suspend data${longest.kept === 'everything' ? ', all kept by the platform' : longest.kept === 'moves-only' ? '; the writing would be kept in the browser only' : '; part of the play would be kept in the browser only'}.\n`,
    );
  }
  return failed === 0 ? 0 : 1;
};
