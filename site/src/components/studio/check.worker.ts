/**
 * The studio's checking worker: every check `validate` runs (the
 * personal-data guard included) over the draft's text, off the page's
 * thread so typing never waits for it, plus the other work that needs the
 * parser (starting from a case file or a local file, running a test plan).
 *
 * This is the one module in site/src that imports the engine's authoring
 * face for its parsers: authoring happens in the browser here, and the face
 * is pure (no I/O), so nothing the author writes leaves the browser. The
 * page's own chunks stay free of the parser (tests/e2e/site/island-bundles.test.ts).
 */
import {
  compactScenario,
  createScenarioChecker,
  elkGraphFor,
  hasErrors,
  MAP_LAYOUT,
  mapNodeSize,
  mapOutline,
  runPlanOnDraft,
  type Scenario,
  scenarioMap,
  scenarioProtocol,
  startFromCaseFile,
  startFromFile,
  startFromTemplate,
  withoutTrainerNotes,
} from '../../../../engine/index.js';
import { siteProtocols } from '../../lib/site-protocols.js';
import type { CheckReply, StudioReply, StudioRequest } from './worker-messages.js';

/** The part of a dedicated worker's global scope used here (the project's types are the page's, not a worker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<StudioRequest>) => void) | null;
  postMessage(message: StudioReply): void;
}
const scope = self as unknown as WorkerScope;

/** One checker for the worker's life: it re-parses only the scenes an edit touched. */
const checker = createScenarioChecker();

/** The last draft without errors, which test plans run against. */
let playable: Scenario | undefined;

function check(text: string, file: string, seq: number): CheckReply {
  const started = performance.now();
  const { scenario, findings } = checker.check(text, file, { protocols: siteProtocols });
  const reply: CheckReply = { kind: 'checked', seq, findings, elapsedMs: 0, checkMs: Math.round(performance.now() - started) };
  if (scenario) {
    const protocol = scenarioProtocol(scenario, siteProtocols);
    const map = scenarioMap(scenario, findings, protocol);
    const graph = elkGraphFor(map, mapNodeSize, MAP_LAYOUT);
    reply.map = { map, graph, outline: mapOutline(map) };
    reply.protocolId = protocol.id;
    if (!hasErrors(findings)) {
      playable = scenario;
      reply.playable = withoutTrainerNotes(compactScenario(scenario));
    }
  }
  reply.elapsedMs = Math.round(performance.now() - started);
  return reply;
}

function answer(request: StudioRequest): StudioReply {
  switch (request.kind) {
    case 'check':
      return check(request.text, request.file, request.seq);
    case 'start-from-case':
      return { kind: 'started', id: request.id, result: startFromCaseFile(request.text, request.fileName, { today: request.today, protocols: siteProtocols }) };
    case 'start-from-file':
      return { kind: 'started', id: request.id, result: startFromFile(request.fileName, request.text, request.maxBytes) };
    case 'start-from-template':
      return { kind: 'started', id: request.id, result: startFromTemplate(request.text, { today: request.today, protocols: siteProtocols }) };
    case 'run-plan':
      return {
        kind: 'plan-ran',
        id: request.id,
        report: playable ? runPlanOnDraft(playable, request.planText, request.planFile) : { ok: false, errors: ['The draft has errors, so there is nothing to run the plan against yet. Fix the errors under Findings first.'] },
      };
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    scope.postMessage(answer(request));
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    scope.postMessage({ kind: 'failed', ...(request.kind === 'check' ? { seq: request.seq } : { id: request.id }), message });
  }
};
