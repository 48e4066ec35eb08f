/**
 * The case layer's public face: read a case timeline file, audit it against
 * the protocol's deadlines, write the audit as Markdown, and scaffold a draft
 * scenario from it. Pure: files come in as text.
 */
export { CaseFileError } from './case-error.js';
export {
  GENERAL_CASE_EVENT_KINDS,
  caseEventKindsOf,
  stageOfEventKind,
  concludesStage,
  protocolEventOfKind,
  type CaseEventKinds,
  type CaseEventKindInfo,
  type GeneralCaseEventKind,
} from './case-event-kinds.js';
export {
  CASE_FORMAT_VERSION,
  CaseFileSchema,
  CaseEventSchema,
  CaseAgencySchema,
  type CaseFile,
  type CaseFileInput,
  type CaseEvent,
  type CaseAgency,
} from './case-file.schema.js';
export { parseCaseFile, readCaseFile, type CaseFileResult, type ParseCaseFileOptions } from './parse-case-file.js';
export type {
  CaseAudit,
  StageAudit,
  CheckAudit,
  CheckStatus,
  Lateness,
  AuditFinding,
  AuditFindingCode,
  CapAudit,
  LearningAudit,
  ImmediateRiskAudit,
} from './case-audit.js';
export { auditCase, type AuditCaseOptions } from './audit-case.js';
export { auditToMarkdown } from './audit-to-markdown.js';
export { describeCheck, describeCheckResult, formatAuditTime, summariseAudit } from './describe-check-result.js';
export { durationBetween, type DurationBetweenOptions } from './duration-between.js';
export { scaffoldScenario, type ScaffoldOptions } from './scaffold-scenario.js';
