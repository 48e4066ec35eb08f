/**
 * The protocol layer's public face: load a protocol file, compute a
 * disagreement's deadlines under it, and export them as a calendar.
 */
export { ProtocolError } from './protocol-error.js';
export {
  PROTOCOL_FORMAT_VERSION,
  ProtocolSchema,
  RuleSchema,
  StageSchema,
  EventSchema,
  RouteSchema,
  DeadlineSchema,
  RouteTextSchema,
  HoursAfterRuleSchema,
  WorkingDaysAfterRuleSchema,
  WorkingWeeksAfterRuleSchema,
  EndOfWorkingDayRuleSchema,
  AtRuleSchema,
  ProtocolSourceSchema,
  CapSchema,
  NoteSchema,
  OfficeHoursSchema,
} from './protocol.schema.js';
export type {
  Protocol,
  ProtocolStage,
  ProtocolDeadline,
  ProtocolEvent,
  ProtocolRoute,
  RouteText,
  Rule,
  HoursAfterRule,
  WorkingDaysAfterRule,
  WorkingWeeksAfterRule,
  EndOfWorkingDayRule,
  AtRule,
  EarliestRule,
  ProtocolCap,
  ProtocolNote,
  OfficeHours,
} from './protocol.schema.js';
export { loadProtocol } from './load-protocol.js';
export { WORKING_DAYS_PER_WEEK } from './working-week.js';
export { checkProtocolSource, type ProtocolSourceResult } from './check-protocol-source.js';
export { checkProtocolReferences, RAISED_EVENT, type ReferenceProblem } from './check-protocol-references.js';
export { builtInProtocols, builtInProtocol, northYorkshireProtocol, exampleTemplateProtocol, DEFAULT_PROTOCOL } from './built-in-protocol-data.js';
export { resolveProtocol } from './built-in-protocols.js';
export { catalogueWith, protocolById, findProtocol, type ProtocolCatalogue } from './protocol-catalogue.js';
export { eventsOfRule, canRuleDropOut, type RuleEventReference, type EventUse } from './rule-events.js';
export { placeholdersOf, resolveRouteText } from './route-text.js';
export { evaluateRule, evaluateOptionalRule, type EventTimes, type RuleOutcome } from './evaluate-rule.js';
export { resolveEventTimes, type ResolvedEventTime } from './resolve-event-times.js';
export { parseEventTime, type EventTimeInput } from './parse-event-time.js';
export { computeDeadlines, type ComputeDeadlinesInput } from './compute-deadlines.js';
export type {
  DeadlineTable,
  StageDeadlines,
  DeadlineCheck,
  StartingEvent,
  SkippedDay,
  TableEvent,
} from './deadline-table.js';
export { buildDeadlineCalendar, type BuildDeadlineCalendarOptions } from './build-deadline-calendar.js';
export { skippedDayLines, type SkippedDayLine } from './skipped-day-lines.js';
export { isCheckAssumed } from './is-check-assumed.js';
export { noteScope } from './note-scope.js';
export { evaluateDeadline, capsOfStage, findStageDeadline, type DeadlineOutcome, type CapOverrun } from './evaluate-deadline.js';
export { hourDeadlineWarning, type HourDeadlineWarning } from './deadline-warnings.js';
export { stageByNumber, stageAfter, stageBefore } from './stage-by-number.js';
