/**
 * The reflective log as a JSON backup file, and reading one back. The
 * browser is not the only copy on a shared computer: a backup can be kept
 * elsewhere and imported into another browser. A file is imported whole
 * or not at all, with a sentence saying why not.
 */
import { isRecord } from '../kernel/is-record.js';
import { REFLECTIVE_LOG_FORMAT_VERSION, type ReflectiveLog } from './reflective-log.js';
import { ReflectiveLogError } from './reflective-log-error.js';
import { salvageReflectiveLog } from './salvage-reflective-log.js';

/** What a backup file says it is. */
export const BACKUP_KIND = 'common-ground-reflective-log';

/** The largest backup read, in characters: far more than browser storage holds. */
export const MAX_BACKUP_CHARACTERS = 20 * 1024 * 1024;

const HINT = 'Choose a backup made with “Download a backup (JSON)” on this page. Nothing was imported, and your log is as it was.';

/** How many problems a message names before saying "and N more". */
const NAMED_PROBLEMS = 3;

/**
 * Why a file of this size is not read as a backup (before reading it), or null.
 *
 * @example
 * backupSizeProblem(50 * 1024 * 1024); // 'This file could not be imported: it is larger than 20 MB, …'
 */
export function backupSizeProblem(bytes: number): string | null {
  return bytes > MAX_BACKUP_CHARACTERS ? 'This file could not be imported: it is larger than 20 MB, far larger than a reflective log backup.' : null;
}

/**
 * The backup file's text.
 *
 * @example
 * JSON.parse(reflectiveLogBackup(log, { exportedAt: '2026-12-18T10:00:00.000Z' })).backup; // 'common-ground-reflective-log'
 */
export function reflectiveLogBackup(log: ReflectiveLog, options: { exportedAt: string }): string {
  const backup = { backup: BACKUP_KIND, formatVersion: REFLECTIVE_LOG_FORMAT_VERSION, exportedAt: options.exportedAt, entries: log.entries, records: log.records };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * Reads a backup file's text. Every entry must be readable; a log in an
 * older format that is still read is brought up to date.
 *
 * @throws {ReflectiveLogError} with a sentence for the learner when the
 * file is not a backup, is from a newer version, or holds an entry that
 * cannot be read.
 * @example
 * readReflectiveLogBackup(text).records.length; // 2
 */
export function readReflectiveLogBackup(text: string): ReflectiveLog {
  const refuse = (why: string): never => {
    throw new ReflectiveLogError(`This file could not be imported: ${why}`, HINT);
  };
  const tooLarge = backupSizeProblem(text.length);
  if (tooLarge) throw new ReflectiveLogError(tooLarge, HINT);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('it is not a Common Ground backup (it is not JSON).');
  }
  if (!isRecord(data) || data.backup !== BACKUP_KIND) return refuse('it is not a Common Ground reflective log backup.');
  let salvaged: ReturnType<typeof salvageReflectiveLog>;
  try {
    salvaged = salvageReflectiveLog(data);
  } catch (error) {
    const problem = error instanceof ReflectiveLogError ? error.message.replace(/^The reflective log/, 'the backup') : 'the backup cannot be read.';
    const newer = typeof data.formatVersion === 'number' && data.formatVersion > REFLECTIVE_LOG_FORMAT_VERSION ? ' It was made by a newer version of Common Ground.' : '';
    return refuse(`${problem}${newer}`);
  }
  const { log, unreadable } = salvaged;
  if (unreadable.length > 0) {
    const named = unreadable.slice(0, NAMED_PROBLEMS).map((item) => item.problem.replace(/^The reflective log's/, 'Its'));
    const more = unreadable.length - named.length;
    refuse(`${unreadable.length === 1 ? '1 entry' : `${unreadable.length.toLocaleString('en-GB')} entries`} in it cannot be read (${named.join(' ')}${more > 0 ? ` And ${more} more.` : ''}).`);
  }
  return log;
}
