/** Session persistence for the terminal app: atomic, locked session files in the user's data directory. */
export { nodeSessionFs, notARegularFile, type FsEntry, type SessionFs } from './session-fs.js';
export { writeFileAtomically } from './write-file-atomically.js';
export { resolveDataDir, sessionsDir, exportsDir, DATA_DIR_ENV } from './data-dir.js';
export { SessionRecordSchema, SESSION_RECORD_VERSION, type SessionRecord } from './session-record.js';
export { ReadOnlyFileError, SessionFileError, SessionInUseError, writeFailure } from './session-file-error.js';
export {
  acquireFileLock,
  describeLockHolder,
  lockPathFor,
  processLockIdentity,
  readLockHolder,
  STALE_AFTER_MS,
  type AcquireOptions,
  type FileLock,
  type LockHeld,
  type LockIdentity,
  type LockOwner,
  type LockResult,
} from './file-lock.js';
export {
  createSessionStore,
  fileTimestamp,
  MAX_SESSION_FILE_BYTES,
  type SessionStore,
  type SessionStoreOptions,
  type LoadProblem,
  type LoadResult,
  type SavedSessionSummary,
} from './session-store.js';
