/**
 * The reflective log: reflections and records from every scenario, kept by
 * the shell (the site keeps it in localStorage), grouped for display and
 * exported as Markdown for CPD evidence.
 */
export {
  REFLECTIVE_LOG_FORMAT_VERSION,
  emptyReflectiveLog,
  type ReflectiveLog,
  type ReflectiveLogEntry,
} from './reflective-log.js';
export { ReflectiveLogError } from './reflective-log-error.js';
export { upsertLogEntry, removeScenarioEntries } from './upsert-log-entry.js';
export { parseReflectiveLog } from './parse-reflective-log.js';
export { groupLogEntries, type LogDayGroup, type LogScenarioGroup } from './group-log-entries.js';
export { reflectiveLogToMarkdown, type ReflectiveLogMarkdownOptions } from './reflective-log-to-markdown.js';
