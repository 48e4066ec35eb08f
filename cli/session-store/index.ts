/** Session persistence for the terminal app: atomic session files in the user's data directory. */
export { nodeSessionFs, type SessionFs } from './session-fs.js';
export { writeFileAtomically } from './write-file-atomically.js';
export { resolveDataDir, sessionsDir, exportsDir, DATA_DIR_ENV } from './data-dir.js';
export { SessionRecordSchema, SESSION_RECORD_VERSION, type SessionRecord } from './session-record.js';
export { createSessionStore, fileTimestamp, type SessionStore, type SessionStoreOptions, type LoadResult, type SavedSessionSummary } from './session-store.js';
