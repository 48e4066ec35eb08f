/**
 * The install a user gets: the packed CLI installed globally into a
 * temporary prefix, as `npm install -g` would (its size on disk, and that
 * it ships no tests or site sources), beside the checkout's own
 * `node_modules` measured in the same run. And honest engines: how many
 * installed packages declare a Node range this Node does not satisfy,
 * which is what npm's EBADENGINE warning reports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { judge, skippedRow, type BenchRow } from '../lib/bench-row.js';
import { singleSummary } from '../lib/stats.js';

const LIMIT_BYTES = 60 * 1024 * 1024;

/** Folders the packed CLI must not carry. */
const NOT_SHIPPED = /^package\/(?:tests|site|\.ci|engine|cli)\//;

const one = singleSummary;

/** Bytes on disk under `path` (du, apparent sizes, symlinks not followed). */
function diskBytes(path: string): number {
  const du = spawnSync('du', ['-sb', path], { encoding: 'utf8' });
  if (du.status !== 0) throw new Error(`du failed on ${path}: ${du.stderr.trim()}`);
  return Number(du.stdout.split('\t')[0]);
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' / ')}`);
  return `${result.stdout}\n${result.stderr}`;
}

/** Every package.json under node_modules (nested ones too), with the `engines.node` it declares. */
function installedPackages(nodeModules: string): Array<{ name: string; node: string | undefined }> {
  const found: Array<{ name: string; node: string | undefined }> = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.name.startsWith('@')) {
        visit(path);
        continue;
      }
      const manifest = join(path, 'package.json');
      if (existsSync(manifest)) {
        const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; engines?: { node?: string } };
        found.push({ name: json.name ?? entry.name, node: json.engines?.node });
      }
      if (existsSync(join(path, 'node_modules'))) visit(join(path, 'node_modules'));
    }
  };
  visit(nodeModules);
  return found;
}

/** The install figures. */
export async function benchInstall(root: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  if (!existsSync(join(root, 'dist', 'cli.js'))) return [skippedRow('install', 'installed CLI', 'bytes', 'dist/cli.js is missing: run `npm run build`')];
  const work = mkdtempSync(join(tmpdir(), 'common-ground-install-'));
  try {
    // dist/ is built by `npm run bench` before this runs, so prepack's build is skipped.
    run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], root);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    const listing = run('tar', ['tzf', join(work, tarball)], work).split('\n').filter((line) => line.startsWith('package/'));
    const strays = listing.filter((path) => NOT_SHIPPED.test(path));
    const prefix = join(work, 'prefix');
    const output = run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', join(work, tarball)], work);
    const installed = diskBytes(prefix);
    const checkout = diskBytes(join(root, 'node_modules'));
    const packages = installedPackages(join(prefix, 'lib', 'node_modules')).length - 1; // less the CLI itself
    rows.push({
      group: 'install',
      figure: '`npm install -g` of the packed CLI, size on disk',
      unit: 'bytes',
      summary: one(installed),
      baseline: { label: "the checkout's node_modules (every tool to build and test)", unit: 'bytes', summary: one(checkout) },
      ratio: { value: installed / checkout, label: 'x the checkout' },
      target: '<= 60 MB, no tests or site sources',
      status: strays.length === 0 ? judge(installed, '<=', LIMIT_BYTES) : 'missed',
      note: `${listing.length} files packed, ${packages} dependencies installed, ${strays.length} from tests/, site/, .ci/ or the sources${/EBADENGINE/.test(output) ? '; npm warned EBADENGINE' : ''}`,
    });
  } catch (error) {
    rows.push(skippedRow('install', '`npm install -g` of the packed CLI', 'bytes', error instanceof Error ? error.message.split('\n')[0]! : String(error), '<= 60 MB'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // npm's EBADENGINE check, done here over what `npm ci` installed: each package's engines.node against this Node.
  const semver = createRequire(join(root, 'package.json'))('semver') as { satisfies: (version: string, range: string) => boolean };
  const all = installedPackages(join(root, 'node_modules'));
  const refusing = all.filter((entry) => entry.node !== undefined && !semver.satisfies(process.version, entry.node));
  rows.push({
    group: 'install',
    figure: `installed packages whose \`engines.node\` excludes Node ${process.version} (EBADENGINE)`,
    unit: 'packages',
    summary: one(refusing.length),
    baseline: { label: 'packages installed by `npm ci`', unit: 'packages', summary: one(all.length) },
    target: '0',
    status: judge(refusing.length, '<=', 0),
    ...(refusing.length > 0 ? { note: refusing.map((entry) => `${entry.name} (${entry.node})`).join(', ') } : {}),
  });
  return rows;
}
