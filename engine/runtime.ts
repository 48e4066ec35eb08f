/**
 * The engine's browser face: everything a site island may import, and nothing
 * that needs the scenario parser, the schema library or YAML. A player, the
 * deadline calculator, the reflective log and search run on this alone; the
 * build checks the islands' chunks against it (tests/e2e/site/island-bundles.test.ts).
 *
 * The Node and authoring face, `engine/index.ts`, is this plus the parsers.
 * Modules inside engine/ import each other directly, never through a face.
 */

// Every engine error has a message, a hint and, for a file, where.
export { EngineError, type ErrorLocation } from './kernel/engine-error.js';

// Calendar: London time and working days.
export { CalendarError } from './calendar/calendar-error.js';
export { isIsoDate, isRealDate } from './calendar/iso-date.js';
export { DATE_TIME_PARTS, dateTimePartsOf, EMPTY_DATE_TIME_PARTS, type DateTimePart, type DateTimeParts } from './calendar/date-parts.js';
export { formatDueBy, formatLondonInWords } from './calendar/plain-english-time.js';
export { englandAndWalesCalendar } from './calendar/england-and-wales-calendar.js';
export {
  createWorkingDayCalendar,
  type WorkingDayCalendar,
  type WorkingDayCalendarOptions,
} from './calendar/working-day-calendar.js';
export {
  formatLondon,
  formatLondonDate,
  formatLondonIso,
  formatLondonLongDate,
  fromDate,
  parseLondonDateTime,
  toIsoDate,
} from './calendar/london-time.js';

// Protocols: the built-in data (already checked when it was written), deadline
// tables, calendar files and the words the tables are shown with.
export type { Protocol } from './protocol/protocol.schema.js';
export { ProtocolError } from './protocol/protocol-error.js';
export { builtInProtocol, builtInProtocols, DEFAULT_PROTOCOL } from './protocol/built-in-protocol-data.js';
export { catalogueWith, protocolById, type ProtocolCatalogue } from './protocol/protocol-catalogue.js';
export { RAISED_EVENT } from './protocol/check-protocol-references.js';
export { computeDeadlines } from './protocol/compute-deadlines.js';
export type { DeadlineTable, StageDeadlines } from './protocol/deadline-table.js';
// The .ics builder (and the `ics` library) only on demand; the authoring face exports it directly.
export { loadDeadlineCalendarBuilder } from './protocol/load-deadline-calendar-builder.js';
export type { BuildDeadlineCalendar, BuildDeadlineCalendarOptions } from './protocol/build-deadline-calendar.js';
export { nextDeadline, type NextDeadline } from './protocol/next-deadline.js';
export { explainWorkingDayStarts, type WorkingDayStartNote } from './protocol/explain-working-day-start.js';
export {
  checkDeadlineForm,
  deadlineFormError,
  deadlineFormEvents,
  deadlineFormLabel,
  emptyDeadlineForm,
  type DeadlineFormError,
  type DeadlineFormField,
  type DeadlineFormValues,
} from './protocol/deadline-form.js';
export { skippedDayLines, type SkippedDayLine } from './protocol/skipped-day-lines.js';
export { isCheckAssumed } from './protocol/is-check-assumed.js';
export { noteScope } from './protocol/note-scope.js';
export { placeholdersOf, resolveRouteText } from './protocol/route-text.js';

// Scenarios as the player receives them: parsed at build time, so only types here.
export type { EndingNode, Scenario, SceneNode } from './scenario/scenario-model.js';
export { scenarioProtocol } from './scenario/scenario-protocol.js';
export { SCENARIO_TOPICS, topicLabel } from './scenario/scenario-vocabulary.js';
export { isScenarioFileName, kebabFromTitle, scenarioFileNameFor, scenarioFileNames, SCENARIO_FILE_GLOBS } from './scenario/scenario-file-name.js';
export { assertScenarioFormat } from './scenario/assert-scenario-format.js';
export { SCENARIO_FORMAT_VERSION } from './scenario/scenario-format.js';

