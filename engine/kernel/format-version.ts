/**
 * Format versions of everything Common Ground saves or reads: the current
 * version, the oldest one this build still reads, and the migrations between
 * them. A file in an older format that is still supported is brought up to
 * date step by step instead of being refused, so a version bump never
 * orphans a learner's saved sessions or reflective log.
 */

/** Turns data in one version into data in the next version. */
export type Migration = (data: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** The versions of one format. */
export interface FormatVersions {
  /** The version this build writes. */
  readonly current: number;
  /** The oldest version this build reads; every version from here up to `current` has a migration. */
  readonly minimum: number;
  /** `migrations[v]` turns version-`v` data into version `v + 1`. */
  readonly migrations: Readonly<Record<number, Migration>>;
  /** The field that holds the version; `formatVersion` unless said otherwise. */
  readonly field: string;
}

/**
 * Declares a format's versions, checking that every supported older version
 * has its migration.
 *
 * @throws {RangeError} when the versions are not whole numbers in order, or a migration is missing.
 * @example
 * const SESSION_FORMAT = defineFormat({ current: 2, minimum: 1, migrations: { 1: (data) => ({ ...data, notes: [] }) } });
 */
export function defineFormat(versions: { current: number; minimum?: number; migrations?: Record<number, Migration>; field?: string }): FormatVersions {
  const { current, minimum = current, migrations = {}, field = 'formatVersion' } = versions;
  if (!Number.isInteger(current) || !Number.isInteger(minimum) || minimum < 1 || minimum > current) {
    throw new RangeError(`A format needs whole-number versions with 1 <= minimum <= current (got minimum ${minimum}, current ${current}).`);
  }
  for (let version = minimum; version < current; version += 1) {
    if (typeof migrations[version] !== 'function') throw new RangeError(`Format version ${version} is still read, so it needs a migration to ${version + 1}.`);
  }
  return Object.freeze({ current, minimum, migrations: Object.freeze({ ...migrations }), field });
}

/** What {@link readFormat} found. */
export type FormatReading =
  /** In the current format, or migrated to it (`from` is the version it was written in). */
  | { readonly status: 'readable'; readonly data: Record<string, unknown>; readonly from: number }
  /** Older than the oldest version this build reads. */
  | { readonly status: 'too-old'; readonly version: number }
  /** Written by a newer build. */
  | { readonly status: 'too-new'; readonly version: number }
  /** The version field is missing or not a whole number. */
  | { readonly status: 'unversioned'; readonly version: unknown };

/**
 * Reads the version of saved data and brings it up to the current format.
 * The data passed in is never changed.
 *
 * @example
 * readFormat({ formatVersion: 1, steps: [] }, SESSION_FORMAT);
 * // { status: 'readable', data: { formatVersion: 2, steps: [], notes: [] }, from: 1 }
 */
export function readFormat(data: Readonly<Record<string, unknown>>, format: FormatVersions): FormatReading {
  const version = data[format.field];
  if (typeof version !== 'number' || !Number.isInteger(version)) return { status: 'unversioned', version };
  if (version > format.current) return { status: 'too-new', version };
  if (version < format.minimum) return { status: 'too-old', version };
  let migrated: Record<string, unknown> = { ...data };
  for (let step = version; step < format.current; step += 1) {
    migrated = { ...format.migrations[step]!(migrated), [format.field]: step + 1 };
  }
  return { status: 'readable', data: migrated, from: version };
}
