/**
 * What the studio page and its checking worker say to each other. The page
 * posts the draft's text after each pause in typing, and asks for the work
 * that needs the parser (starting from a case file or a local file, running
 * a test plan); the worker answers with plain data only, so every message
 * survives structured cloning.
 */
import type { ElkGraphInput, Finding, OutlineEntry, PlanReport, Scenario, ScenarioMap, StartResult } from '../../../../engine/runtime.js';

/** Check this text; `seq` grows with every request, so older answers can be dropped. */
export interface CheckRequest {
  kind: 'check';
  seq: number;
  text: string;
  /** The file name findings are reported under (the draft's name as a file). */
  file: string;
}

/** Work that needs the parser, answered once under the same `id`. */
export type TaskRequest =
  | { kind: 'start-from-case'; id: number; text: string; fileName: string; today: string }
  | { kind: 'start-from-file'; id: number; text: string; fileName: string; maxBytes: number }
  | { kind: 'start-from-template'; id: number; text: string; today: string }
  | { kind: 'run-plan'; id: number; planText: string; planFile: string };

/** Anything the page posts to the worker. */
export type StudioRequest = CheckRequest | TaskRequest;

/** The scene map of a checked draft, ready to lay out. */
export interface CheckedMap {
  map: ScenarioMap;
  /** The graph handed to elkjs (`elkGraphFor`), sized by engine/studio/map-box-lines.ts. */
  graph: ElkGraphInput;
  /** The map as a nested outline, its text alternative. */
  outline: OutlineEntry[];
}

/** The answer to a {@link CheckRequest}. */
export interface CheckReply {
  kind: 'checked';
  seq: number;
  findings: Finding[];
  /** The draft as the player receives it, only when it has no errors. */
  playable?: Scenario;
  /** The protocol the draft names (for completions), when the frontmatter could be read. */
  protocolId?: string;
  /** The map, whenever the scenes could be read (errors and all: the map shows dead ends and missing targets). */
  map?: CheckedMap;
  /** How long the worker took to answer (checks, map, player's copy), in milliseconds. */
  elapsedMs: number;
  /** Of that, the checks alone (`createScenarioChecker().check`). */
  checkMs: number;
}

/** The answer to a {@link TaskRequest}. */
export type TaskReply =
  | { kind: 'started'; id: number; result: StartResult }
  | { kind: 'plan-ran'; id: number; report: PlanReport };

/** A request the worker could not answer: a bug in Common Ground, said in words rather than left hanging. */
export interface FailedReply {
  kind: 'failed';
  /** The check's `seq`, or the task's `id`. */
  seq?: number;
  id?: number;
  message: string;
}

/** Anything the worker posts back. */
export type StudioReply = CheckReply | TaskReply | FailedReply;