// Playing a scenario, and its debrief.
export type { Session } from './runner/session.js';
export { RunnerError } from './runner/runner-error.js';
export type { StepOptions } from './runner/runner-options.js';
export type { EndingView, FeedbackView, PromptView, SceneView, SessionView } from './runner/session-view.js';
export { viewSession } from './runner/view-session.js';
export { judgeChoice, type ChoiceVerdict } from './runner/present.js';
export { describeMoveTime } from './runner/describe-move-time.js';
export { isChoiceSeed, seedFromRandom } from './runner/choice-order.js';
export { choose, continueSession, restartSession, startSession, stepBack, writeResponse } from './runner/session-moves.js';
export { restoreSession, serialiseSession } from './runner/serialise-session.js';
export type { Debrief, TimelineSeries } from './debrief/debrief.js';
export { buildDebrief } from './debrief/build-debrief.js';
export { debriefToMarkdown, type DebriefMarkdownOptions } from './debrief/debrief-to-markdown.js';
export { describeEnding } from './debrief/describe-ending.js';
export { describeOtherRoute, type OtherGoodRoute, type OtherRouteStep } from './debrief/other-good-routes.js';
export { timelineSeries } from './debrief/timeline-series.js';

// A workshop's rounds and votes (its saved file is read by the authoring face).
export { WORKSHOP_MODES, type Workshop, type WorkshopMode } from './workshop/workshop.js';
export { WorkshopError } from './workshop/workshop-error.js';
export {
  checkTableName,
  currentDecision,
  decideRound,
  leadingChoices,
  MAX_TABLES,
  nextDecisionNumber,
  openDecisions,
  renameTable,
  setNote,
  startWorkshop,
  tallyVotes,
  undoRound,
  undoTableRound,
  workshopSessions,
  type VoteTally,
  type WorkshopDecision,
} from './workshop/workshop-play.js';
export {
  discussionTimerReducer,
  formatDiscussionTime,
  formatTimeLeft,
  isDiscussionOver,
  startDiscussionTimer,
  type DiscussionTimer,
  type DiscussionTimerAction,
} from './workshop/discussion-timer.js';
export {
  CYCLE_STEPS,
  cycleOf,
  noteNumber,
  openRoom,
  rang,
  roomReducer,
  stepBackOf,
  tableDecisionNumber,
  voteStatus,
  type CycleStep,
  type DecisionCycle,
  type Room,
  type RoomAction,
  type StepBack,
  type VoteNeeds,
  type VoteStatus,
} from './workshop/decision-cycle.js';
export { revealRound, type ChoiceReveal, type RoundReveal, type TableStanding } from './workshop/reveal-round.js';
// The votes of decisions not yet taken, saved with the workshop; and the phones' room of a served workshop.
export { nextDecisionOf, type Ballot } from './workshop/ballots.js';
export { freeSeat, holdsSeat, newRoomCode, newSeatToken, takeSeat, withLiveRoom, type LiveRoom, type RandomBytes } from './workshop/live/live-room.js';
export * from './workshop/live/live-protocol.js';
export { buildWorkshopDebrief, DECIDED_BY_WORDS, MODE_WORDS, OUTCOME_WORDS, type WorkshopDebrief } from './workshop/workshop-debrief.js';
export { workshopDebriefToMarkdown, workshopRecordToMarkdown, type WorkshopRecordOptions } from './workshop/workshop-record-markdown.js';
export { narrativeHeading, nodeTitle } from './scenario/narrative-heading.js';

