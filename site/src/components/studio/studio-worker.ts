/**
 * The page's side of the checking worker: one worker per page, checks
 * numbered so an answer to an older text is dropped, and one-off tasks
 * (a case file, a local file, a test plan) answered as promises.
 */
import type { PlanReport, StartResult } from '../../../../engine/runtime.js';
import type { CheckReply, StudioReply, TaskRequest } from './worker-messages.js';

/** Distributes `Omit` over a union, so each task keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** What the page can ask of the worker. */
export interface StudioWorker {
  /** Gets the answer to a check, only if no later check was asked for meanwhile. */
  onChecked: (reply: CheckReply) => void;
  /** Told when checking failed inside Common Ground, or the worker could not run. */
  onFailed: (message: string) => void;
  /** Checks a text. */
  check(text: string, file: string): void;
  /** Starts a new draft from a case file, a local file or the template. */
  start(task: WithoutId<Extract<TaskRequest, { kind: `start-${string}` }>>): Promise<StartResult>;
  /** Runs a test plan against the last draft without errors. */
  runPlan(planText: string, planFile: string): Promise<PlanReport>;
  /** Stops the worker. */
  close(): void;
}

/**
 * Starts the worker. Vite bundles `check.worker.ts` as its own module
 * chunk, loaded from this site like any other script (the CSP allows
 * workers from 'self').
 *
 * @example
 * const worker = startStudioWorker();
 * worker.onChecked = (reply) => setChecked(reply);
 * worker.check(text, 'my-draft.mdx');
 */
export function startStudioWorker(): StudioWorker {
  const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module', name: 'studio-checks' });
  let latest = 0;
  let nextTask = 0;
  const waiting = new Map<number, (reply: StudioReply) => void>();

  worker.onmessage = (event: MessageEvent<StudioReply>) => {
    const reply = event.data;
    if (reply.kind === 'checked' || (reply.kind === 'failed' && reply.seq !== undefined)) {
      if (reply.seq !== latest) return;
      if (reply.kind === 'checked') face.onChecked(reply);
      else face.onFailed(reply.message);
      return;
    }
    if (reply.id === undefined) return;
    const settle = waiting.get(reply.id);
    waiting.delete(reply.id);
    settle?.(reply);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const message = event.message || 'The checks could not start in this browser.';
    face.onFailed(message);
    for (const settle of waiting.values()) settle({ kind: 'failed', message });
    waiting.clear();
  };

  const task = <K extends StudioReply['kind']>(request: TaskRequest, kind: K) =>
    new Promise<Extract<StudioReply, { kind: K }>>((resolve, reject) => {
      waiting.set(request.id, (reply) => {
        if (reply.kind === kind) resolve(reply as Extract<StudioReply, { kind: K }>);
        else reject(new Error(reply.kind === 'failed' ? reply.message : `Unexpected ${reply.kind} reply.`));
      });
      worker.postMessage(request);
    });

  const face: StudioWorker = {
    onChecked: () => undefined,
    onFailed: () => undefined,
    check(text, file) {
      latest += 1;
      worker.postMessage({ kind: 'check', seq: latest, text, file });
    },
    start: async (request) => (await task({ ...request, id: ++nextTask } as TaskRequest, 'started')).result,
    runPlan: async (planText, planFile) => (await task({ kind: 'run-plan', id: ++nextTask, planText, planFile }, 'plan-ran')).report,
    close: () => worker.terminate(),
  };
  return face;
}
