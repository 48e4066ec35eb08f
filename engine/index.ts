/**
 * The engine's Node and authoring face: the browser face (`runtime.ts`) plus
 * what reads and checks files people write (scenarios, protocols, plans, case
 * files, closures), the privacy guard, case audits and search-index building.
 * The CLI and the site's build-time pages import from here; a site island
 * imports `engine/runtime.ts` instead.
 */
export * from './runtime.js';
// The browser face loads the .ics builder on demand; Node has it at once.
export { buildDeadlineCalendar } from './protocol/build-deadline-calendar.js';

// Calendar files: a partnership's closures and the GOV.UK bank-holiday feed.
export { parseClosureDays } from './calendar/closure-days.js';
export { parseGovUkFeed } from './calendar/gov-uk-feed.js';

// Protocol files.
export { checkProtocolSource } from './protocol/check-protocol-source.js';
export { resolveProtocol } from './protocol/built-in-protocols.js';

// Scenario files: the format, its checks and their findings.
export { ScenarioFrontmatterSchema, isKebabId } from './scenario/scenario.schema.js';
export { checkScenarioSource } from './scenario/validate-scenario.js';
// The same checks for a text being edited (the studio): re-parses only the scenes and endings that changed.
export { createScenarioChecker, type ScenarioChecker } from './scenario/scenario-checker.js';
export type { ChunkStore } from './scenario/incremental-mdx-parser.js';
export { LINT_CODES, lintScenario, type Lint } from './scenario/lint-scenario.js';
export { facilitatorNote, type FacilitatorDecision, type FacilitatorNote } from './scenario/facilitator-note.js';
export { LIBRARY_TRIGGERS, libraryReport, type LibraryReport, type LibraryReportRow, type LibraryTrigger } from './library/library-report.js';
export { libraryReportMarkdown } from './library/library-report-markdown.js';
export { checkScenarioFile, type CheckedScenarioFile, type ScenarioSource } from './scenario/scenario-source.js';
export { formatFinding, hasErrors, sortFindings, type Finding } from './scenario/finding.js';

// Test plans, and the words their results are reported in (`test` and the studio).
export { parsePlan } from './plan/parse-plan.js';
export { runPlan } from './plan/run-plan.js';
export type { RouteResult } from './plan/plan-model.js';
export { formatRouteFailure, planTotals, routeVerdict, type PlanTotals } from './plan/format-plan-results.js';

// Case files: reading, auditing against the protocol, and scaffolding a scenario.
export { parseCaseFile } from './case/parse-case-file.js';
export type { CaseFile } from './case/case-file.schema.js';
export { CaseFileError } from './case/case-error.js';
export { auditCase } from './case/audit-case.js';
export type { CaseAudit } from './case/case-audit.js';
export { describeCheck, describeCheckResult, NOT_RECORDED, summariseAudit } from './case/describe-check-result.js';
export { auditToMarkdown } from './case/audit-to-markdown.js';
export { scaffoldScenario } from './case/scaffold-scenario.js';

// A workshop's saved file.
export { restoreWorkshop, serialiseWorkshop } from './workshop/serialise-workshop.js';
// The workshop's record as one self-contained HTML page (rendered by remark and rehype, so not in the browser face).
export { workshopRecordToHtml } from './workshop/workshop-record-html.js';
// The scenario as a player receives it: without file positions or the trainer's notes (the site's islands and the LMS packages).
export { compactScenario } from './scenario/compact-scenario.js';
export { withoutTrainerNotes } from './scenario/without-trainer-notes.js';
// The manifest of a scenario's SCORM 1.2 package.
export { scormIdentifier, scormManifest, type ScormManifestFacts } from './lms/scorm-manifest.js';
export { measureLongestRoute, typicalReflection, TYPICAL_REFLECTION_CHARS, type LongestRoute } from './lms/measure-longest-route.js';
export { PACKAGE_FILES, packageDataScript, scormPackage, type PackageData, type ScormPackageOptions, type XapiTarget } from './lms/scorm-package.js';
export { scenarioDigest } from './runner/scenario-digest.js';
// What a table's phone shows (its scene and feedback as HTML, made by remark and rehype).
export { lobbyTables, participantView, phonesNeedTelling } from './workshop/live/participant-view.js';
export { advanceActions, ballotAction, refusalCodeOf } from './workshop/live/phone-moves.js';
export { fullBucket, PHONE_RATE_LIMIT, takeToken, type RateBucket, type RateLimit } from './workshop/live/rate-limit.js';
export { addressKind, chooseListenAddress, type InterfaceAddress, type ListenChoice } from './workshop/live/listen-address.js';

// How much any reader reads: the CLI reads a user's file no further than its cap.
export { INPUT_CAPS } from './kernel/input-caps.js';

// Building the search index the browser loads.
export { markdownToText } from './kernel/markdown-text.js';
export {
  buildSearchDocuments,
  type GuidanceSearchInput,
  type ScenarioSearchInput,
  type SearchSources,
  type ToolSearchInput,
} from './search/build-search-documents.js';
export { createSearchBundle } from './search/create-search-bundle.js';
export { searchGlossary, searchSynonyms } from './search/search-data.js';

// The studio (authoring half): the ways to start a draft (the template, as `new`
// fills it; a case file audited and scaffolded; a local .mdx file) and test
// plans run on the draft. These need the parser, so they run in the studio's
// worker; the map, completion, drafts and findings sentences are on the
// browser face (runtime.ts), for the studio's islands.
export { startFromCaseFile, startFromFile, startFromTemplate, type StartFromCaseFileOptions, type StartFromTemplateOptions, type StartResult } from './studio/starting-points.js';
export { fillTemplate, type FillTemplateOptions } from './studio/fill-template.js';
export { runPlanOnDraft, type PlanReport, type PlanRouteRow, type RunPlanOnDraftOptions } from './studio/plan-report.js';