// Saving in the browser, and the reflective log.
export { createMemoryStore, type KeyValueStore } from './storage/key-value-store.js';
export { reflectiveLogStorageKey, sessionStorageKey } from './storage/storage-keys.js';
export { unwrapStored, wrapStored } from './storage/stored-envelope.js';
export { readStored, setStoredAside } from './storage/read-stored.js';
export { writeStored, type StorageRefusal, type StoredWriteResult } from './storage/write-stored.js';
export { describeErasure, eraseStoredData, type ErasedData, type EraseResult, type ListableStore } from './storage/erase-stored-data.js';
export { emptyReflectiveLog, REFLECTIVE_LOG_FORMAT_VERSION, type ReflectiveLog, type ReflectiveLogEntry } from './reflective-log/reflective-log.js';
export { upsertLogEntry } from './reflective-log/upsert-log-entry.js';
export { playThroughOf, recordReflection, type PlayThrough } from './reflective-log/record-reflection.js';
export { salvageReflectiveLog, type LogList, type UnreadableLogEntry } from './reflective-log/salvage-reflective-log.js';
export { groupLogEntries, type LogPromptGroup, type LogScenarioGroup, type LogVersion } from './reflective-log/group-log-entries.js';
export { reflectiveLogToMarkdown } from './reflective-log/reflective-log-to-markdown.js';
export { buildLogDocument, cpdRecordBlocks, formatCpdDate, LOG_DOCUMENT_TITLE, reflectionHeading, type LogBlock } from './reflective-log/log-document.js';
export { CPD_DETAILS, CPD_FIELDS, deleteCpdRecord, deleteReflection, formatTimeSpent, saveCpdRecord, type CpdEvidence, type CpdField, type CpdRecord, type CpdTexts } from './reflective-log/cpd-record.js';
export { checkCpdForm, cpdFormFromRecord, cpdRecordFromForm, emptyCpdForm, type CpdFormError, type CpdFormField, type CpdFormValues } from './reflective-log/check-cpd-form.js';
export { checkEvidenceFile, EVIDENCE_FILE_TYPES, evidenceFromText, evidenceKindOf, type EvidenceKind } from './reflective-log/evidence-file.js';
export { backupSizeProblem, readReflectiveLogBackup, reflectiveLogBackup } from './reflective-log/reflective-log-backup.js';
export { describeMerge, mergeReflectiveLogs, type MergeSummary } from './reflective-log/merge-reflective-logs.js';

// The scenario library's cards and filters.
export { describeStagesReached, libraryCardFromScenario, type LibraryCard } from './library/library-card.js';
export {
  describeLibraryCount,
  filterLibrary,
  libraryChoices,
  libraryFilterFromParams,
  libraryFilterToParams,
  type LibraryChoices,
  type LibraryFilter,
} from './library/library-filter.js';

// Search over a prebuilt index (building one is on the authoring face).
export { SearchError } from './search/search-error.js';
export { loadSearchBundle, type LoadedSearch } from './search/search-bundle.js';
export { runSearch, type SearchAnswered, type SearchHit, type SearchOutcome } from './search/run-search.js';
export type { TextSegment } from './search/highlight-ranges.js';

// A count with its noun, for every front end's sentences.
export { countOf } from './kernel/count-of.js';

// The words of a Markdown tree, for labels, announcements and search.
export { mdastText } from './kernel/mdast-text.js';

// Output that nothing in it can steer: where a link may point, and the characters a terminal or file must not get.
export { allowedHref } from './kernel/allowed-href.js';
export { replaceControlCharacters } from './kernel/control-characters.js';

// Guidance sections and where a protocol's own sections are cited.
export {
  guidancePages,
  guidanceSectionHref,
  guidanceSections,
  guidanceSource,
  type GuidanceSection,
} from './guidance/guidance-sections.js';
export { citeSection, GUIDANCE_PROTOCOL, protocolPagePath, type CitingProtocol } from './guidance/citable-sections.js';

