/**
 * The `validate` command's cache of findings on disk, so checking a library
 * again after editing one file re-checks only that file. Each file's
 * findings are kept under a SHA-256 of everything they depend on: the cache
 * format, the build of Common Ground (cli/build-id.ts), the Node version,
 * the protocols checked against (their contents, not where they came from),
 * the file's path as shown, and its text. Any change to any of these is a
 * new key, so a result can never be stale; old entries are simply never
 * read again, and pruned when there are many.
 *
 * It is our cache, not the user's data: an entry that cannot be read or
 * does not look right is ignored (and replaced when the file is checked),
 * and a write that fails is forgotten, never an error of `validate`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';
import type { Finding, ProtocolCatalogue } from '../engine/index.js';

/** The environment variable that moves the cache (tests, and anyone who wants it elsewhere). */
export const CACHE_DIR_ENV = 'COMMON_GROUND_CACHE_DIR';

/** Bump when the entry's shape or what the key covers changes. */
const CACHE_FORMAT = 1;

/** Past this many entries, the oldest are removed down to {@link PRUNE_TO}. */
const MAX_ENTRIES = 2000;
const PRUNE_TO = 1500;

/**
 * The folder the user's caches belong in (`env-paths`: `~/.cache/common-ground`
 * on Linux, `~/Library/Caches/common-ground` on macOS, `%LOCALAPPDATA%\common-ground\Cache`
 * on Windows), or the one named by `COMMON_GROUND_CACHE_DIR`.
 *
 * @example
 * resolveCacheDir({ COMMON_GROUND_CACHE_DIR: '/tmp/cg-cache' }); // '/tmp/cg-cache'
 */
export function resolveCacheDir(env: Record<string, string | undefined>): string {
  const override = env[CACHE_DIR_ENV];
  if (override !== undefined && override.trim() !== '') return override;
  return envPaths('common-ground', { suffix: '' }).cache;
}

/** Findings kept by file text. */
export interface ValidateCache {
  /** The findings kept for this file (as shown) and text, or undefined. */
  get(file: string, text: string): Finding[] | undefined;
  /** Keeps the findings of this file and text; never throws. */
  set(file: string, text: string, findings: readonly Finding[]): void;
  /** Removes the oldest entries when there are too many; never throws. */
  prune(): void;
}

/** What an entry's key depends on besides the file: the build and the protocols. */
export interface ValidateCacheContext {
  /** The cache folder (see {@link resolveCacheDir}); entries go in its `validate/` folder. */
  dir: string;
  /** The running build's id (`currentBuildId()`). */
  buildId: string;
  /** The protocols the files are checked against, when not only the built-in ones by default. */
  protocols: ProtocolCatalogue | undefined;
}

const isPosition = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

/** True when `value` is a finding about `file`, as the checks make them. */
function isFindingOf(value: unknown, file: string): value is Finding {
  if (typeof value !== 'object' || value === null) return false;
  const finding = value as Record<string, unknown>;
  return (
    (finding.severity === 'error' || finding.severity === 'warning') &&
    typeof finding.code === 'string' &&
    typeof finding.message === 'string' &&
    typeof finding.hint === 'string' &&
    finding.file === file &&
    isPosition(finding.line) &&
    isPosition(finding.column)
  );
}

/**
 * Opens the cache for one run of `validate`. Nothing is read or created
 * until a file is looked up or kept.
 *
 * @example
 * const cache = openValidateCache({ dir: resolveCacheDir(io.env), buildId: await currentBuildId(), protocols });
 * const findings = cache.get('scenarios/a.mdx', text) ?? check(text);
 */
export function openValidateCache(context: ValidateCacheContext): ValidateCache {
  const folder = join(context.dir, 'validate');
  // The protocols are hashed once per run; their JSON is their whole content (they are plain data).
  const protocols = context.protocols === undefined ? 'default' : createHash('sha256').update(JSON.stringify(context.protocols)).digest('hex');
  const prefix = `common-ground validate ${CACHE_FORMAT}\n${context.buildId}\n${process.version}\n${protocols}\n`;
  const keyOf = (file: string, text: string) => createHash('sha256').update(prefix).update(`${JSON.stringify(file)}\n`).update(text).digest('hex');
  const pathOf = (key: string) => join(folder, `${key}.json`);
  let wrote = false;

  return {
    get(file, text) {
      const key = keyOf(file, text);
      try {
        const entry = JSON.parse(readFileSync(pathOf(key), 'utf8')) as { format?: unknown; key?: unknown; findings?: unknown };
        if (entry.format !== CACHE_FORMAT || entry.key !== key || !Array.isArray(entry.findings)) return undefined;
        return entry.findings.every((finding) => isFindingOf(finding, file)) ? (entry.findings as Finding[]) : undefined;
      } catch {
        // Missing, unreadable or damaged: checked again, and the entry written anew.
        return undefined;
      }
    },
    set(file, text, findings) {
      const key = keyOf(file, text);
      // A name of its own for each writer, then a rename: a reader sees the old entry or the whole new one, never half.
      const temporary = join(folder, `${key}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      try {
        mkdirSync(folder, { recursive: true });
        writeFileSync(temporary, JSON.stringify({ format: CACHE_FORMAT, key, findings }));
        renameSync(temporary, pathOf(key));
        wrote = true;
      } catch {
        try {
          unlinkSync(temporary);
        } catch {
          // Never written.
        }
      }
    },
    prune() {
      if (!wrote) return;
      try {
        const names = readdirSync(folder).filter((name) => name.endsWith('.json'));
        if (names.length <= MAX_ENTRIES) return;
        const aged = names.map((name) => ({ name, time: statSync(join(folder, name)).mtimeMs })).sort((a, b) => a.time - b.time);
        for (const { name } of aged.slice(0, names.length - PRUNE_TO)) rmSync(join(folder, name), { force: true });
      } catch {
        // Another run may be pruning too; whatever is left is still valid.
      }
    },
  };
}