// A scenario played inside a learning platform (SCORM 1.2): finding the platform's API, the attempt, what is kept, the status and score.
export { findScormApi, type ApiWindow } from './lms/find-scorm-api.js';
export { ScormSession, type ScormFailure, type ScormLaunch, type ScormOpening, type ScormResume, type ScormWriteResult } from './lms/scorm-api.js';
export { isScorm12Api, type Scorm12Api } from './lms/scorm-12-api.js';
export { SUSPEND_DATA_LIMIT, decodeSuspendData, encodeSuspendData, type SuspendDataKept } from './lms/suspend-data.js';
export { LESSON_STATUS_TABLE, scormLessonStatus, type ReportedLessonStatus } from './lms/scorm-status.js';
export { SCORM_SCORE_RANGE, scoreBreakdown, scormScore, type ScoreBreakdown } from './lms/scorm-score.js';
export { formatCmiTimespan } from './lms/session-time.js';
export type { PackageData, XapiTarget } from './lms/scorm-package.js';
// xAPI from a package (optional, off by default): the statements a play-through makes, who they are about, a cmi5 launch.
export { newStatements } from './lms/xapi/new-statements.js';
export { statementKind, XAPI_LANGUAGE, XAPI_VERBS } from './lms/xapi/xapi-verbs.js';
export { XAPI_BASE_IRI, scenarioActivityIri } from './lms/xapi/xapi-iris.js';
export { anonymousActor } from './lms/xapi/xapi-actor.js';
export { readCmi5Launch, type Cmi5Launch, type Cmi5LaunchReading } from './lms/xapi/cmi5-launch.js';
export { formatUuid } from './lms/xapi/name-uuid.js';
export type { XapiAttempt } from './lms/xapi/xapi-attempt.js';
export type { XapiAgent, XapiStatement, XapiStatementKind } from './lms/xapi/xapi-statement.js';

// The studio: writing a scenario in the browser. What its islands need, none of
// it the parser: the map (lanes by stage, the JSON elkjs lays out, the text
// outline, its boxes' words and sizes, its lane bands), completion at the
// cursor, drafts kept in the browser and the session over them, the preview's
// rule for new versions, and findings in a sentence for the status line and
// the polite live region. Starting a draft and running a plan on it are on
// the authoring face (index.ts).
export {
  elkGraphFor,
  mapOutline,
  missingNodeId,
  scenarioMap,
  type ElkEdgeInput,
  type ElkGraphInput,
  type ElkGraphOptions,
  type ElkLabelInput,
  type ElkNodeInput,
  type MapEdge,
  type MapLane,
  type MapNode,
  type OutlineEntry,
  type ScenarioMap,
} from './studio/scenario-map.js';
export { marksExplained, marksInBrief, nodeMarks, type NodeMark } from './studio/node-marks.js';
export { MAP_BOX, MAP_LABEL, MAP_LAYOUT, mapLabelLines, mapLabelSize, mapNodeLines, mapNodeSize, MISSING_BOX, missingBoxLines, wrapMapText } from './studio/map-box-lines.js';
export {
  laneBands,
  MAP_FRAME,
  mapFrame,
  pathThrough,
  readElkLayout,
  type DrawnLane,
  type ElkLayoutOutput,
  type LaidOutMap,
  type LaneBand,
  type MapBox,
  type MapFrame,
  type MapPoint,
} from './studio/map-layout.js';
export { BEFORE_THE_PROCESS, stageLabel, type StageNaming } from './studio/stage-label.js';
export { completedAttributes, completionsAt, studioVocabulary, type CompletionOption, type CompletionResult, type StudioVocabulary } from './studio/completions.js';
export {
  createDraftStore,
  DELETED_DRAFTS_KEPT,
  listableDraftStorage,
  nextDraftName,
  type DeletedDraftSummary,
  type Draft,
  type DraftProblem,
  type DraftStorage,
  type DraftStore,
  type DraftSummary,
  type RemoveOutcome,
  type SaveOutcome,
} from './studio/draft-store.js';
export { createDraftSession, type DraftSaveState, type DraftSession, type DraftSessionState, type OpenDraft, type UndoableDeletion } from './studio/draft-session.js';
export { deletedStorageKey, studioDraftKeyPrefix, studioDraftStorageKey } from './storage/storage-keys.js';
export { findingsAnnouncement, findingsSummary } from './studio/findings-summary.js';
export { fileSizeRefusal } from './studio/file-size-refusal.js';
export { isPreviewStale, playFrom, previewMoved, previewVersion, restartPreview, type PreviewRun } from './studio/preview-run.js';
// What the islands show and check besides: findings and the input caps, and, as
// types only (erased, so none of the parser loads), what the worker's halves return.
export { hasErrors, type Finding } from './scenario/finding.js';
export { INPUT_CAPS } from './kernel/input-caps.js';
export type { StartResult } from './studio/starting-points.js';
export type { PlanReport, PlanRouteRow } from './studio/plan-report.js';
